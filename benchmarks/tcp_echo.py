"""Issue 5 (c): a TCP echo round trip 50,000 times over loopback, server and client in one asyncio program."""
import asyncio

ROUNDS = 50_000


async def echo(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(echo, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    total = 0
    for i in range(ROUNDS):
        writer.write(b'%d\n' % i)
        await writer.drain()
        total += int(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print(ROUNDS, total)


asyncio.run(main())
