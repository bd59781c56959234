nums = [3, 1, 4, 1, 5, 9, 2, 6]
g = (x * x for x in nums if x % 2)
print(type(g).__name__)
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(dict((k, v) for k, v in zip("abc", range(3))))
print(sorted((y for y in nums), reverse=True))
print(any(x > 8 for x in nums), all(x > 0 for x in nums))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
x = 10
lazy = (x + i for i in range(3))
x = 20
print(list(lazy))
try:
    bad = (1 / i for i in [1, 0])
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as e:
    print("zde", e)
print(", ".join(str(i) for i in range(5)))
