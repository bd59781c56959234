# PEP 479: StopIteration escaping a generator frame becomes RuntimeError; return values travel in
# StopIteration.value.


def explicit():
    yield 1
    raise StopIteration("explicit")


g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress_context:", e.__suppress_context__)
print("frame gone:", g.gi_frame is None)


def via_next():
    it = iter([])
    yield "start"
    yield next(it)


try:
    print(list(via_next()))
except RuntimeError as e:
    print("list():", e, type(e.__cause__).__name__)


def subclass():
    class MyStop(StopIteration):
        pass
    raise MyStop("sub")
    yield


try:
    next(subclass())
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__, e.__cause__)


def caught_inside():
    try:
        raise StopIteration("inside")
    except StopIteration as e:
        yield "caught " + str(e)
    try:
        next(iter(()))
    except StopIteration:
        yield "caught empty next"


print(list(caught_inside()))


def returns(v):
    yield "x"
    return v


for val in (None, 0, "text", (1, 2), StopIteration("nested")):
    g = returns(val)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print("return", repr(val), "->", repr(e.value), repr(e.args))


def ret_from():
    a = yield from returns("A")
    b = yield from returns(None)
    c = yield from ()
    return (a, b, c)


g = ret_from()
print(list(g))
g = ret_from()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("composite:", e.value)


# StopIteration thrown in via throw() is also converted
def plain():
    yield 1
    yield 2


g = plain()
next(g)
try:
    g.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("throw StopIteration:", e, "| cause:", e.__cause__)

# Generator expression: StopIteration raised by the element expression
def boom(x):
    raise StopIteration("from genexpr")


try:
    print(list(boom(x) for x in [1]))
except RuntimeError as e:
    print("genexpr:", e)

# A StopIteration raised inside a list comprehension (not a generator) is NOT converted
try:
    print([boom(x) for x in [1]])
except StopIteration as e:
    print("listcomp StopIteration:", e)


# Coroutine raising StopIteration
async def coro():
    raise StopIteration("coro")


c = coro()
try:
    c.send(None)
except RuntimeError as e:
    print("coroutine:", e)


# Async generator raising StopAsyncIteration / StopIteration
async def agen_bad():
    yield 1
    raise StopAsyncIteration


async def agen_bad2():
    raise StopIteration
    yield


def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except Exception as e:
        return (type(e).__name__, str(e))


a = agen_bad()
print(drive(a.__anext__()))
print(drive(a.__anext__()))
print(drive(a.__anext__()))
print(drive(agen_bad2().__anext__()))
