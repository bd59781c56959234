# Generator patterns: __iter__ written as a generator, recursive yield from, pipelines with send,
# return inside try/finally, break/continue/return interacting with finally around yields,
# generators closing over variables, generators created in loops, and itertools over generators.
import itertools


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)


t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6, Tree(7))))
print(list(t), sum(t), max(t))
print(list(t.depth_first()))
print([v for d, v in t.depth_first() if d == 2])


def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, [2, (3, [4, []]), 5], [[[6]]]])))


# coroutine-style pipeline with send
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)


def transformer(target, fn):
    while True:
        item = yield
        target.send(fn(item))


def primed(g):
    next(g)
    return g


sink = primed(printer("  sink:"))
pipe = primed(transformer(primed(transformer(sink, str.upper)), lambda s: s + "!"))
for word in ("hello", "gen"):
    pipe.send(word)


# return inside try/finally in a generator
def ret_finally():
    try:
        yield 1
        return "from try"
    finally:
        print("  finally on return")


g = ret_finally()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value)


# finally overriding the return value
def override():
    try:
        yield 1
        return "try"
    finally:
        return "finally"


print("override:", list(override()), end=" ")
g = override()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)


# break/continue inside loops with finally around yield
def loop_finally():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield i
        finally:
            print("  finally", i)
    yield "end"


print(list(loop_finally()))


# closures: generators capture variables by reference
def make_gens():
    gens = []
    for i in range(3):
        def gen(i=i):
            yield i * 10
        gens.append(gen())
    k = 5

    def late():
        yield k

    lg = late()
    k = 6
    return gens, lg


gens, lg = make_gens()
print([next(g) for g in gens], next(lg))


# local state preserved across yields, including exception state
def stateful():
    total = 0
    seen = []
    while True:
        try:
            x = yield total
            total += x
            seen.append(x)
        except TypeError:
            yield "bad value after %s" % seen


g = stateful()
next(g)
print(g.send(1), g.send(2), g.send("x"), next(g), g.send(10))

# itertools with generators
def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(list(itertools.islice(naturals(), 3, 10, 2)))
print(list(itertools.takewhile(lambda x: x < 5, naturals())))
a, b = itertools.tee(x * x for x in range(4))
print(list(a), list(b))
print(list(itertools.chain.from_iterable((range(i) for i in range(4)))))
print([(k, list(v)) for k, v in itertools.groupby(c for c in "aabbbc")])
print(list(itertools.accumulate(naturals_up := (x for x in range(1, 6)))), list(naturals_up))
print(list(zip(naturals(), "abc")), list(itertools.compress(naturals(), [1, 0, 1, 1])))

# generator methods as iterators of a class with state
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        yield from range(1, self.n + 1)


cd = Countdown(3)
print(list(cd), list(reversed(cd)), list(cd), 2 in cd, 5 in cd)
it = iter(cd)
print(next(it), list(zip(it, it)))

# a generator that yields itself
def selfref():
    yield g_self


g_self = selfref()
print(next(g_self) is g_self)

# yield inside nested try/except/else/finally
def nested_blocks(fail):
    try:
        yield "try"
        if fail:
            raise ValueError
    except ValueError:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"
    yield "after"


print(list(nested_blocks(False)), list(nested_blocks(True)))
