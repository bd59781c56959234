import asyncio
async def main():
    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: len(items) > 0)
            print("consumer", n, "got", items.pop(0))
    async def producer():
        for i in range(3):
            await asyncio.sleep(0)
            async with cond:
                items.append(i)
                cond.notify()
    await asyncio.gather(consumer(1), consumer(2), consumer(3), producer())
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout hit")
    async with asyncio.timeout(1):
        await asyncio.sleep(0.001)
    print("no timeout")
    q = asyncio.Queue()
    async def worker():
        while True:
            item = await q.get()
            print("work", item)
            q.task_done()
    w = asyncio.create_task(worker())
    for i in range(3):
        q.put_nowait(i)
    await q.join()
    w.cancel()
    print("joined", asyncio.iscoroutine(asyncio.sleep(0)) if False else "", type(asyncio.get_running_loop()).__name__ != "")
asyncio.run(main())
