# collections.OrderedDict, defaultdict and ChainMap: methods, ordering, repr, equality and CPython's errors.
from collections import OrderedDict, defaultdict, ChainMap


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


# OrderedDict
o = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
print(o, repr(o), OrderedDict(), OrderedDict(x=1), list(o), list(reversed(o)), list(o.items()), list(reversed(o.items())))
o.move_to_end("a")
print(o)
o.move_to_end("a", last=False)
print(o)
o.move_to_end("c", False)
print(o)
show("move_to_end('zz')", o.move_to_end, "zz")
print(o.popitem(), o.popitem(last=False), o)
show("OrderedDict().popitem()", OrderedDict().popitem)
o.update(d=4, e=5)
o["f"] = 6
o["a"] = 0
print(o, o.setdefault("g", 7), o.setdefault("a", 99), o.pop("d"), o.pop("zz", None))
show("pop('zz')", o.pop, "zz")
p1 = OrderedDict([("a", 1), ("b", 2)])
p2 = OrderedDict([("b", 2), ("a", 1)])
print(p1 == p2, p1 == dict(p2), dict(p1) == p2, p1 != p2, p1 == {"a": 1, "b": 2})
print(OrderedDict.fromkeys("abc", 0), o.copy(), type(o.copy()).__name__, p1 | {"c": 3}, type(p1 | {"c": 3}).__name__)
p1 |= {"z": 26}
print(p1, isinstance(p1, dict))
r = OrderedDict()
r["self"] = r
print(r)
del o["a"]
print(o, len(o), "b" in o, o.keys(), o.values(), o.items())

# defaultdict
dd = defaultdict(list)
dd["x"].append(1)
dd["y"]
print(dd, repr(dd), dd.default_factory, dict(dd), len(dd), "z" in dd, dd.get("z"), "z" in dd)
print(defaultdict(), defaultdict(None, {"a": 1}), defaultdict(int, a=1), defaultdict(lambda: 5)["k"])
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, sorted(counts.items()))
nd = defaultdict(None)
show("defaultdict(None)['missing']", lambda: nd["missing"])
show("defaultdict(1)", defaultdict, 1)
show("defaultdict(int).__missing__(3)", lambda: defaultdict(int).__missing__(3))
dc = counts.copy()
dc["new"] += 1
print(type(dc).__name__, dc.default_factory, "new" in counts, counts | {"q": 9}, type(counts | {"q": 9}).__name__)
dd.default_factory = set
dd["s"].add(1)
print(dd)


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], type(t["a"]).__name__)
dd2 = defaultdict(dict)
dd2["self"] = dd2
print(dd2 if False else "skip", defaultdict(int, {1: 2}) == {1: 2})

# ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, repr(cm), cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), list(cm), dict(cm), "a" in cm, cm.get("z", 0))
print(cm.maps, cm.parents, cm.new_child(), cm.new_child({"n": 1}), list(cm.keys()), list(cm.values()), list(cm.items()))
cm["d"] = 4
cm["a"] = 100
print(over, base, cm)
del cm["b"]
print(over, cm["b"])
show("del cm['a']", lambda: cm.__delitem__("a"))
show("cm['zz']", lambda: cm["zz"])
print(cm.pop("c"), over)
show("cm.pop('zz')", cm.pop, "zz")
print(cm.pop("zz", "dflt"), ChainMap(), ChainMap({}), bool(ChainMap({})), bool(cm))
print(cm.popitem(), cm.copy(), type(cm.copy()).__name__, ChainMap({"a": 1}) == ChainMap({"a": 1}), ChainMap({"a": 1}) == {"a": 1})
cm.clear()
print(cm, base)
show("ChainMap().popitem()", ChainMap().popitem)
cm2 = ChainMap({"x": 1}, {"y": 2})
print(cm2 | {"z": 3}, type(cm2 | {"z": 3}).__name__)
cm2 |= {"w": 0}
print(cm2, ChainMap.fromkeys("ab", 1), cm2.setdefault("x", 5), cm2.setdefault("q", 6), cm2)
cm3 = ChainMap({"k": 1})
cm3.maps.append({"k": 2, "j": 3})
print(cm3, cm3["j"])


class DefaultChain(ChainMap):
    def __missing__(self, key):
        return "missing:" + key


print(DefaultChain({"a": 1})["b"], DefaultChain({"a": 1}).get("b", "g"))
