import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    print('server: connection from loopback', peer[0])
    while True:
        line = await reader.readline()
        if not line:
            break
        if line.strip() == b'quit':
            writer.write(b'bye\n')
            await writer.drain()
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    print('server: connection closed')


async def client(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for word in [b'hello', b'world', b'caf\xc3\xa9', b'']:
        writer.write(word + b'\n')
        await writer.drain()
        reply = await reader.readline()
        print('client got', reply)
    writer.write(b'quit\n')
    await writer.drain()
    print('client got', await reader.readline())
    print('at eof:', await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print('writer closing:', writer.is_closing())


async def exact(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'abcdef\nghi\n')
    await writer.drain()
    print(await reader.readexactly(3))
    print(await reader.readuntil(b'\n'))
    print(await reader.read(2))
    writer.write(b'quit\n')
    print(await reader.readline(), await reader.readline())
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e, e.partial, e.expected)
    writer.close()
    await writer.wait_closed()


async def many(port, n):
    async def one(i):
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.write(f'client {i}\n'.encode())
        await writer.drain()
        reply = await reader.readline()
        writer.write(b'quit\n')
        await reader.readline()
        writer.close()
        await writer.wait_closed()
        return reply
    replies = await asyncio.gather(*[one(i) for i in range(n)])
    print(sorted(replies))


async def big(port):
    # More than the socket buffers hold: write() buffers, drain() waits, the server echoes it all back.
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    payload = (b'x' * 999 + b'\n') * 3000
    writer.write(payload)
    received = bytearray()
    async def pump():
        while len(received) < len(payload):
            received.extend(await reader.readline())
    await asyncio.gather(writer.drain(), pump())
    print(len(received), received == payload.upper())
    writer.write(b'quit\n')
    await reader.readline()
    writer.close()
    await writer.wait_closed()


async def refused():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('refused:', type(e).__name__, e.errno, e.strerror == "Connect call failed ('127.0.0.1', %d)" % port)


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    addr = server.sockets[0].getsockname()
    print('serving on', addr[0], type(addr[1]).__name__, server.is_serving())
    async with server:
        await client(addr[1])
        await exact(addr[1])
        await many(addr[1], 5)
        await big(addr[1])
    print('serving after close:', server.is_serving(), server.sockets)
    await refused()


asyncio.run(main())
