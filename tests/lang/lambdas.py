sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda v: v % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5) + "!")
print(sq.__name__, (lambda: 0).__qualname__)
