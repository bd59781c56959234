# set and frozenset: every operator and method, mixed types, errors
def t(label, f):
    try:
        r = f()
        print(label, repr(sorted(r)) if isinstance(r, (set, frozenset)) else repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

a, b = {1, 2, 3}, {3, 4}
fa, fb = frozenset(a), frozenset(b)
for op in ["|", "&", "-", "^"]:
    t("set%sset" % op, lambda: eval("a %s b" % op))
    t("set%sfrozen" % op, lambda: eval("a %s fb" % op))
    t("frozen%sset" % op, lambda: eval("fa %s b" % op))
    t("set%slist" % op, lambda: eval("a %s [1]" % op))
for m in ["union", "intersection", "difference", "symmetric_difference"]:
    t("set." + m, lambda: getattr(a, m)(b))
    t("frozen." + m, lambda: getattr(fa, m)([3, 9]))
t("union-many", lambda: a.union([7], (8,), "x"))
t("intersection-many", lambda: a.intersection([1, 2], {2, 3}))
t("difference-many", lambda: a.difference([1], [2]))
t("union-none", lambda: a.union())
t("symdiff-many", lambda: a.symmetric_difference([1], [2]))
print(a <= {1, 2, 3}, a < {1, 2, 3}, a < {1, 2, 3, 4}, a >= {1}, a > a, a == fa, fa == a, a != b, {1} == [1])
print(a.issubset([1, 2, 3, 4]), a.issuperset([1]), a.isdisjoint([9]), fa.isdisjoint(b), set().issubset(()))
t("lt-list", lambda: a < [1])
t("issubset-int", lambda: a.issubset(5))
s = {1, 2}
s.add(3); s.add(2); s.discard(9); s.discard(1); s.remove(2); print(sorted(s))
t("remove-missing", lambda: s.remove(99))
t("remove-unhashable", lambda: s.remove([1]))
t("discard-set", lambda: {frozenset({1})}.discard({1}) or "ok")
t("in-set-of-frozen", lambda: {1} in {frozenset({1})})
t("add-unhashable", lambda: s.add([1]))
t("pop-empty", lambda: set().pop())
s = {5}; print(s.pop(), s)
s = {1, 2, 3, 4}
s |= {5}; s &= {1, 2, 5, 9}; s -= {2}; s ^= {1, 7}; print(sorted(s))
s.update([10], (11,)); s.intersection_update({5, 7, 10, 11, 12}, [5, 7, 10, 11]); s.difference_update([5], [7]); s.symmetric_difference_update([10, 20]); print(sorted(s))
t("ior-list", lambda: s.__ior__([1]))
fs = frozenset([1]); fs2 = fs; fs |= {2}; print(sorted(fs), fs is fs2, type(fs).__name__)
c = s.copy(); c.add(99); print(99 in s, 99 in c)
s.clear(); print(s, set(), frozenset(), frozenset([1, 1]), repr(frozenset()))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset()) == hash(frozenset([])))
t("hash-set", lambda: hash({1}))
t("set-of-set", lambda: {{1}})
t("frozenset-copy", lambda: fa.copy() is fa)
print({1, 2} == {1.0, 2.0}, {True, 1, 1.0}, {0, False}, len({0, 0.0, False, -0.0}))
print(sorted({(1, 2), (1,), ()}), {None}, sorted(set("hello")), sorted(set(range(10, 0, -3))))
print({i % 3 for i in range(10)}, set([3, 1, 2]), {100, 5, 1000, 7})
t("set-bad-arg", lambda: set(5))
t("set-2args", lambda: set([1], [2]))
t("frozen-kw", lambda: frozenset(iterable=[1]))
x = {1, 2, 3}
t("mutate-during-iter", lambda: [x.add(i + 10) for i in x])
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
    def __repr__(self): return "H(%r)" % self.v
print({H(1), H(1), H(2)} == {H(2), H(1)}, len({H(1), H(1)}), H(1) in {H(1)})
class FS(frozenset): pass
f = FS([1, 2])
print(type(f | {3}).__name__, type(f.copy()).__name__, f == {1, 2}, repr(FS([1])))
print(min({3, 1, 2}), max(frozenset([3, 1])), sum({1, 2, 3}), sorted({-1, -2}), list({-5}))
