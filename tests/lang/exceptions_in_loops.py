results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    except TypeError as e:
        results.append(type(e).__name__)
        break
    else:
        results.append(n * 2)
    finally:
        results.append("|")
print(results)
def first_even(nums):
    for n in nums:
        try:
            if n % 2 == 0:
                return n
        finally:
            print("checked", n)
    return None
print(first_even([1, 3, 4, 5]))
i = 0
while True:
    try:
        i += 1
        if i == 2:
            continue
        if i > 4:
            raise StopIteration("done")
        print("i =", i)
    except StopIteration as e:
        print("stop:", e)
        break
errors = 0
for d in [1, 0, 2, 0]:
    try:
        100 / d
    except ZeroDivisionError:
        errors += 1
print("errors:", errors)
def gen_with_errors():
    for x in [1, 2, 0, 4]:
        try:
            yield 10 // x
        except GeneratorExit:
            print("gen closed")
            raise
print(list(g for g in [1, 2]))
g = gen_with_errors()
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("from gen:", e)
print(list(g))
