# Tasks: create_task, cancel and CancelledError propagation, cancelled(), current_task(), names,
# get_running_loop(), and the interleaving order of tasks that yield with sleep(0).
import asyncio

order = []


async def stepper(name, steps):
    for i in range(steps):
        order.append("%s%d" % (name, i))
        await asyncio.sleep(0)
    return name * steps


async def interleave():
    t1 = asyncio.create_task(stepper("a", 3))
    t2 = asyncio.create_task(stepper("b", 2))
    t3 = asyncio.create_task(stepper("c", 4))
    order.append("main")
    res = [await t1, await t2, await t3]
    print("interleave:", order)
    print("results:", res)


asyncio.run(interleave())


async def cancellation():
    started = asyncio.Event()
    cleanup = []

    async def victim():
        started.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            cleanup.append("victim saw CancelledError args=%r" % (e.args,))
            raise
        finally:
            cleanup.append("victim finally")

    t = asyncio.create_task(victim())
    await started.wait()
    print("cancel() returns", t.cancel(), "| done yet:", t.done(), "| cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError")
    print(cleanup, t.cancelled(), t.done())
    print("cancel again:", t.cancel())
    for meth in (t.result, t.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print(meth.__name__, "-> CancelledError")

    # cancel with a message
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel("because")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    # cancel before the task starts: the coroutine body never runs
    ran = []

    async def body():
        ran.append(1)

    t = asyncio.create_task(body())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start, ran:", ran)

    # a task that swallows the cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print("stubborn:", await t, t.cancelled())

    # CancelledError propagates through awaiting coroutines
    async def leaf():
        await asyncio.sleep(10)

    async def middle():
        try:
            await leaf()
        finally:
            print("middle finally")

    t = asyncio.create_task(middle())
    await asyncio.sleep(0)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print("gathered:", [type(r).__name__ for r in res])

    # CancelledError is a BaseException, not an Exception
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

    # cancelling a finished task returns False
    t = asyncio.create_task(stepper("z", 1))
    await t
    print("finished cancel:", t.cancel(), t.cancelled())


asyncio.run(cancellation())


async def introspection():
    me = asyncio.current_task()
    print("current task is Task:", isinstance(me, asyncio.Task), me.get_name() == "main-task")
    loop = asyncio.get_running_loop()
    print("loop running:", loop.is_running(), loop is asyncio.get_event_loop())

    async def report():
        t = asyncio.current_task()
        return t.get_name(), t is not me, t.get_coro().__name__

    t = asyncio.create_task(report(), name="worker-1")
    print(t.get_name(), await t)
    t.set_name("renamed")
    print(t.get_name())
    print("all tasks contains me:", me in asyncio.all_tasks())

    async def fail():
        raise ValueError("task failed")

    t = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print("done:", t.done(), "exception:", repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print("result() raised", e)

    t = asyncio.create_task(asyncio.sleep(0, result="sleep-result"))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(await t)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)


async def main_wrapper():
    asyncio.current_task().set_name("main-task")
    await introspection()


asyncio.run(main_wrapper())

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside loop:", e)
print("current_task outside:", end=" ")
try:
    print(asyncio.current_task())
except RuntimeError as e:
    print("RuntimeError:", e)


async def ret(v):
    return v


print(asyncio.run(ret("plain value")))
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
c = ret(1)
try:
    asyncio.run(c, debug=False)
    asyncio.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)


async def nested():
    c = ret(2)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("nested run:", e)
    await c


asyncio.run(nested())
