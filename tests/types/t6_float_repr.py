# repr(float) is the shortest string that round-trips, over random bit patterns and decimal-looking values
import struct, random
rnd = random.Random(2024)
vals = []
for i in range(1000):
    v = struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]
    if v == v and abs(v) != float("inf"):
        vals.append(v)
for i in range(1000):
    vals.append(rnd.random() * 10 ** rnd.randint(-30, 30))
    vals.append(i * 0.1)
    vals.append(rnd.randint(1, 10**6) / 1000)
vals += [2e23, 5e-324, 1e-323, 2.5e-323, 1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308,
         9007199254740993.0, 1e16, 1e22, 1e23, 0.1 + 0.2, 4.35, 1 / 3, 123456789012345678, 1.5e-7, 0.0001, 1e-5]
for k in range(0, len(vals), 8):
    print(" ".join(repr(v) for v in vals[k:k + 8]))
print(str(-2.5e-5), format(1e300 * 10), [0.1, -0.0], (1e16, 1e15), {2.5: 1e-10})
