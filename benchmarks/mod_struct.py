# Issue 7: struct.pack / struct.unpack in a loop.
import struct

total = 0
s = struct.Struct("<iHdq")
for i in range(300000):
    b = struct.pack("<iHdq", i, i % 65536, i * 0.5, -i)
    a, h, d, q = struct.unpack("<iHdq", b)
    total += a + h + int(d) + q
    total += s.unpack(s.pack(i, 1, 2.0, 3))[0]
print(total)
