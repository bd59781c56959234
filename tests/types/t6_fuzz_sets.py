# set/frozenset/dict-view operators and methods over random small-int sets: results and their iteration order
import random
r = random.Random(81)
def rset():
    return set(r.sample(range(-5, 40), r.randint(0, 8)))
out = []
for i in range(600):
    a, b = rset(), rset()
    fa = frozenset(a)
    d = dict.fromkeys(a, 0)
    ops = [a | b, a & b, a - b, a ^ b, fa | b, b ^ fa, a <= b, a < b, a >= b, a == fa, a.isdisjoint(b),
           d.keys() | b, d.keys() & b, d.keys() - b, d.keys() ^ b, b - d.keys(), d.items() & {(k, 0) for k in b},
           a.union(b, [99]), a.intersection(b, a), a.difference(b, [1]), a.symmetric_difference(list(b))]
    c = set(a)
    c |= b
    c -= {1, 2}
    c ^= {3, 50}
    c &= set(range(-5, 30))
    ops.append(c)
    e = set(a)
    e.update(b)
    e.difference_update([5])
    e.intersection_update(range(0, 35))
    e.symmetric_difference_update({7, 8})
    ops.append(e)
    try:
        ops.append(a.pop() if a else None)
    except Exception as ex:
        ops.append(type(ex).__name__)
    ops.append(a)
    out.append(repr(ops))
print("\n".join(out))
