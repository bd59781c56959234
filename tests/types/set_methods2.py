a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {1} < a, a > {1, 2}, a.isdisjoint({9}))
print(a.union([7], (8,)), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference(b))
c = set(a)
c.add(10); c.discard(99); c.remove(1)
print(sorted(c))
c.update([20], [30])
c.intersection_update(range(25))
print(sorted(c))
c.difference_update({2})
c.symmetric_difference_update({3, 100})
print(sorted(c))
print(c.pop() in range(200), len(c))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)
f = frozenset([1, 2])
print(f, f | {3}, type(f | {3}).__name__, hash(f) == hash(frozenset([2, 1])), {f: 1}[frozenset([1, 2])])
print(set("hello") == set("olleh"), len(set("mississippi")), sorted(set("mississippi")))
print(set(), frozenset(), {0, False, 0.0}, {1, 1.0, True})
s = {(1, 2), (1, 2)}
print(s, {x % 3 for x in range(10)})
try:
    {[1]}
except TypeError as e:
    print(e)
print(a.copy() == a, a.issubset(range(10)), a.issuperset([1]))
