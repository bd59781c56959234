# random slices (None, negative, huge bounds and steps) over list, tuple, str, bytes, bytearray, ranges and memoryview; slice.indices
import random
r = random.Random(61)
def rb():
    return r.choice([None, None, 0, 1, 2, 5, -1, -2, -5, 7, -7, 100, -100, 2**65, -2**65])
def rstep():
    return r.choice([None, None, 1, 2, 3, -1, -2, -3, 10, -10, 2**40, -2**40, 0])
base = list(range(7))
seqs = [base, tuple(base), "abcdefg", b"abcdefg", bytearray(b"abcdefg"), range(7), range(3, 40, 5), range(10, -5, -3)]
out = []
for i in range(800):
    s = slice(rb(), rb(), rstep())
    row = []
    for q in seqs:
        try:
            v = q[s]
            row.append(repr(list(v) if isinstance(v, range) else v))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    try:
        row.append(repr(memoryview(b"abcdefg")[s].tobytes()))
    except Exception as e:
        row.append(type(e).__name__ + ": " + str(e))
    try:
        row.append(repr(s.indices(7)))
    except Exception as e:
        row.append(type(e).__name__ + ": " + str(e))
    out.append("%r %s" % (s, " | ".join(row)))
print("\n".join(out))
