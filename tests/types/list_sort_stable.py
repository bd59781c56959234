data = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
print(sorted([3.5, 1, 2.25, -1]), sorted("hello"), sorted({3: 1, 1: 2}))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
