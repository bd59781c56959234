from collections import namedtuple, deque, defaultdict, Counter, OrderedDict, ChainMap
import collections

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]), p == (1, 2), isinstance(p, tuple))
a, b = p
print(a + b, len(p), hash(p) == hash((1, 2)), Point(x=1, y=2) == p)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(9), P3(1, 2, 3), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print(e)
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.maxlen, len(d), d[0], d[-1], list(reversed(d)))
d.rotate(1); print(d)
d.rotate(-2); print(d)
print(d.pop(), d.popleft(), d, 3 in d, d.count(3))
e = deque()
try:
    e.pop()
except IndexError as ex:
    print(ex)
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], dict(dd), "z" in dd, dd.get("z"))
di = defaultdict(int)
for ch in "hello":
    di[ch] += 1
print(sorted(di.items()), di.default_factory)
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["z"], sorted(c.elements())[:5], c.total())
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c & c2, c | c2)
c.update("aaz"); c.subtract({"b": 1})
print(c.most_common(3))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 0))
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping), isinstance(iter([]), collections.abc.Iterator))
