# memoryview casts to every native format over random bytes: attributes, tolist, indexing, writes and their range errors, strided slices
import random
r = random.Random(111)
fmts = "BbcHhIiLlQqNnfd?P"
vals = [0, 1, -1, 127, 128, 255, 256, -129, 65535, 2**31, -2**31, 2**32, 2**63, -2**63, 2**64, 1.5, -0.0, b"x", b"", True, "s", None]
out = []
for i in range(500):
    ba = bytearray(r.getrandbits(8) for _ in range(16))
    f = r.choice(fmts)
    row = []
    try:
        m = memoryview(ba).cast(f)
        row.append(repr((m.format, m.itemsize, len(m), m.nbytes, m.shape, m.strides)))
        row.append(repr(m.tolist()))
        j = r.randint(-len(m) - 1, len(m))
        row.append(repr(m[j]))
    except Exception as e:
        row.append(type(e).__name__ + ": " + str(e))
    try:
        m = memoryview(ba).cast(f)
        v = r.choice(vals)
        m[r.randint(0, len(m) - 1)] = v
        row.append(repr(bytes(ba)))
    except Exception as e:
        row.append(type(e).__name__ + ": " + str(e))
    try:
        m = memoryview(ba).cast(f)
        s = m[r.randint(-3, 3):r.randint(-3, 5):r.choice([1, 2, -1])]
        row.append(repr((s.tolist(), s.nbytes, s.contiguous, s == s, s.tobytes() == bytes(s))))
    except Exception as e:
        row.append(type(e).__name__ + ": " + str(e))
    out.append("%s %s" % (f, " | ".join(row)))
print("\n".join(out))
