def inner(n):
    for i in range(n):
        got = yield i
        if got:
            print("inner got", got)
    return n * 10

def outer():
    r = yield from inner(3)
    print("inner returned", r)
    r2 = yield from [100, 200]
    print("list gives", r2)
    return "outer done"

g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)

def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(3))))

def deleg():
    try:
        yield from inner(5)
    finally:
        print("deleg finally")
d = deleg()
next(d)
d.close()
