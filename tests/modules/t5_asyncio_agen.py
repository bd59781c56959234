# Async generators under asyncio: anext()/aiter() builtins, asend/athrow/aclose with awaits inside,
# break out of async for, finalization by asyncio.run (shutdown_asyncgens), cancellation while suspended.
import asyncio

log = []


async def ticker(n, name="t"):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            log.append("%s yield %d" % (name, i))
            yield i
    except GeneratorExit:
        log.append("%s GeneratorExit" % name)
        raise
    finally:
        log.append("%s finally" % name)


async def builtins_demo():
    g = ticker(2)
    print(await anext(g), await anext(g), await anext(g, "default"), await anext(g, None))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(log)
    log.clear()
    ai = aiter(ticker(1, "ai"))
    print(type(ai).__name__, [x async for x in ai])
    for bad in ([1, 2], 5):
        try:
            aiter(bad)
        except TypeError as e:
            print("aiter TypeError:", e)
    try:
        await anext(iter([1]))
    except TypeError as e:
        print("anext TypeError:", e)
    aw = anext(ticker(0, "empty"), "dflt")
    print("anext default:", await aw)
    log.clear()


async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
            except ValueError as e:
                await asyncio.sleep(0)
                received.append("VE:" + str(e))
                continue
            await asyncio.sleep(0)
            received.append(v)
    finally:
        await asyncio.sleep(0)
        print("echo closing with", received)


async def protocol_demo():
    g = echo()
    print(await g.asend(None), await g.asend("a"), await g.asend("b"))
    print(await g.athrow(ValueError("bad")))
    print(await g.asend("c"))
    await g.aclose()
    print("aclose again:", await g.aclose())
    try:
        await g.asend("x")
    except StopAsyncIteration:
        print("asend after close: StopAsyncIteration")
    g2 = echo()
    await g2.asend(None)
    try:
        await g2.athrow(KeyError("uncaught"))
    except KeyError as e:
        print("athrow propagated:", e)


kept = []


async def break_demo():
    g = ticker(10, "brk")
    kept.append(g)
    async for x in g:
        if x == 1:
            break
    print("after break (no finalization yet):", log)
    await g.aclose()
    print("explicit aclose:", log[-2:])
    log.clear()
    g2 = ticker(10, "left-open")
    kept.append(g2)
    async for x in g2:
        break
    print("left open; asyncio.run will finalize it")


async def cancel_demo():
    async def slow_gen():
        try:
            yield "first"
            await asyncio.sleep(10)
            yield "never"
        finally:
            log.append("slow_gen finally")

    async def consumer():
        async for v in slow_gen():
            log.append("got " + v)

    t = asyncio.create_task(consumer())
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled:", log)
    log.clear()


async def comprehension_of_agen():
    async def squares(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i * i

    print([v async for v in squares(4)])
    print({v: k async for k, v in enumerate_async(squares(3))})
    total = 0
    async for k, v in enumerate_async(squares(5)):
        total += k * v
    print("total", total)


async def enumerate_async(agen):
    i = 0
    async for v in agen:
        yield i, v
        i += 1


async def main():
    await builtins_demo()
    await protocol_demo()
    await break_demo()
    await cancel_demo()
    await comprehension_of_agen()
    print("main returning, log:", log)


asyncio.run(main())
print("after asyncio.run:", log)
print("frames closed:", [g.ag_frame is None for g in kept])
