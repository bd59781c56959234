x = "outer"
l = [x for x in range(3)]
print(l, x)
print([y * 2 for y in range(3) if y != 1])
print({k: v for k, v in zip("ab", (1, 2))})
print({c for c in "banana"} == set("ban"))
print([(i, j) for i in range(3) for j in range(i, 3) if i + j == 3])
print([[j for j in range(i)] for i in range(4)])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
n = 10
print([n + i for i in range(2)])
