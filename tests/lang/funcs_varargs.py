def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2, x=3))
print(f(*[1, 2], *(3,), **{'a': 1}, b=2))
def g(a, *rest, sep=", "):
    return sep.join(str(x) for x in (a,) + rest)
print(g(1, 2, 3), g(1, sep="-"))
def h(**kw):
    return kw
print(h(**{"x": 1}, **{"y": 2}))
try:
    h(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
