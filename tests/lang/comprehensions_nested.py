matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print({x % 3: x for x in range(10)})
print(sorted({c.upper() for c in "hello world" if c.isalpha()}))
print([(x, y) for x in range(3) if x for y in range(x)])
print([y for x in [[1, [2, 3]], [4]] for y in x])
n = 5
print([n * i for i in range(n)])
print([(lambda v: v * 2)(i) for i in range(3)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
print([i for i in range(10) if i % 2 if i % 3])
print([[0] * 2 for _ in range(2)])
words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words})
print([x if x > 2 else -x for x in range(5)])
