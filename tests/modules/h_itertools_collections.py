import itertools as it
from collections import deque, namedtuple, OrderedDict, ChainMap, Counter, defaultdict
import heapq, bisect, operator

def primes():
    D = {}
    q = 2
    while True:
        if q not in D:
            yield q
            D[q * q] = [q]
        else:
            for p in D[q]:
                D.setdefault(p + q, []).append(p)
            del D[q]
        q += 1
print(list(it.islice(primes(), 15)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4], max, initial=0)))
print(list(it.chain.from_iterable([[1, 2], (3,), "ab"])))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")])
print(list(it.product("ab", repeat=2)), list(it.permutations([1, 2, 3], 2))[:4])
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement([1, 2], 2)))
print(list(it.zip_longest([1, 2, 3], "ab", fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
print(list(it.pairwise(range(5))), list(it.repeat("x", 3)), list(zip(it.count(10, 5), "abc")))
c = it.cycle([1, 2]); print([next(c) for _ in range(5)])
a, b = it.tee(iter([1, 2, 3])); print(list(a), list(b))
def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
    return "done"
g = gen(); print(next(g)); print(g.send(10))
try: g.send(5)
except StopIteration as e: print("stop", e.value)
def deleg():
    r = yield from gen()
    print("deleg got", r)
    yield "end"
print(list(deleg()))
def counter():
    try:
        i = 0
        while True:
            yield i; i += 1
    finally:
        print("cleanup")
cg = counter(); print(next(cg), next(cg)); cg.close()
Point = namedtuple("Point", "x y")
p = Point(3, y=4); print(p, p._asdict(), p._replace(x=9), Point._fields, p.x + p.y)
Emp = namedtuple("Emp", ["name", "age"], defaults=[30])
print(Emp("z"), Emp._make(["q", 5]))
d = deque(range(5), maxlen=6); d.rotate(2); d.appendleft(-1); d.append(99); print(d, d.maxlen)
d.extendleft([7, 8]); print(d, d.popleft(), d.pop(), d.count(1), list(reversed(d)))
od = OrderedDict.fromkeys("abc", 0); od.move_to_end("a"); od["z"] = 1; print(od, od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), dict(cm), cm.new_child({"c": 4}))
c1 = Counter("abracadabra"); c2 = Counter("alakazam")
print(c1 + c2, c1 - c2, c1 & c2, (c1 | c2).most_common(2), c1["zz"], sorted(c1.elements())[:5])
c1.update({"a": -10}); print(c1, +c1, c1.total())
dd = defaultdict(lambda: defaultdict(int)); dd["x"]["y"] += 1; print(dd["x"], dict(dd["x"]), repr(defaultdict(list)))
h = []; [heapq.heappush(h, (v % 5, v)) for v in [9, 3, 14, 5, 0, 7]]
print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [4, 1, 9, 7]), heapq.nsmallest(2, "zebra"))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])), heapq.heapreplace(h, (0, 0)), h)
arr = [1, 3, 3, 5, 8]; print(bisect.bisect_left(arr, 3), bisect.bisect_right(arr, 3), bisect.bisect(arr, 10))
bisect.insort(arr, 4); print(arr, bisect.bisect_left(arr, 5, key=None))
grades = "FDCBA"; print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90]])
print(sorted(["bob", "Alice", "carol", "Dave"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
print(sorted(range(10), key=lambda x: x % 3), list(map(operator.itemgetter(1), [(1, 2), (3, 4)])))
recs = [{"n": "a", "s": 3}, {"n": "b", "s": 1}, {"n": "c", "s": 3}]
print([r["n"] for r in sorted(recs, key=operator.itemgetter("s"), reverse=True)])
print(operator.attrgetter("real", "imag")(3+4j), operator.methodcaller("upper")("x"), list(enumerate("ab", start=1)))
sq = (x * x for x in range(5)); print(sum(sq), sum(sq), any(x > 3 for x in [1, 5]), all([]))
print({k: v for k, v in zip("abc", range(3)) if v}, {x % 3 for x in range(10)}, [y for x in [[1, 2], [3]] for y in x])
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", [1, 2])), list(reversed(range(0, 10, 3))), range(0, 10, 3)[-1])
print(list(filter(None, [0, 1, "", "a", None, []])), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])))
