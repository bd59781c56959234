a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print({*a, *b})
d1 = {"x": 1, "y": 2}
d2 = {"y": 3, "z": 4}
print({**d1, **d2})
print({**d1, "y": 9, **{"w": 0}})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*a, *b, 0, *"hi"))
print(f(**d1, **{"q": 7}))
print(f(*range(3), k=1, **d2))
first, *rest = "hello"
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
