# aiter/anext (with and without a default, errors) and set[...]/frozenset[...] generic aliases.
import asyncio


async def agen():
    yield 1


async def main():
    it = aiter(agen())
    print(await anext(it), await anext(it, 'dflt'))
    try:
        aiter(5)
    except TypeError as e:
        print(e)
    try:
        await anext(5)
    except TypeError as e:
        print(e)
    try:
        await anext(it)
    except StopAsyncIteration:
        print('stop')


asyncio.run(main())
print(anext, aiter)
print(set[int], frozenset[str], set[int]({1}), frozenset[int].__origin__, set[str].__args__)
