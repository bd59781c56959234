def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(c=1, a=2))
def g(x, y, /, z):
    return x, y, z
print(g(1, 2, z=3))
try:
    g(1, y=2, z=3)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, c=1, a=2)
except TypeError as e:
    print(e)
def h(*, only):
    return only
try:
    h(1)
except TypeError as e:
    print(e)
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([0]))
print(f.__defaults__, f.__kwdefaults__)
def kwonly_default(a, *, b=lambda: 5):
    return b()
print(kwonly_default(0))
