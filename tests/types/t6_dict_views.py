# dict: methods, views with set operations, | and |=, errors
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it, list(reversed(k)), list(reversed(it)))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}), k == {"a", "b", "c"}, k < {"a", "b", "c", "d"})
print(sorted(it & {("a", 1), ("b", 5)}), sorted(it | {("z", 0)}), sorted(it - {("a", 1)}), it == {("a", 1), ("b", 2), ("c", 3)})
print(sorted({"x"} & k), sorted(["a", "q"] & k) if False else sorted(k & ["a", "q"]), k.isdisjoint({"q"}), k.isdisjoint(["a"]), it.isdisjoint([("a", 1)]))
print(k <= k, k >= {"a"}, k > {"a"}, k != {"a"}, v == v, v == d.values())
print(k.mapping, type(k).__name__, type(v).__name__, type(it).__name__)
d["d"] = 4
print(list(k), list(v), list(it))
t("keys-hash", lambda: hash(k))
t("values-and", lambda: v & {1})
t("view-add", lambda: k + {"x"})
t("mutate-iter", lambda: [d.__setitem__("e" + x, 0) for x in d])
t("mutate-iter-values", lambda: [d.pop(x) for x in list(d)[:1] for _ in d.values()])
d = dict(a=1, b=2)
print(d | {"b": 3, "c": 4}, {"z": 0} | d, d)
d |= {"x": 9}; print(d)
d |= [("y", 8)]; print(d)
t("or-list", lambda: d | [("q", 1)])
t("ior-bad", lambda: d.__ior__(5))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
d = {}
print(d.setdefault("k", []), d.setdefault("k", [1]), d, d.setdefault("n"), d)
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d.popitem(), d, d.pop("a"), d.pop("zz", "dflt"), d)
t("popitem-empty", lambda: {}.popitem())
t("pop-missing", lambda: {}.pop("k"))
t("getitem-missing", lambda: {}["k"])
t("getitem-tuple-missing", lambda: {}[(1, 2)])
t("unhashable-key", lambda: {[1]: 2})
t("unhashable-get", lambda: {}.get([1]))
t("unhashable-in", lambda: [1] in {})
print({1: "a"}.get(1), {1: "a"}.get(2), {1: "a"}.get(2, "z"), {True: "t"}[1], {1.0: "f"}[1], {0: "z"}[False])
d = dict([("a", 1)], b=2); d2 = dict(d, c=3); d3 = dict(zip("xy", [1, 2]))
print(d, d2, d3, dict(), dict({"k": "v"}.items()))
t("dict-bad-seq", lambda: dict([1, 2]))
t("dict-bad-seq-len", lambda: dict([(1, 2, 3)]))
t("dict-bad-arg", lambda: dict(1))
t("dict-2args", lambda: dict({}, {}))
d = {"b": 1, "a": 2}
d.update({"c": 3}, d=4); d.update([("e", 5)]); d.update(f=6); print(d)
t("update-bad", lambda: d.update(1))
t("update-bad-seq", lambda: d.update(["ab", "c"]))
c = d.copy(); c["z"] = 0; print(len(d), len(c), d == c, {1: 2} == {1: 2.0}, {1: 2} != {1: 3})
t("dict-lt", lambda: {} < {})
d.clear(); print(d, bool(d))
e = {i: i * i for i in range(5)}
del e[2]; e[2] = "back"; print(e, list(e), list(reversed(e)), list(reversed(e.values())))
t("del-missing", lambda: e.__delitem__(99))
class M(dict):
    def __missing__(self, key):
        return key * 2
mm = M(a=1)
print(mm["a"], mm["zz"], mm.get("zz"), "zz" in mm, type(mm | {}).__name__)
print(repr({"a": {"b": [1, (2,)]}, 1.5: None, (1, 2): {3}}), str({1: "x"}))
rec = {}; rec["self"] = rec; print(rec)
print(sorted({3: 1, 1: 2, 2: 3}.items()), min({"b": 1, "a": 2}), max({"b": 1, "a": 2}.values()))
print(iter(d).__class__.__name__, iter({}.values()).__class__.__name__, iter({}.items()).__class__.__name__)
