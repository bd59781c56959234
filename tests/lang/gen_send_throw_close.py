def acc():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("caught", e)
            total = -1
            continue
        except GeneratorExit:
            print("closing with", total)
            raise
        if x is None:
            break
        total += x
    return total

g = acc()
print(g.send(None))
print(g.send(5))
print(g.send(7))
print(g.throw(ValueError("bad")))
print(g.send(10))
g.close()
g.close()
g2 = acc()
next(g2)
g2.send(3)
try:
    g2.send(None)
except StopIteration as e:
    print("returned", e.value)
def simple():
    yield 1
s = simple()
try:
    s.send(5)
except TypeError as e:
    print(e)
try:
    s.throw(KeyError, "k")
except KeyError as e:
    print("keyerror", e)
print(list(s))
