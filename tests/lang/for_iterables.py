for c in "héllo":
    print(c, end="|")
print()
for k in {"b": 1, "a": 2}:
    print(k, end=" ")
print()
for t in [(1, "a"), (2, "b")]:
    print(t)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for x in (1, 2):
    pass
print(x)
for b in b"AZ":
    print(b)
