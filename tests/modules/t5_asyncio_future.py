# asyncio.Future: results, exceptions, InvalidStateError, done callbacks (order, removal, context of
# invocation), cancellation, awaiting futures, wrap_future-free interop with tasks, isfuture/ensure_future.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut).__name__, fut.done(), fut.cancelled(), fut.get_loop() is loop)
    for meth in (fut.result, fut.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(meth.__name__, "InvalidStateError:", e)

    calls = []

    def cb1(f):
        calls.append(("cb1", f.result()))

    def cb2(f, extra="none"):
        calls.append(("cb2", extra))

    fut.add_done_callback(cb1)
    fut.add_done_callback(cb2)
    fut.add_done_callback(cb1)
    print("removed:", fut.remove_done_callback(cb1), fut.remove_done_callback(print))
    fut.set_result("R")
    print("callbacks not called synchronously:", calls)
    await asyncio.sleep(0)
    print("after one loop step:", calls)
    print(fut.done(), fut.result(), fut.exception())
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("set_result twice:", e)
    try:
        fut.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("set_exception after result:", e)
    print("cancel done future:", fut.cancel())

    # callback added after completion is scheduled soon
    fut.add_done_callback(lambda f: calls.append("late"))
    print("late pending:", "late" in calls)
    await asyncio.sleep(0)
    print("late ran:", "late" in calls)

    # exceptions
    f2 = loop.create_future()
    f2.set_exception(KeyError("missing"))
    print(f2.done(), repr(f2.exception()))
    try:
        f2.result()
    except KeyError as e:
        print("result() re-raises", repr(e))
    try:
        await f2
    except KeyError as e:
        print("await re-raises", repr(e))
    f3 = loop.create_future()
    f3.set_exception(ValueError)
    print("class becomes instance:", repr(f3.exception()))
    f4 = loop.create_future()
    for bad in (StopIteration("no"), 42):
        try:
            f4.set_exception(bad)
        except TypeError as e:
            print("TypeError:", e)
    f4.cancel()

    # awaiting a future resolved later by a callback
    f5 = loop.create_future()
    loop.call_later(0.01, f5.set_result, "delayed")
    print("awaited:", await f5)

    # futures resolved by another task
    f6 = loop.create_future()

    async def resolver():
        await asyncio.sleep(0)
        f6.set_result(6)

    t = asyncio.create_task(resolver())
    print("from task:", await f6)
    await t

    # cancellation
    f7 = loop.create_future()
    f7.add_done_callback(lambda f: calls.append(("cancelled cb", f.cancelled())))
    print("cancel:", f7.cancel("stop it"), f7.cancelled(), f7.done())
    try:
        f7.result()
    except asyncio.CancelledError as e:
        print("result on cancelled: CancelledError", e.args)
    try:
        await f7
    except asyncio.CancelledError:
        print("await cancelled: CancelledError")
    await asyncio.sleep(0)
    print(calls[-1])

    # a task awaiting a future is cancelled -> the future is cancelled too
    f8 = loop.create_future()

    async def waits():
        return await f8

    t = asyncio.create_task(waits())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled; future cancelled:", f8.cancelled())

    # the future is cancelled directly -> the waiting task gets CancelledError
    f9 = loop.create_future()
    t = asyncio.create_task(waits_on(f9))
    await asyncio.sleep(0)
    f9.cancel()
    print("waiting task:", await t)

    # isfuture / ensure_future
    print(asyncio.isfuture(fut), asyncio.isfuture(t), asyncio.isfuture(main), asyncio.isfuture(None))
    ef = asyncio.ensure_future(asyncio.sleep(0, "ensured"))
    print(type(ef).__name__, await ef, asyncio.ensure_future(fut) is fut)
    try:
        asyncio.ensure_future("nope")
    except TypeError as e:
        print("TypeError:", e)

    # gather of plain futures keeps order
    fs = [loop.create_future() for _ in range(3)]
    for i, f in reversed(list(enumerate(fs))):
        loop.call_soon(f.set_result, i * 10)
    print(await asyncio.gather(*fs))

    # future used as a one-shot signal between tasks, with done callbacks seeing the outcome
    signal = loop.create_future()
    seen = []

    async def listener(n):
        v = await signal
        seen.append((n, v))

    ts = [asyncio.create_task(listener(n)) for n in range(3)]
    await asyncio.sleep(0)
    signal.set_result("go")
    await asyncio.gather(*ts)
    print(seen)

    # Future() constructor outside a coroutine context uses the running loop
    f10 = asyncio.Future()
    print(f10.get_loop() is loop, f10.done())
    f10.set_result(None)
    print(await f10)


async def waits_on(f):
    try:
        await f
    except asyncio.CancelledError:
        return "got CancelledError"


asyncio.run(main())
