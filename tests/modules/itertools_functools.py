import itertools as it
import functools
from functools import reduce, partial, lru_cache, wraps, cmp_to_key, total_ordering
import operator
from operator import itemgetter, attrgetter, methodcaller

print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(7, 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([1, 2], initial=10)))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcd", [1, 0, 1, 0])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, 2])))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.islice(range(10), 2, 8, 3)), list(it.islice("abc", None)), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)), list(it.combinations([], 0)))
print(list(it.pairwise([1, 2, 3, 4])), list(it.pairwise([1])))
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda x, y: x * y, [1, 2, 3], 10), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
double = partial(operator.mul, 2)
print(double(21), partial(int, base=2)("1010"), double.args, double.func is operator.mul)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
@functools.cache
def sq(x):
    return x * x
print(sq(4), sq(4), sq.cache_info().hits)
def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def named(x):
    "doc here"
    return x
print(named.__name__, named.__doc__, named.__wrapped__(3))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
rows = [{"n": "b", "a": 2}, {"n": "a", "a": 1}]
print(sorted(rows, key=itemgetter("n")), itemgetter(0, 2)("abc"), attrgetter("real")(3), methodcaller("upper")("x"))
print(operator.add(1, 2), operator.neg(5), operator.getitem([1, 2], 1), operator.contains("abc", "b"), operator.truth(0))
