# File positions: tell() after buffered reads, r+ writes at the read position, a+ mode, binary buffering.
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "t.txt")
with open(path, "w") as f:
    f.write("line1\nline2\nline3\n")
with open(path) as fh:
    print(repr(fh.read(3)), fh.tell())
    print(repr(fh.readline()), fh.tell())
    fh.seek(0)
    print(repr(fh.readline()), fh.tell())
    print([line for line in fh], fh.tell())
with open(path, "r+") as fh:
    fh.seek(2)
    print(repr(fh.read(3)), fh.tell())
    fh.write("XY")
    print(fh.tell())
    fh.seek(0, 2)
    fh.write("tail\n")
    print(fh.tell())
with open(path) as fh:
    print(repr(fh.read()))
with open(path, "a+") as fh:
    print(fh.tell())
    fh.seek(0)
    print(repr(fh.read(4)), fh.tell())
    fh.write("more\n")
    print(fh.tell())
    fh.seek(0)
    print(fh.read().splitlines())
with open(path, "rb") as fh:
    print(fh.read(3), fh.tell(), fh.readline(), fh.tell(), fh.readline(3), fh.tell())
    fh.seek(-5, 2)
    print(fh.read(), fh.tell())
    fh.seek(0)
    print(fh.readlines()[:2])
with open(path, "rb+") as fh:
    print(fh.read(2), fh.tell())
    fh.write(b"__")
    print(fh.tell())
    fh.seek(-2, 1)
    print(fh.read(4))
with open(path, "w", newline="") as f:
    f.write("a\r\nbb\r\nccc\n")
with open(path) as fh:
    print(repr(fh.readline()), fh.tell(), repr(fh.readline()), fh.tell())
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo\nwörld\n")
with open(path, encoding="utf-8") as fh:
    print(repr(fh.readline()), fh.tell())
with open(path, "r+") as fh:
    fh.truncate(3)
    print(repr(fh.read()))
with open(path, "wb") as f:
    for i in range(1000):
        f.write(i.to_bytes(2, "big"))
    print(f.tell())
with open(path, "rb") as f:
    total = 0
    while chunk := f.read(2):
        total += int.from_bytes(chunk, "big")
    print(total, f.tell())
with open(path) as fh:
    try:
        fh.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        fh.seek(-1)
    except ValueError as e:
        print(e)
os.remove(path)
os.rmdir(d)
