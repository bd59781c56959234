d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, "z" not in d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.setdefault("a", 9), d)
print(d.pop("e"), d.pop("zz", "default"), d)
d2 = dict(d, x=1)
d2.update({"y": 2}, z=3)
print(d2, dict([("k", "v")]), dict(zip("ab", [1, 2])), dict.fromkeys("ab", 0))
print(d | {"new": 1}, {1: "a"} == {1: "a"}, {1: 2} != {1: 3})
del d["a"]
print(d, d.popitem(), d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
