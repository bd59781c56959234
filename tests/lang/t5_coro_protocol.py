# Coroutine objects driven by hand: send/throw/close, cr_await/cr_running/cr_frame, types.coroutine,
# custom awaitables, and the errors for bad awaits.
import types


class Suspend:
    """Awaitable that suspends once, yielding its tag, and returns what was sent in."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return (self.tag, got)


async def simple(x):
    a = await Suspend("first")
    b = await Suspend("second")
    return [x, a, b]


c = simple(1)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name)
print("before:", c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_suspended)
print(c.send(None))
print("cr_await:", type(c.cr_await).__name__, c.cr_suspended)
print(c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print("returned", e.value)
print("after:", c.cr_await, c.cr_frame, c.cr_suspended)

# Reusing a finished coroutine
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# First send must be None
c2 = simple(2)
try:
    c2.send("x")
except TypeError as e:
    print("TypeError:", e)
c2.close()


# throw into a coroutine suspended at await
async def guarded():
    try:
        await Suspend("wait")
    except KeyError as e:
        print("  coroutine caught", repr(e))
        return "recovered"
    finally:
        print("  guarded finally")


c = guarded()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("throw result:", e.value)

c = guarded()
c.send(None)
c.close()
print("closed:", c.cr_frame is None)
try:
    c.send(None)
except RuntimeError as e:
    print("after close:", e)


# cr_running observed from inside
async def introspect():
    print("  running inside:", me.cr_running)
    await Suspend("x")


me = introspect()
me.send(None)
print("running outside:", me.cr_running)
me.close()


# types.coroutine: generator-based awaitable
@types.coroutine
def legacy(n):
    got = yield ("legacy", n)
    return got * 2


async def use_legacy():
    r = await legacy(5)
    return "legacy gave %s" % r


c = use_legacy()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print(e.value)


# types.coroutine on a plain function returning a generator
def make_gen():
    return (x for x in ["from genexpr"])


wrapped = types.coroutine(make_gen)


async def use_wrapped():
    return await wrapped()


c = use_wrapped()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("wrapped returned", e.value)


# Awaiting things that are not awaitable
async def await_value(v):
    return await v


for bad in (5, "s", None, [1]):
    c = await_value(bad)
    try:
        c.send(None)
    except TypeError as e:
        print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 42


class GenAwait:
    def __await__(self):
        return iter(["from iter"])


for obj in (BadAwait(), GenAwait()):
    c = await_value(obj)
    try:
        print("send ->", c.send(None))
        c.send(None)
    except TypeError as e:
        print("TypeError:", e)
    except StopIteration as e:
        print("StopIteration", e.value)


# A plain generator is not awaitable without types.coroutine
def plain_gen():
    yield 1


c = await_value(plain_gen())
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)


# Awaiting an already-awaited coroutine
async def inner():
    return "inner value"


async def await_twice():
    co = inner()
    first = await co
    try:
        await co
    except RuntimeError as e:
        return first, str(e)


c = await_twice()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# Coroutines are not iterable, and cannot be next()-ed
c = inner()
for op in (iter, next):
    try:
        op(c)
    except TypeError as e:
        print("TypeError:", e)
c.close()

# __await__ of a coroutine returns a coroutine_wrapper iterator
c = inner()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("via wrapper:", e.value)

# Exceptions propagate out of send with the coroutine finished
async def raiser():
    await Suspend("r")
    raise ValueError("from coroutine")


c = raiser()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("ValueError:", e, c.cr_frame is None)
