d = {"a": 1, "b": 2}
print(d.setdefault("a", 9), d.setdefault("c", 3), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
d.update({"x": 1}, y=2)
d.update([("z", 0)])
print(d, len(d))
print(d.popitem(), d)
print(dict.fromkeys("ab"), dict.fromkeys(range(3), 0))
print(d.get("a"), d.get("q"), d.get("q", 5), "a" in d, "q" not in d)
e = d.copy()
e["new"] = 1
print(d == e, len(d), len(e))
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d | {"m": 1}, {"a": 0} | d)
d |= {"a": 100}
print(d)
del d["a"]
print(d)
print(dict(zip("abc", range(3))), dict([(1, 2)], k=3), dict(a=1))
print({1: "a", True: "b", 1.0: "c"})
print({(1, 2): "tuple key", None: "none", 2.5: "float"})
try:
    {}["missing"]
except KeyError as e:
    print(repr(e))
try:
    {[1]: 2}
except TypeError as e:
    print(e)
dd = {}
dd.clear()
print(dd, bool(dd), bool({0: 0}))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
