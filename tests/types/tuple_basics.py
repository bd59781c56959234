t = (1, "a", 2.5)
print(t, t[1], t[-1], t[:2], len(t), (), (1,), tuple([1, 2]), tuple("ab"))
print(t + (3,), (1, 2) * 2, 2 in (1, 2), (1, 2) < (1, 3), (1, 2).index(2), (1, 1).count(1))
a, b, c = t
print(a, b, c)
try:
    t[0] = 5
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
