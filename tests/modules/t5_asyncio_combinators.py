# gather (return_exceptions, cancellation of siblings), wait_for, asyncio.timeout / timeout_at,
# wait (FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED / timeout), as_completed, shield.
import asyncio

log = []


async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise fail
        log.append("done " + name)
        return name
    except asyncio.CancelledError:
        log.append("cancelled " + name)
        raise


async def gathering():
    print(await asyncio.gather())
    print(await asyncio.gather(job("a", 0.02), job("b", 0), job("c", 0.01)))
    print(log)
    log.clear()
    res = await asyncio.gather(job("x", 0, KeyError("kx")), job("y", 0.01), asyncio.sleep(0, "plain"),
                               return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    log.clear()
    # first exception propagates; the others keep running (not cancelled)
    slow = asyncio.ensure_future(job("slow", 0.03))
    try:
        await asyncio.gather(job("bad", 0, ValueError("v")), slow)
    except ValueError as e:
        print("gather raised", e, "| slow done:", slow.done())
    print("slow result:", await slow)
    # cancelling the gather cancels the children
    g = asyncio.gather(job("g1", 1), job("g2", 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", sorted(log[-2:]))
    # a cancelled child with return_exceptions=True
    t = asyncio.create_task(job("child", 1))
    g = asyncio.gather(t, job("sib", 0), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in await g])
    # same awaitable twice
    c = job("dup", 0)
    print(await asyncio.gather(c, c))
    log.clear()


async def timeouts():
    try:
        await asyncio.wait_for(job("wf", 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timeout:", type(e).__name__, asyncio.TimeoutError is TimeoutError, log)
    print(await asyncio.wait_for(job("fast", 0), timeout=1))
    print(await asyncio.wait_for(job("none", 0), timeout=None))
    try:
        await asyncio.wait_for(job("zero", 0), timeout=0)
    except TimeoutError:
        print("timeout=0 on a coroutine:", log[-1])
    try:
        await asyncio.wait_for(job("err", 0, OSError("io")), timeout=1)
    except OSError as e:
        print("inner error passes through:", e)
    log.clear()

    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when(), cm.expired())
        await asyncio.sleep(0)
    try:
        async with asyncio.timeout(0.01) as cm:
            await job("in-timeout", 1)
    except TimeoutError:
        print("timeout expired:", cm.expired(), log)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")
    async with asyncio.timeout(0.5) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print("rescheduled to None:", cm.expired())
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled earlier: expired", cm.expired())
    try:
        async with asyncio.timeout(1):
            raise KeyError("inner")
    except KeyError as e:
        print("other errors untouched:", e)
    # a timeout inside a task that catches the TimeoutError
    async def guarded():
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
        except TimeoutError:
            return "handled timeout in task"
    print(await asyncio.create_task(guarded()))
    log.clear()


async def waiting():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(n, d)) for n, d in (("w1", 0.001), ("w2", 0.05), ("w3", 0.05))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED:", sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(ts)
    print("ALL_COMPLETED:", sorted(t.result() for t in done), pending)
    ts = [asyncio.create_task(job("e1", 0, ValueError("e"))), asyncio.create_task(job("e2", 0.05))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", [repr(t.exception()) for t in done], len(pending))
    for t in pending:
        t.cancel()
    ts = [asyncio.create_task(job("t1", 0.002)), asyncio.create_task(job("t2", 1))]
    done, pending = await asyncio.wait(ts, timeout=0.05)
    print("timeout:", len(done), len(pending), [t.get_coro().__name__ for t in pending])
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(ts, return_when="sometimes")
    except ValueError as e:
        print("ValueError:", e)
    log.clear()
    order = []
    for fut in asyncio.as_completed([job("ac3", 0.03), job("ac1", 0.01), job("ac2", 0.02)]):
        order.append(await fut)
    print("as_completed:", order)
    try:
        for fut in asyncio.as_completed([job("slowac", 1)], timeout=0.01):
            await fut
    except TimeoutError:
        print("as_completed timeout")
    await asyncio.sleep(0)
    log.clear()


async def shielding():
    inner = asyncio.create_task(job("shielded", 0.02))
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner cancelled:", inner.cancelled())
    print("inner still finishes:", await inner, log)

    async def caller():
        return await asyncio.shield(job("sh2", 0.02))

    t = asyncio.create_task(caller())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("caller cancelled")
    await asyncio.sleep(0.04)
    print(log)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print("shield of done future:", await asyncio.shield(fut))
    log.clear()


async def main():
    await gathering()
    await timeouts()
    await waiting()
    await shielding()


asyncio.run(main())
