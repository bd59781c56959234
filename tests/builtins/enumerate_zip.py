print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), dict(zip("xy", range(2))))
a, b = zip(*[(1, "a"), (2, "b")])
print(a, b)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(e)
e = enumerate(["x"])
print(next(e), type(e).__name__)
