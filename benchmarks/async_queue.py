# Two tasks passing a token through asyncio queues 200,000 times.
import asyncio


async def player(inbox, outbox, rounds):
    for _ in range(rounds):
        token = await inbox.get()
        await outbox.put(token + 1)


async def main():
    a = asyncio.Queue()
    b = asyncio.Queue()
    rounds = 100_000
    await a.put(0)
    await asyncio.gather(player(a, b, rounds), player(b, a, rounds))
    print(await a.get())


asyncio.run(main())
