import asyncio

async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()

async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.03, log), worker("b", 0.01, log), worker("c", 0.02, log))
    print(results)
    print(log)
    t = asyncio.create_task(worker("t", 0.01, log))
    print(t.done())
    print(await t, t.done(), t.result())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.02)
    except asyncio.TimeoutError:
        print("timed out")
    async def boom():
        await asyncio.sleep(0)
        raise ValueError("bad")
    try:
        await asyncio.gather(worker("x", 0, log), boom())
    except ValueError as e:
        print("gather error", e)
    print(await asyncio.gather(boom(), worker("y", 0, log), return_exceptions=True))
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)
    async def consumer():
        got = []
        while True:
            item = await q.get()
            if item is None:
                break
            got.append(item * 10)
        return got
    _, got = await asyncio.gather(producer(), consumer())
    print("queue", got)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "event seen"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await wt)
    lock = asyncio.Lock()
    order = []
    async def critical(n):
        async with lock:
            order.append(f"in{n}")
            await asyncio.sleep(0)
            order.append(f"out{n}")
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(order)
    ct = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    ct.cancel()
    try:
        await ct
    except asyncio.CancelledError:
        print("cancelled", ct.cancelled())
    tasks = [asyncio.create_task(worker("w1", 0.01, log)), asyncio.create_task(worker("w2", 0.05, log))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    return "main done"

print(asyncio.run(main()))
async def agen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i
async def consume():
    out = []
    async for x in agen():
        out.append(x * 2)
    return out
print(asyncio.run(consume()))
async def tg():
    async with asyncio.TaskGroup() as group:
        t1 = group.create_task(worker("g1", 0.01, []))
        t2 = group.create_task(worker("g2", 0, []))
    return t1.result(), t2.result()
print(asyncio.run(tg()))
async def tg_fail():
    async def bad():
        raise KeyError("k")
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(bad())
            group.create_task(asyncio.sleep(1))
    except ExceptionGroup as eg:
        print("group failed", [type(e).__name__ for e in eg.exceptions])
asyncio.run(tg_fail())
