import struct
print(struct.pack("<i", -2), struct.pack(">I", 1), struct.pack("<hHbB", -1, 65535, -128, 255), struct.pack("<q", 2**62), struct.pack(">Q", 2**64 - 1))
print(struct.pack("<f", 1.5), struct.pack(">d", -0.1), struct.pack("<e", 1.5), struct.pack("<?c", True, b"x"), struct.pack("5s", b"hi"), struct.pack("3p", b"abcd"))
print(struct.unpack("<i", b"\xfe\xff\xff\xff"), struct.unpack(">HH", b"\x00\x01\xff\xff"), struct.unpack("<d", struct.pack("<d", 3.14)), struct.unpack("<e", b"\x00\x3e"))
print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("3s2x"), struct.calcsize("@qbq"))
print(struct.pack("@bi", 1, 2), struct.unpack("@bi", struct.pack("@bi", 1, 2)), struct.pack("!h", 258), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
print(struct.unpack_from("<h", b"\x00\x01\x02", 1), struct.unpack("<Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8))
buf = bytearray(6)
struct.pack_into("<hI", buf, 0, 5, 7)
print(buf)
for bad in [lambda: struct.pack("<b", 200), lambda: struct.pack("<i"), lambda: struct.unpack("<i", b"\x00"), lambda: struct.pack("<i", "x")]:
    try:
        bad()
    except struct.error as e:
        print("struct.error:", e)
