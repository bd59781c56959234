import asyncio, contextlib
@contextlib.asynccontextmanager
async def conn(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)
async def main():
    async with conn("db") as c:
        print("got", c)
    async with contextlib.AsyncExitStack() as st:
        a = await st.enter_async_context(conn("a"))
        b = await st.enter_async_context(conn("b"))
        st.callback(print, "sync cb")
        print(a, b)
    try:
        async with conn("err"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    @conn("deco")
    async def job():
        print("job runs")
    await job()
asyncio.run(main())
@contextlib.contextmanager
def section(t):
    print("[", t); yield; print("]", t)
@section("dec")
def f(x): print("f", x); return x * 2
print(f(1), f(2), f.__name__)
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager), issubclass(open.__class__ if False else int, contextlib.AbstractContextManager))
class Mine:
    def __enter__(self): return 1
    def __exit__(self, *a): pass
print(isinstance(Mine(), contextlib.AbstractContextManager))
try:
    with contextlib.ExitStack() as s: s.enter_context(5)
except TypeError as e: print(e)
with contextlib.ExitStack() as s:
    s.push(Mine()); s.push(lambda *e: print("pushed cb", e[0]))
