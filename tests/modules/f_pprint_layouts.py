# pprint's layouts: long strings and bytes cut into literals, sets sorted when split, OrderedDict,
# defaultdict, Counter, deque, ChainMap, SimpleNamespace, dataclasses, compact packing, recursion, depth.
import pprint, collections, dataclasses, types
data = {"users": [{"id": i, "name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "meta": {"score": i * 1.5, "tags": list(range(i))}} for i in range(4)], "total": 4, "nested": {"a": {"b": {"c": {"d": [1, 2, 3] * 10}}}}}
pprint.pprint(data)
pprint.pprint(data, width=60, depth=2)
pprint.pprint(data, indent=4, width=50, compact=True)
print(pprint.pformat(list(range(30)), compact=True, width=40))
pprint.pprint({"z": 1, "a": 2, "m": (1, 2)}, sort_dicts=False)
pprint.pprint([("a" * 30, "b" * 30), {"k" * 40: "v" * 40}])
pprint.pprint("a long string " * 10)
pprint.pprint(["word " * 30, "line\n" * 3 + "x" * 90])
pprint.pprint(b"bytes" * 30)
pprint.pprint(bytearray(b"xy" * 50))
pprint.pprint({1, 2, 3}); pprint.pprint(frozenset({"x"})); pprint.pprint([[]] * 3)
pprint.pprint(set(range(40))); pprint.pprint(frozenset(range(30, 0, -1)))
pprint.pprint(collections.OrderedDict((str(i), i * 1000) for i in range(12)))
pprint.pprint(collections.defaultdict(list, {f"key{i}": list(range(i)) for i in range(8)}))
pprint.pprint(collections.Counter("the quick brown fox jumps over the lazy dog"))
pprint.pprint(collections.deque(range(40))); pprint.pprint(collections.deque(range(40), maxlen=50))
pprint.pprint(collections.ChainMap({"a" * 30: 1}, {"b" * 30: 2}, {"c" * 30: 3}))
@dataclasses.dataclass
class Item:
    name: str
    tags: list
    price: float = 0.0
pprint.pprint(Item("widget", ["x" * 20, "y" * 20, "z" * 20], 9.99))
pprint.pprint([Item("a", [], 1.0)] * 3)
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta="b" * 50))
r = [1, 2]; r.append(r); print(pprint.pformat(r).replace(hex(id(r)), "ID").replace(str(id(r)), "ID"))
print(pprint.saferepr({"b": 1, "a": [2, 3]}), pprint.isreadable([1, 2]), pprint.isrecursive(r), pprint.isreadable(object()))
pprint.pprint({(1, "a"): 1, (0, "b"): 2, "x": 3, 2: 4})
pprint.pprint(10 ** 30, underscore_numbers=True)
pprint.pprint([10 ** 15] * 8, underscore_numbers=True)
pp = pprint.PrettyPrinter(indent=2, width=30); pp.pprint({"k": ["v" * 10] * 4})
print(pprint.pformat(("single" * 20,)))
