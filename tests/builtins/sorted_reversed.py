print(sorted([3, 1, 2]), sorted("bca"), sorted({"b": 1, "a": 2}), sorted([[2, 1], [1, 2]]), sorted([]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(sorted(["a10", "a2", "a1"], key=lambda s: int(s[1:])), sorted([1, 2, 3], key=lambda x: -x))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
