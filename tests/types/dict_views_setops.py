d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print("a" in k, len(k), k == {"a", "b", "c"}, isinstance(k, type(d.keys())))
v = d.values()
print(sorted(v), 2 in v, len(v))
i = d.items()
print(("a", 1) in i, ("a", 2) in i, sorted(i - {("a", 1)}))
d["d"] = 4
print(list(k), list(v), len(i))
print(list(reversed(d)), list(reversed(d.items())))
it = iter(d)
d2 = dict(d)
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print(e)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(repr(d2.keys()), repr({}.values()))
