def g():
    try:
        raise KeyError("k")
        x = yield "never"
    except KeyError:
        pass
    v = yield "reached"
    print("got", v)
    yield "end"


it = g()
print(next(it))
print(it.send(42))


class Sleep:
    def __await__(self):
        yield "tick"
        return 5


class CM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return True


async def main():
    async with CM():
        raise ValueError("suppressed")
    v = await Sleep()
    print("awaited", v)
    return "ok"


c = main()
try:
    while True:
        print(c.send(None))
except StopIteration as e:
    print(e.value)
