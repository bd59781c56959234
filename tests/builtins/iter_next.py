it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
data = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(data), 0)))
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
s = iter("ab")
print(iter(s) is s, list(s))
