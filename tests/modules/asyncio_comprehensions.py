import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def double(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    a = [x async for x in agen(5)]
    b = {x: x * x async for x in agen(3) if x}
    c = {x % 2 async for x in agen(6)}
    d = [await double(x) for x in range(4)]
    e = [y async for x in agen(3) async for y in agen(x)]
    g = (x * 10 async for x in agen(3))
    f = [v async for v in g]
    print(a, b, c, d, e, f)
asyncio.run(main())
