def f(a, b):
    pass
tests = [lambda: f(), lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=2),
         lambda: f(b=1), lambda: (lambda: 0)(1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def g(a, b=1, *, c, d):
    pass
try:
    g(0)
except TypeError as e:
    print(e)
def h(a, b, c, d):
    pass
try:
    h(1)
except TypeError as e:
    print(e)
