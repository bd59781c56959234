# Event loop API: call_soon / call_later / call_at ordering, handle cancellation, new_event_loop +
# run_until_complete, run_forever + stop, loop state and errors on a closed loop.
import asyncio
import functools

events = []


def cb(tag, *extra):
    events.append((tag,) + extra if extra else tag)


loop = asyncio.new_event_loop()
print("fresh loop:", loop.is_running(), loop.is_closed())
loop.call_soon(cb, "soon1")
loop.call_later(0.02, cb, "later-0.02")
loop.call_later(0.01, cb, "later-0.01")
loop.call_at(loop.time() + 0.015, cb, "at+0.015")
loop.call_soon(cb, "soon2", "extra-arg")
loop.call_later(0, cb, "later-0")
loop.call_later(-1, cb, "later-negative")
h = loop.call_soon(cb, "cancelled-soon")
h2 = loop.call_later(0.005, cb, "cancelled-later")
print("handle types:", type(h).__name__, type(h2).__name__, h.cancelled())
h.cancel()
h2.cancel()
print("after cancel:", h.cancelled(), h2.cancelled())
loop.call_soon(functools.partial(cb, "partial"))
print("when is a float:", isinstance(h2.when(), float))


async def waiter():
    await asyncio.sleep(0.04)
    return "waited"


print(loop.run_until_complete(waiter()))
print(events)
events.clear()

# callbacks scheduled from inside callbacks run on the next iteration, after already-ready ones
def chain(n):
    events.append("chain%d" % n)
    if n < 3:
        loop.call_soon(chain, n + 1)


loop.call_soon(chain, 0)
loop.call_soon(cb, "other")
loop.call_soon(cb, "another")


async def settle():
    for _ in range(5):
        await asyncio.sleep(0)


loop.run_until_complete(settle())
print(events)
events.clear()

# run_forever + stop
def stopper():
    events.append("stopping")
    loop.stop()


loop.call_soon(cb, "before stop")
loop.call_later(0.005, stopper)
loop.call_later(0.05, cb, "after stop (runs next time)")
loop.run_forever()
print(events, loop.is_running())
events.clear()
loop.run_until_complete(asyncio.sleep(0.05))
print(events)
events.clear()

# run_until_complete with a Future and with a Task
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "future value")
print(loop.run_until_complete(fut))
task = loop.create_task(waiter())
print(type(task).__name__, loop.run_until_complete(task))


async def fails():
    await asyncio.sleep(0)
    raise LookupError("inside run_until_complete")


try:
    loop.run_until_complete(fails())
except LookupError as e:
    print("propagated:", e)

try:
    loop.run_until_complete(42)
except TypeError as e:
    print("TypeError:", e)


# Callback exceptions are reported to the exception handler, not raised
def bad_callback():
    raise ZeroDivisionError("in callback")


def handler(lp, context):
    events.append(("handler", type(context["exception"]).__name__, str(context["exception"])))


loop.set_exception_handler(handler)
loop.call_soon(bad_callback)
loop.call_soon(cb, "after bad")
loop.run_until_complete(settle())
print(events)
events.clear()


# loop.time is monotonic and sleeps are not early
async def timing():
    t0 = loop.time()
    await asyncio.sleep(0.03)
    return loop.time() - t0


elapsed = loop.run_until_complete(timing())
print("slept at least 0.025:", elapsed >= 0.025, "under 2s:", elapsed < 2)


async def check_running():
    return asyncio.get_running_loop() is loop, loop.is_running()


print(loop.run_until_complete(check_running()))

loop.close()
print("closed:", loop.is_closed(), loop.is_running())
loop.close()
try:
    loop.call_soon(cb, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
c = waiter()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

# Two independent loops
l1 = asyncio.new_event_loop()
l2 = asyncio.new_event_loop()
print("distinct loops:", l1 is not l2)
print(l1.run_until_complete(asyncio.sleep(0, "l1")), l2.run_until_complete(asyncio.sleep(0, "l2")))
l1.close()
l2.close()

# Running a coroutine inside another loop's run_until_complete is not allowed
outer = asyncio.new_event_loop()


async def inner_run():
    inner = asyncio.new_event_loop()
    c = asyncio.sleep(0)
    try:
        inner.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        c.close()
        inner.close()


outer.run_until_complete(inner_run())
outer.close()
