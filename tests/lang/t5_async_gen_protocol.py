# Async generators driven by hand (no event loop): asend/athrow/aclose, ag_running/ag_await/ag_frame,
# and the error cases around them.
import types


@types.coroutine
def pause(tag):
    got = yield tag
    return got


def run(aw):
    """Drive an awaitable to completion; the values it suspends with are printed."""
    try:
        while True:
            print("    (suspended with %r)" % (aw.send(None),))
    except StopIteration as e:
        return ("ok", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))


async def agen():
    print("  agen start")
    try:
        x = yield 1
        print("  agen got", x)
        await pause("mid")
        try:
            y = yield 2
            print("  agen got", y)
        except ValueError as e:
            print("  agen caught", e)
            yield "handled"
        yield 3
    finally:
        print("  agen finally")
        await pause("in finally")


a = agen()
print(type(a).__name__, a.__name__, a.ag_running, a.ag_await, a.ag_frame is not None)
print(run(a.asend(None)))
print(run(a.asend("hello")))
print(run(a.athrow(ValueError("vv"))))
print(run(a.__anext__()))
print(run(a.aclose()))
print("after aclose:", a.ag_frame, run(a.__anext__()), run(a.asend(None)))
print(run(a.athrow(KeyError("late"))))
print(run(a.aclose()))

print("-- first asend must be None")
a = agen()
print(run(a.asend("x")))
print(run(a.aclose()))

print("-- athrow on unstarted generator")
a = agen()
print(run(a.athrow(KeyError("early"))))
print(run(a.__anext__()))

print("-- athrow with type and value")
a = agen()
run(a.__anext__())
run(a.asend(None))
print(run(a.athrow(ValueError, "typed")))
print(run(a.aclose()))


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  ignoring GeneratorExit")
    yield 2


print("-- ignoring GeneratorExit")
a = ignores_exit()
print(run(a.__anext__()))
print(run(a.aclose()))
print(run(a.__anext__()))
print("frame gone:", a.ag_frame is None)


async def awaits_on_exit():
    try:
        yield 1
    finally:
        v = await pause("cleanup await")
        print("  cleanup got", v)


print("-- awaiting inside finally during aclose")
a = awaits_on_exit()
run(a.__anext__())
print(run(a.aclose()))

print("-- awaitable objects are single use")
a = agen()
aw = a.__anext__()
print(type(aw).__name__, run(aw))
print(run(aw))
aw = a.asend(None)
print(run(aw), run(aw))
print(run(a.aclose()))

print("-- concurrent use")
a = agen()
run(a.__anext__())
first = a.__anext__()
print(first.send(None))
try:
    a.__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print("ag_running:", a.ag_running, type(a.ag_await).__name__)
print(run(first))
print(run(a.aclose()))


async def returns_early():
    yield 1
    return


print("-- exhaustion")
a = returns_early()
print(run(a.__anext__()), run(a.__anext__()), run(a.__anext__()))

print("-- throw() on the asend awaitable, and athrow()")


async def simple_agen():
    try:
        yield "s1"
        yield "s2"
    except KeyError as e:
        print("  simple caught", repr(e))
        yield "after KeyError"
    finally:
        print("  simple finally")


a = simple_agen()
print(run(a.__anext__()))
aw = a.asend(None)
try:
    aw.throw(KeyError("into asend"))
except StopIteration as e:
    print("throw on asend object yielded", repr(e.value))
print(run(a.__anext__()))
print(a.ag_frame is None)
a = simple_agen()
print(run(a.__anext__()))
aw = a.athrow(IndexError("via athrow"))
try:
    aw.send(None)
except IndexError as e:
    print("IndexError propagated:", e, a.ag_frame is None)
print(run(a.__anext__()))

print("-- __aiter__ returns self")
a = agen()
print(a.__aiter__() is a)
try:
    iter(a)
except TypeError as e:
    print("TypeError:", e)
print(run(a.aclose()))
