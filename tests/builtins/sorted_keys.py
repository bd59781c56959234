people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, reverse=True))
print(sorted("banana"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}))
words = ["apple", "Banana", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(min(words, key=len), max(words, key=len), min([], default="none"), max([1, 5, 3]))
print(max("abc", "abd"), min(3, 1, 2), max([[1, 2], [1, 3]]), min((2, "b"), (2, "a")))
try:
    max([])
except ValueError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
data = [5, 2, 8]
data.sort(key=lambda x: -x)
print(data)
stable = sorted([(1, "first"), (0, "x"), (1, "second")], key=lambda t: t[0])
print(stable)
