# itertools: every function, with edge cases, argument errors and reprs.
import itertools as it
import operator


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


def take(n, iterable):
    return list(it.islice(iterable, n))


print(take(5, it.count()), take(3, it.count(10)), take(3, it.count(1, 2)), take(3, it.count(0.5, 0.25)), take(3, it.count(5, -1)))
print(repr(it.count()), repr(it.count(5)), repr(it.count(1, 2)), repr(it.count(1.5)), repr(it.count(0, 1.0)))
c = it.count(3)
next(c)
print(repr(c), take(2, it.count(2**70)), take(2, it.count(1j, 1)))
show("count('a')", it.count, "a")
print(take(7, it.cycle("abc")), take(3, it.cycle([])), list(it.repeat("x", 3)), list(it.repeat(1, 0)), list(it.repeat(1, -5)))
print(repr(it.repeat("x")), repr(it.repeat("x", 3)), take(2, it.repeat(None)), len(list(it.repeat(0, 5))))
r = it.repeat(1, 3)
next(r)
print(repr(r), r.__length_hint__())
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([], initial=5)),
      list(it.accumulate([1, 2], initial=10)), list(it.accumulate("abc")), list(it.accumulate([3, 1, 4, 1, 5], max)),
      list(it.accumulate([1, 2, 3], func=lambda a, b: a - b, initial=0)))
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["ab", "cd"])), list(it.chain()), list(it.chain.from_iterable([])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress("AB", [1])), list(it.compress("A", [1, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])),
      list(it.filterfalse(None, [0, 1, "", "a", None])), list(it.filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [(k, list(g)) for k, g in it.groupby([1, 2, 4, 5, 7], key=lambda x: x // 3)])
groups = it.groupby("aabbb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), list(it.groupby([])))
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 4)), list(it.islice("abcdefg", 2, None)),
      list(it.islice("abcdefg", 0, None, 2)), list(it.islice("abc", None)), list(it.islice("abc", 1, 100, 5)), list(it.islice("abc", 5, 1)))
for args in [(-1,), (0, -1), (0, 1, 0), (0, 1, -1), ("a",), (1.5,)]:
    show("islice%r" % (args,), lambda: list(it.islice("abc", *args)))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.starmap(lambda *a: sum(a), ["", (1, 2, 3)])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), [list(t) for t in it.tee("xy", 3)], it.tee([], 0))
show("tee(x, -1)", it.tee, [], -1)
t1, t2 = it.tee(iter([1, 2, 3]))
print(next(t1), next(t1), next(t2), list(t1), list(t2), type(t1).__name__)
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest()), list(it.zip_longest([1], [])), list(it.zip_longest("a", "bc", "d")))
show("zip_longest(bad kw)", lambda: it.zip_longest([1], foo=1))
print(list(it.pairwise("abcd")), list(it.pairwise("a")), list(it.pairwise([])))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")), list(it.product()), list(it.product([], [1])),
      list(it.product("ab", repeat=0)), len(list(it.product(range(3), repeat=3))))
show("product(repeat=-1)", lambda: list(it.product("a", repeat=-1)))
print(list(it.permutations("abc")), list(it.permutations("abc", 2)), list(it.permutations("ab", 3)), list(it.permutations([], 0)),
      list(it.permutations(range(3), 0)))
show("permutations(r=-1)", lambda: list(it.permutations("a", -1)))
print(list(it.combinations("abcd", 2)), list(it.combinations("abc", 0)), list(it.combinations("ab", 3)), list(it.combinations(range(4), 4)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement("", 2)),
      list(it.combinations_with_replacement("a", 0)), len(list(it.combinations_with_replacement(range(5), 3))))
show("combinations(r=-1)", lambda: list(it.combinations("a", -1)))
show("combinations()", lambda: it.combinations("a"))
show("chain(1)", lambda: list(it.chain(1)))
show("cycle(1)", it.cycle, 1)
show("accumulate(None)", it.accumulate, None)
show("groupby(1)", it.groupby, 1)
show("starmap(pow, [1])", lambda: list(it.starmap(pow, [1])))
show("repeat()", it.repeat)
show("count(1, 2, 3)", it.count, 1, 2, 3)
show("pairwise(1)", it.pairwise, 1)
print(type(it.chain()).__name__, type(it.count()).__name__, type(it.islice([], 1)).__name__, type(it.product()).__name__,
      type(it.groupby([])).__name__, type(it.zip_longest()).__name__, type(it.permutations([])).__name__)
print(iter(it.count()) is not None, hasattr(it.chain(), "__next__"), it.chain.__name__)
# laziness and consumption
src = iter(range(10))
print(take(3, it.takewhile(lambda x: x < 5, src)), next(src))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
print(list(zip(it.count(), "abc")), dict(zip(it.cycle("xy"), range(4))), sum(it.islice(it.count(1), 100)))
print(list(it.batched("abcdefg", 3)) if hasattr(it, "batched") else "no batched")
