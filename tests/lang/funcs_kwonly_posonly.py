def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
for call in [lambda: f(1, 2, 3), lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4, d=5)]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(*, only):
    return only
print(g(only=1))
try:
    g(1)
except TypeError as e:
    print(e)
def h(x, /, **kw):
    return x, kw
print(h(1, x=2))
