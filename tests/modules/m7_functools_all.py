# functools: reduce, partial, lru_cache/cache, wraps, total_ordering, cmp_to_key, singledispatch, cached_property.
import functools
import re
from functools import (reduce, partial, lru_cache, cache, wraps, update_wrapper, total_ordering, cmp_to_key,
                       singledispatch, cached_property, partialmethod, singledispatchmethod)


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 1, 4]), reduce(lambda a, b: a + b, ["x"]),
      reduce(lambda a, b: a + [b], "ab", []), reduce(pow, [2, 3], 1))
show("reduce empty", reduce, lambda a, b: a, [])
show("reduce(1, [1])", reduce, 1, [1, 2])
show("reduce(f, 1)", reduce, max, 1)

# partial
p = partial(int, base=2)
print(p("101"), p("11", base=8), p.func, p.args, p.keywords, repr(p))
q = partial(pow, 2)
print(q(10), q.args, repr(q), partial(q, 3)(), partial(q, 3).args, partial(q, 3).func is pow)


def f(a, b, *args, c=3, **kw):
    return (a, b, args, c, kw)


pf = partial(f, 1, c=4, z=0)
print(pf(2), pf(2, 5, c=6), pf(b=9), re.sub(" at 0x[0-9a-f]+", "", repr(pf)))
show("partial()", partial)
show("partial(1)", partial, 1)
print(callable(pf), type(pf).__name__, isinstance(pf, partial))


class Cell:
    def __init__(self):
        self.v = 0

    def set(self, v):
        self.v = v
        return self

    set_one = partialmethod(set, 1)


print(Cell().set_one().v)

# lru_cache
calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print(sq(2), sq(2), sq(3), sq(4), sq(2), calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__, sq.cache_parameters())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info(), typed.cache_parameters())


@cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(20), fact.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())


@lru_cache
def kw(a, b=2, **k):
    return a + b + sum(k.values())


print(kw(1), kw(1, b=2), kw(1, 2), kw(a=1), kw(1, x=3), kw.cache_info())
show("lru_cache unhashable", kw, [1])
show("lru_cache('x')", lru_cache, "x")

# wraps
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


@deco
def documented(x):
    """Doc string."""
    return x


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__, documented(5))


def plain():
    pass


def wrapper():
    pass


update_wrapper(wrapper, plain)
print(wrapper.__name__, wrapper.__wrapped__ is plain, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


# total_ordering
@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) < V(2), V(1) <= V(1), V(2) > V(1), V(2) >= V(3), sorted([V(3), V(1)])[0].v)


@total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __ge__(self, o):
        if not isinstance(o, G):
            return NotImplemented
        return self.v >= o.v


print(G(1) < G(2), G(2) <= G(2), G(3) > G(2))
show("G(1) < 1", lambda: G(1) < 1)
show("total_ordering no ops", total_ordering, type("X", (), {}))

# cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)


print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(["b", "A", "c"], key=cmp_to_key(lambda a, b: cmp(a.lower(), b.lower()))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
show("hash(K(1))", hash, K(1))


# singledispatch
@singledispatch
def describe(x):
    return "object"


@describe.register
def _(x: int):
    return "int"


@describe.register(list)
def _(x):
    return "list"


@describe.register(float)
@describe.register(complex)
def _(x):
    return "number"


print(describe(1), describe(True), describe([]), describe(1.5), describe(2j), describe("s"), describe(None))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry))
show("describe()", describe)


class Shape:
    @singledispatchmethod
    def area(self, arg):
        return "generic"

    @area.register
    def _(self, arg: int):
        return "int area"


print(Shape().area(1), Shape().area("x"))


# cached_property
class Data:
    count = 0

    @cached_property
    def value(self):
        Data.count += 1
        return 42


dd = Data()
print(dd.value, dd.value, Data.count, "value" in dd.__dict__)
del dd.value
print(dd.value, Data.count, type(Data.__dict__["value"]).__name__)
print(functools.reduce.__name__, functools.partial.__name__)
