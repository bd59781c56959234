t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t.index(2, 2), len(t), t[1:], t[::-1], t * 2, t + (4,))
print((1,), (), tuple(), tuple("ab"), tuple([1, [2]]))
print((1, 2) < (1, 2, 3), (2,) > (1, 9), (1, "a") == (1, "a"), max([(1, "b"), (1, "a")]))
a, b, c = (1, 2, 3)
print(a + b + c)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
x = ([1], 2)
x[0].append(3)
print(x)
try:
    hash(x)
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(repr((1,)), repr(("a", None, 1.5)), str((True,)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], sum(nested[0]), [i for sub in nested for i in (sub if isinstance(sub, tuple) else [sub])])
