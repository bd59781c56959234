# gzip: one-shot compress/decompress (bytes equal to CPython's for a given mtime), GzipFile and open in binary
# and text modes, multiple members, header fields, and the errors for damaged data.
import gzip
import io
import os
import struct
import tempfile
import zlib

data = b'The quick brown fox jumps over the lazy dog.\n' * 20
for level in (0, 1, 5, 6, 9):
    c = gzip.compress(data, level, mtime=1234567890)
    print(level, len(c), c[:10].hex(), c[-8:].hex(), gzip.decompress(c) == data)
print(gzip.compress(b'hello', mtime=0).hex())
print(gzip.compress(b'', mtime=1).hex())
print(gzip.decompress(gzip.compress(b'a', mtime=1) + b'\0\0' + gzip.compress(b'b', mtime=2)))
print(gzip.decompress(b''))

buf = io.BytesIO()
with gzip.GzipFile(filename='notes.txt.gz', mode='wb', fileobj=buf, mtime=1000) as f:
    print(f.write(b'line one\n'), f.write(bytearray(b'line two\n')), f.write(memoryview(b'end')))
    print(f.tell(), f.writable(), f.readable(), f.seekable(), f.closed, f.name)
raw = buf.getvalue()
print(raw[:20], len(raw))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.readline(), f.peek(3)[:3], f.read(4), f.tell(), f.mtime)
    print(f.readlines())
    print(f.read(), f.tell())
    f.seek(5)
    print(f.read(3), f.tell())
    f.seek(-2, io.SEEK_CUR)
    print(f.read(), f.read1(10))
    f.rewind()
    print(list(f))
    f.seek(0)
    print(f.read1(), f.readable(), f.writable())
print(f.closed)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.gz')
    with gzip.open(path, 'wb') as f:
        f.write(data)
    with open(path, 'rb') as f:
        head = f.read(10)
    print(head[:4], head[8:], struct.unpack('<I', head[4:8])[0] > 0)
    with gzip.open(path) as f:
        print(f.read() == data, f.name == path)
    with gzip.open(path, 'at', encoding='utf-8') as f:
        f.write('appended h\xe9\n')
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        lines = f.readlines()
        print(len(lines), lines[-1])
    with gzip.open(path, 'rb') as f:
        print(len(f.read()))
    with gzip.open(path, 'wt', newline='\r\n') as f:
        f.write('a\nb\n')
    with gzip.open(path, 'rb') as f:
        print(f.read())
    with open(path, 'rb') as f:
        print(gzip.decompress(f.read()))
    with gzip.GzipFile(path, 'w', compresslevel=1, mtime=7) as f:
        f.write(b'x')
    with open(path, 'rb') as f:
        print(f.read().hex())
    with open(path, 'wb') as f:
        f.write(b'not gzip data')
    try:
        with gzip.open(path) as f:
            f.read()
    except gzip.BadGzipFile as e:
        print(type(e).__name__, e, isinstance(e, OSError))

good = gzip.compress(b'payload' * 10, mtime=5)
cases = {
    'truncated': good[:-12],
    'no trailer': good[:-8],
    'bad crc': good[:-8] + b'\0\0\0\0' + good[-4:],
    'bad size': good[:-4] + b'\xff\0\0\0',
    'bad method': good[:2] + b'\x07' + good[3:],
    'bad magic': b'\x1f\x8c' + good[2:],
    'short header': good[:5],
}
for name, blob in cases.items():
    for how in ('decompress', 'GzipFile'):
        try:
            if how == 'decompress':
                gzip.decompress(blob)
            else:
                gzip.GzipFile(fileobj=io.BytesIO(blob)).read()
            print(name, how, 'ok')
        except (EOFError, OSError) as e:
            print(name, how, type(e).__name__, e)

# Headers with every optional field are read.
body = zlib.compress(b'fields', 9, -15)
hdr = b'\x1f\x8b\x08' + bytes([gzip.FEXTRA | gzip.FNAME | gzip.FCOMMENT | gzip.FHCRC]) + b'\0\0\0\0\0\xff'
hdr += b'\x03\x00abc' + b'name\0' + b'comment\0' + b'\0\0'
blob = hdr + body + struct.pack('<II', zlib.crc32(b'fields'), 6)
print(gzip.decompress(blob), gzip.GzipFile(fileobj=io.BytesIO(blob)).read())

w = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
for bad in (lambda: w.read(), lambda: w.read1(), lambda: w.peek(1), lambda: w.rewind(),
            lambda: w.seek(0, io.SEEK_END)):
    try:
        bad()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
w.write(b'ab')
print(w.seek(5), w.tell())
try:
    w.seek(1)
except OSError as e:
    print(e)
w.close()
w.close()
for bad in (lambda: w.write(b'x'), lambda: w.flush()):
    try:
        bad()
    except ValueError as e:
        print(e)
r = gzip.GzipFile(fileobj=io.BytesIO(good), mode='rb')
try:
    r.write(b'x')
except OSError as e:
    print(e.errno, e)
for bad in (lambda: gzip.open('x', 'rtb'), lambda: gzip.open('x', 'rb', encoding='utf-8'),
            lambda: gzip.open('x', 'rb', errors='strict'), lambda: gzip.open('x', 'rb', newline='\n'),
            lambda: gzip.open(123), lambda: gzip.GzipFile('x', 'rt'), lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='z')):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
