# Queues: Queue with maxsize blocking, put_nowait/get_nowait errors, join/task_done, PriorityQueue,
# LifoQueue; plus asyncio.iscoroutine / iscoroutinefunction.
import asyncio


async def bounded():
    q = asyncio.Queue(maxsize=2)
    print("empty:", q.empty(), "full:", q.full(), "size:", q.qsize(), "maxsize:", q.maxsize)
    trace = []

    async def producer():
        for i in range(5):
            trace.append("put%d?" % i)
            await q.put(i)
            trace.append("put%d" % i)

    t = asyncio.create_task(producer())
    for _ in range(3):
        await asyncio.sleep(0)
    print("blocked producer:", trace, q.full(), q.qsize())
    got = []
    while len(got) < 5:
        got.append(await q.get())
        await asyncio.sleep(0)
    await t
    print("consumed:", got)
    print("trace:", trace)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(str(e)))
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull at size", q.qsize())
    print(q.get_nowait(), q.get_nowait())
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out on empty queue")
    q.put_nowait("after timeout")
    print("a cancelled get does not lose items:", q.get_nowait())
    unbounded = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print("unbounded:", unbounded.full(), unbounded.qsize(), unbounded.maxsize)
    neg = asyncio.Queue(maxsize=-1)
    neg.put_nowait(1)
    print("negative maxsize is unbounded:", neg.full())


async def joining():
    q = asyncio.Queue()
    done = []

    async def worker(name):
        while True:
            item = await q.get()
            await asyncio.sleep(0.001 * item)
            done.append((name, item))
            q.task_done()

    workers = [asyncio.create_task(worker("w%d" % i)) for i in range(2)]
    for item in (3, 1, 2, 0):
        q.put_nowait(item)
    await q.join()
    print("all done:", sorted(i for _, i in done), "unfinished size:", q.qsize())
    print("join on a drained queue returns at once:", await q.join())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    # join waits for task_done, not for get
    q2 = asyncio.Queue()
    q2.put_nowait("x")
    joined = asyncio.create_task(q2.join())
    print(q2.get_nowait())
    await asyncio.sleep(0)
    print("joined before task_done:", joined.done())
    q2.task_done()
    await asyncio.sleep(0)
    print("joined after task_done:", joined.done())


async def special_queues():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (0, "z")]:
        await pq.put(item)
    print("priority:", [pq.get_nowait() for _ in range(pq.qsize())])
    pq2 = asyncio.PriorityQueue(maxsize=1)
    pq2.put_nowait(5)
    print("priority full:", pq2.full())
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print("lifo:", [await lq.get() for _ in range(4)])
    print(issubclass(asyncio.PriorityQueue, asyncio.Queue), issubclass(asyncio.LifoQueue, asyncio.Queue))
    # consumers waiting on a priority queue receive the smallest item first
    pq3 = asyncio.PriorityQueue()
    got = []

    async def taker():
        got.append(await pq3.get())

    ts = [asyncio.create_task(taker()) for _ in range(2)]
    await asyncio.sleep(0)
    pq3.put_nowait(9)
    pq3.put_nowait(4)
    await asyncio.gather(*ts)
    print("waiting takers:", got)


def plain():
    return 1


async def coro_fn():
    return 2


async def agen_fn():
    yield 3


def gen_fn():
    yield 4


class WithAsyncMethod:
    async def m(self):
        pass

    def n(self):
        pass


async def checks():
    c = coro_fn()
    print("iscoroutine:", asyncio.iscoroutine(c), asyncio.iscoroutine(coro_fn), asyncio.iscoroutine(gen_fn()),
          asyncio.iscoroutine(agen_fn()), asyncio.iscoroutine(asyncio.sleep(0)), asyncio.iscoroutine(None))
    await c
    print("iscoroutinefunction:", [asyncio.iscoroutinefunction(f) for f in
                                   (plain, coro_fn, agen_fn, gen_fn, WithAsyncMethod.m, WithAsyncMethod().m,
                                    WithAsyncMethod.n, asyncio.sleep, lambda: None)])
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(coro_fn())
    print("futures/tasks are not coroutines:", asyncio.iscoroutine(fut), asyncio.iscoroutine(task))
    await task
    fut.cancel()


async def main():
    await bounded()
    await joining()
    await special_queues()
    await checks()


asyncio.run(main())
