# struct over every byte order and code: sizes, alignment, padding, bools, halves, strings, the Struct object,
# the format cache, and the errors (wrong argument counts, out-of-range values, bad types, short buffers).
import struct

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for order in "@=<>!":
    for code in "xcbB?hHiIlLqQefd" + ("nNP" if order == "@" else ""):
        fmt = order + code
        print(fmt, struct.calcsize(fmt), struct.calcsize(order + "b" + code), struct.calcsize(order + "3" + code), end="; ")
    print()

for fmt, vals in [("<iHdq", (-5, 65535, 2.5, -(2 ** 63))), (">iHdq", (7, 0, -0.0, 2 ** 63 - 1)), ("!bBhH", (-128, 255, -32768, 65535)),
                  ("=lLqQ", (-2 ** 31, 2 ** 32 - 1, -1, 2 ** 64 - 1)), ("@bi", (1, 2)), ("@bq", (1, 2)), ("@ci", (b"z", 3)),
                  ("<3x?x?", (True, 0)), ("<?", ([],)), ("<?", ("x",)), ("<e", (1.5,)), (">e", (-65504.0,)), ("<e", (1e-7,)),
                  ("<f", (3.1,)), ("<d", (float("inf"),)), ("<3s", (b"abcdef",)), ("<3s", (b"a",)), ("<5p", (b"abcdefgh",)),
                  ("<p", (b"abc",)), ("<0s", (b"abc",)), ("<2i3h", (1, 2, 3, 4, 5)), ("< i  h ", (1, 2)), ("@nNP", (-1, 2, 3)),
                  ("<s", (bytearray(b"q"),)), ("<c", (bytearray(b"q"),)), ("", ()), ("<0i", ()), ("@b0i", (1,)),
                  ("<I", (True,)), ("<q", (2 ** 40,)), ("<Q", (0,)), (b"<h", (3,))]:
    try:
        packed = struct.pack(fmt, *vals)
        print(fmt, packed, struct.unpack(fmt, packed), struct.calcsize(fmt))
    except Exception as e:
        print(fmt, type(e).__name__, e)

show("nan e", lambda: struct.unpack("<e", struct.pack("<e", float("nan")))[0] != 0)
show("half big", lambda: struct.pack("<e", 65520.0))
show("float big", lambda: struct.pack("<f", 1e40))
show("too few", lambda: struct.pack("<ii", 1))
show("too many", lambda: struct.pack("<i", 1, 2))
show("none", lambda: struct.pack("<i"))
show("no args", lambda: struct.pack())
show("b range", lambda: struct.pack("<b", 128))
show("B range", lambda: struct.pack("<B", -1))
show("h range", lambda: struct.pack(">h", 40000))
show("H range", lambda: struct.pack("!H", 70000))
show("i range", lambda: struct.pack("<i", 2 ** 31))
show("I range", lambda: struct.pack("<I", -1))
show("q range", lambda: struct.pack("<q", 2 ** 63))
show("Q range", lambda: struct.pack("<Q", -1))
show("native b", lambda: struct.pack("b", 200))
show("native i", lambda: struct.pack("i", 2 ** 40))
show("native L", lambda: struct.pack("L", -1))
show("float for int", lambda: struct.pack("<i", 1.0))
show("str for int", lambda: struct.pack("<i", "1"))
show("int for float", lambda: struct.pack("<d", 1))
show("str for float", lambda: struct.pack("<d", "x"))
show("str for s", lambda: struct.pack("<2s", "ab"))
show("c long", lambda: struct.pack("<c", b"ab"))
show("c str", lambda: struct.pack("<c", "a"))
show("bad char", lambda: struct.calcsize("<y"))
show("bad native", lambda: struct.calcsize("<n"))
show("repeat", lambda: struct.calcsize("<3"))
show("fmt type", lambda: struct.pack(3, 1))
show("unpack short", lambda: struct.unpack("<i", b"abc"))
show("unpack long", lambda: struct.unpack("<i", b"abcde"))
show("unpack_from", lambda: struct.unpack_from("<h", b"abcdef", 3))
show("unpack_from kw", lambda: struct.unpack_from("<h", buffer=b"abcdef", offset=4))
show("unpack_from short", lambda: struct.unpack_from("<i", b"abcdef", 4))
show("iter_unpack", lambda: list(struct.iter_unpack("<h", b"abcdef")))
show("iter_unpack bad", lambda: struct.iter_unpack("<i", b"abcdef"))
ba = bytearray(8)
struct.pack_into("<hh", ba, 2, 1, -1)
print(ba)
show("pack_into short", lambda: struct.pack_into("<q", ba, 4, 1))
show("pack_into neg", lambda: struct.pack_into("<h", ba, -2, 5) or ba)

s = struct.Struct("<iHdq")
print(s.format, s.size, s.pack(1, 2, 3.0, 4), s.unpack(s.pack(1, 2, 3.0, 4)), s.unpack_from(b"\0" * 30, 2))
print(struct.Struct(b">h").format, struct.Struct("h").size, type(s).__name__)
show("Struct too many", lambda: s.pack(1, 2, 3.0, 4, 5))
show("Struct unpack size", lambda: s.unpack(b"\0" * 23))
show("Struct bad", lambda: struct.Struct("<Z"))
total = 0
for i in range(2000):
    b = struct.pack("<iHdq", i, i % 65536, i * 0.5, -i)
    a, h, d, q = struct.unpack("<iHdq", b)
    total += a + h + int(d) + q + s.unpack(s.pack(i, 1, 2.0, 3))[0]
print(total)

# The range errors differ by code and byte order (CPython's packing functions name the C type, the code, or fail
# in the byte conversion).
class Index:
    def __index__(self):
        return 300
for order in "@<=>!":
    for code in "bBhHiIlLqQ" + ("nNP" if order == "@" else ""):
        row = []
        for v in (-1, -2 ** 15 - 1, 2 ** 16, 2 ** 32, 2 ** 64, -2 ** 63 - 1, Index()):
            try:
                row.append(struct.pack(order + code, v).hex())
            except struct.error as e:
                row.append(str(e))
        print(order + code, " | ".join(row))

# Large repeat counts cost nothing until values are packed.
print(struct.calcsize("100000000i"), struct.calcsize("@b100000000q"), struct.Struct("<500000000H").size,
      struct.calcsize("1000000000x"), struct.unpack("<3H2x0i2B", bytes(range(10))), struct.pack(">3B0s2b", 1, 2, 3, b"", -1, -2))
