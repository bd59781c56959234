class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        yield ("sleep", self.n)
        return self.n * 10
class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        await Sleep(0)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        await Sleep(1)
        return et is KeyError
async def agen(n):
    for i in range(n):
        await Sleep(i)
        yield i * i
    print("agen done")
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async with ACM("a") as v:
        print("body", v)
    async with ACM("b"):
        raise KeyError("suppressed")
    try:
        async with ACM("c"):
            raise ValueError("passes")
    except ValueError as e:
        print("caught", e)
    out = []
    async for x in agen(4):
        out.append(x)
    print(out)
    async for c in Counter(3):
        print("counter", c)
    else:
        print("for-else")
    g = agen(3)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    return "done"
c = main()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print("result", e.value)
print(type(agen(1)).__name__)
