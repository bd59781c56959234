# random slice assignment and deletion on list, bytearray and memoryview
import random
r = random.Random(71)
def rb():
    return r.choice([None, None, 0, 1, 2, 5, -1, -2, -5, 7, -7, 100, -100])
def rstep():
    return r.choice([None, None, None, 1, 2, 3, -1, -2, 0])
out = []
for i in range(800):
    s = slice(rb(), rb(), rstep())
    n = r.randint(0, 5)
    row = []
    for make, val in ((list, list(range(100, 100 + n))), (bytearray, bytes(range(65, 65 + n)))):
        q = make(range(7)) if make is list else bytearray(b"abcdefg")
        try:
            q[s] = val
            row.append(repr(q))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
        q = make(range(7)) if make is list else bytearray(b"abcdefg")
        try:
            del q[s]
            row.append(repr(q))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    m = bytearray(b"abcdefg")
    try:
        memoryview(m)[s] = bytes(range(65, 65 + n))
        row.append(repr(m))
    except Exception as e:
        row.append(type(e).__name__ + ": " + str(e))
    out.append("%r n=%d %s" % (s, n, " | ".join(row)))
print("\n".join(out))
