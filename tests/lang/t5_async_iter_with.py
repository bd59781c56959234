# __aiter__/__anext__ classes, async with (__aenter__/__aexit__, exception suppression, errors),
# async comprehensions, all driven without an event loop.
import types


@types.coroutine
def tick(tag):
    yield tag


def run(coro):
    ticks = []
    try:
        while True:
            ticks.append(coro.send(None))
    except StopIteration as e:
        return e.value, ticks


class ARange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return ARangeIter(self.n)


class ARangeIter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    async def __anext__(self):
        await tick("next%d" % self.i)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


class Manager:
    def __init__(self, name, suppress=(), enter_error=None):
        self.name = name
        self.suppress = suppress
        self.enter_error = enter_error

    async def __aenter__(self):
        print("  aenter", self.name)
        await tick("enter " + self.name)
        if self.enter_error:
            raise self.enter_error
        return self.name + "-value"

    async def __aexit__(self, et, ev, tb):
        print("  aexit", self.name, et.__name__ if et else None, repr(ev), tb is not None)
        await tick("exit " + self.name)
        return et is not None and issubclass(et, self.suppress)


async def loops():
    out = []
    async for v in ARange(3):
        out.append(v)
        if v == 1:
            continue
    else:
        out.append("else")
    async for v in ARange(5):
        if v == 2:
            break
        out.append(v * 10)
    else:
        out.append("not reached")
    return out


print(run(loops()))


async def withs():
    async with Manager("a") as v:
        print("  body a", v)
    async with Manager("b", suppress=(KeyError,)) as v:
        raise KeyError("swallowed")
    print("  after b")
    try:
        async with Manager("c", suppress=(KeyError,)):
            raise ValueError("not swallowed")
    except ValueError as e:
        print("  caught", e)
    try:
        async with Manager("d", enter_error=OSError("enter failed")):
            print("  never")
    except OSError as e:
        print("  enter error", e)
    async with Manager("e1") as x, Manager("e2", suppress=(IndexError,)) as y:
        print("  multi", x, y)
        raise IndexError("inner")
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 1:
                continue
            if i == 2:
                break
    async with Manager("ret"):
        return "returned from with"


print(run(withs()))


class NotACM:
    pass


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class BadAenter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


async def errors():
    for obj in (NotACM(), SyncOnly()):
        try:
            async with obj:
                pass
        except (TypeError, AttributeError) as e:
            print("  ", type(e).__name__, e)
    try:
        async with BadAenter():
            pass
    except TypeError as e:
        print("  ", type(e).__name__, e)
    for obj in ([1, 2], NotACM()):
        try:
            async for _ in obj:
                pass
        except TypeError as e:
            print("  ", type(e).__name__, e)

    class AiterReturnsBad:
        def __aiter__(self):
            return 5

    try:
        async for _ in AiterReturnsBad():
            pass
    except TypeError as e:
        print("  ", type(e).__name__, e)

    class AnextNotAwaitable:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 7

    try:
        async for _ in AnextNotAwaitable():
            pass
    except TypeError as e:
        print("  ", type(e).__name__, e)
    return "errors done"


print(run(errors()))


async def double(x):
    await tick("double %d" % x)
    return x * 2


async def agen(n):
    for i in range(n):
        await tick("agen %d" % i)
        yield i


async def comprehensions():
    a = [x async for x in ARange(3)]
    b = {x % 2 async for x in agen(4)}
    c = {x: await double(x) async for x in agen(2)}
    d = [await double(x) for x in range(2)]
    e = [(x, y) async for x in agen(2) for y in "ab" if x or y == "a"]
    f = [x async for x in agen(5) if await double(x) > 4]
    g = [[y async for y in agen(x)] for x in range(3)]
    h = (await double(x) for x in range(2))
    h_list = [v async for v in h]
    return a, b, c, d, e, f, g, type(h).__name__, h_list


result, ticks = run(comprehensions())
for part in result:
    print(part)
print(len(ticks), ticks[:6])
