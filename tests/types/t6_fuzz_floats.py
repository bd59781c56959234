# round() with and without ndigits, is_integer, hex and as_integer_ratio over random floats (bit patterns, uniform, decimal-like)
import random, struct
r = random.Random(131)
out = []
for i in range(800):
    kind = r.random()
    if kind < 0.4:
        v = struct.unpack("<d", struct.pack("<Q", r.getrandbits(64)))[0]
    elif kind < 0.7:
        v = r.uniform(-1e6, 1e6)
    else:
        v = r.randint(-10**6, 10**6) / r.choice([1, 2, 4, 8, 10, 100, 1000])
    nd = r.choice([None, 0, 1, 2, 3, 5, 10, -1, -2, -5, 300, -300])
    try:
        res = repr(round(v, nd) if nd is not None else round(v))
    except Exception as e:
        res = type(e).__name__ + ": " + str(e)
    try:
        ratio = v.as_integer_ratio()
    except Exception as e:
        ratio = type(e).__name__
    out.append("%r %r %s %r %s %r" % (v, nd, res, v.is_integer(), v.hex(), ratio))
print("\n".join(out))
