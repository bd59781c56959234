# Synchronization primitives: Event, Lock, Semaphore, BoundedSemaphore, Condition (wait, notify,
# notify_all, wait_for) with FIFO wake-up order and error cases.
import asyncio


async def events():
    ev = asyncio.Event()
    print("event:", ev.is_set())
    woke = []

    async def waiter(n):
        r = await ev.wait()
        woke.append((n, r))

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("nobody woke yet:", woke)
    ev.set()
    ev.set()
    await asyncio.gather(*ts)
    print("woke:", woke, ev.is_set())
    print("wait on set event returns at once:", await ev.wait())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("wait timed out after clear")
    # set then clear before the waiter runs: the waiter still wakes
    t = asyncio.create_task(waiter("late"))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t
    print("woken despite clear:", woke[-1])


async def locks():
    lock = asyncio.Lock()
    print("lock:", lock.locked())
    trace = []

    async def user(n):
        async with lock:
            trace.append("acq%d" % n)
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            trace.append("rel%d" % n)

    await asyncio.gather(*(user(i) for i in range(3)))
    print(trace)
    print("acquire returns", await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    # a cancelled waiter does not take the lock
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    lock.release()
    print("cancelled waiter; locked:", lock.locked(), t.cancelled())
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


async def semaphores():
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    order = []

    async def worker(n):
        async with sem:
            active.append(n)
            peak[0] = max(peak[0], len(active))
            order.append("start%d" % n)
            await asyncio.sleep(0.005 * (3 - n % 3))
            active.remove(n)
            order.append("end%d" % n)

    await asyncio.gather(*(worker(i) for i in range(5)))
    print("peak:", peak[0], "locked:", sem.locked())
    print(order[:2])
    s0 = asyncio.Semaphore(0)
    print("zero locked:", s0.locked())
    s0.release()
    print("after release:", s0.locked(), await s0.acquire())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(1)
    plain.release()
    plain.release()
    got = 0
    while not plain.locked():
        await plain.acquire()
        got += 1
    print("unbounded semaphore grew to", got)


async def conditions():
    cond = asyncio.Condition()
    out = []

    async def waiter(n):
        async with cond:
            out.append("wait%d" % n)
            r = await cond.wait()
            out.append("woke%d:%s" % (n, r))

    async def settle():
        for _ in range(4):
            await asyncio.sleep(0)

    ts = [asyncio.create_task(waiter(i)) for i in range(4)]
    await settle()
    print(out)
    async with cond:
        cond.notify()
    await settle()
    print(out[4:])
    async with cond:
        cond.notify(2)
    await settle()
    print(out[5:])
    async with cond:
        cond.notify_all()
        cond.notify_all()
    await asyncio.gather(*ts)
    print(out[7:])
    async with cond:
        cond.notify(5)
    print("notify with no waiters is fine")
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

    state = {"n": 0}
    results = []

    async def wants(k):
        async with cond:
            r = await cond.wait_for(lambda: state["n"] >= k)
            results.append((k, r, state["n"]))

    ts = [asyncio.create_task(wants(k)) for k in (3, 1, 2)]
    for _ in range(3):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            cond.notify_all()
    await asyncio.gather(*ts)
    print(results)
    async with cond:
        print("wait_for already true:", await cond.wait_for(lambda: "truthy"))
    # Condition sharing an explicit lock
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("shared lock held:", lock.locked(), c2.locked())
    print("released:", lock.locked())
    # wait() with a timeout re-acquires the lock before raising
    async with c2:
        try:
            await asyncio.wait_for(c2.wait(), 0.01)
        except TimeoutError:
            print("timeout; lock held again:", c2.locked())


async def main():
    await events()
    await locks()
    await semaphores()
    await conditions()


asyncio.run(main())
