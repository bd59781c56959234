s = {3, 1, 2}
print(s, len(s), 2 in s, set(), set("abca") == {"a", "b", "c"}, {1, 2} == {2, 1})
s.add(4); s.discard(10); s.remove(1)
print(s)
print({1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2} ^ {2, 3})
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}))
print(set(range(10, 0, -1)), {x % 4 for x in range(20)}, frozenset([3, 1]))
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {1}.remove(5)
except KeyError as e:
    print(repr(e))
try:
    {[1]}
except TypeError as e:
    print(e)
