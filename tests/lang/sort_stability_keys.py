records = [("b", 2, 1.0), ("a", 2, 3.5), ("c", 1, 2.0), ("a", 1, 0.5), ("b", 1, 9.9)]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[1], -r[2])))
print(sorted(records, key=lambda r: r[0], reverse=True))
by = list(records)
by.sort(key=lambda r: r[2])
by.sort(key=lambda r: r[0])
print(by)
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int), sorted("Hello World", key=str.lower))
print(sorted([3, -1, -7, 2], key=abs), sorted([[2, 1], [1, 2], [1, 1]]), sorted([0.5, -0.0, 0.0, -1]))
print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=lambda kv: kv[1], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)), sorted(set(words), key=words.index))
print(sorted([True, False, 0, 1, 2]), sorted([(1, "b"), (1, "a")], key=lambda t: t[0]))
class P:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"P{self.n}"
print(sorted([P(3), P(1), P(2)], key=lambda p: p.n), min([P(5), P(4)], key=lambda p: p.n))
