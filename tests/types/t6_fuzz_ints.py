# int.to_bytes/from_bytes round trips, bit_length, bit_count, round with negative digits, divmod and pow over random ints
import random
r = random.Random(121)
out = []
for i in range(600):
    n = r.choice([0, 1, -1, 255, 256, -256, -129, 2**63, -2**63, 2**64 - 1, r.randint(-2**70, 2**70), r.randint(-1000, 1000)])
    L = r.randint(0, 10)
    order = r.choice(["big", "little"])
    signed = r.random() < 0.5
    try:
        b = n.to_bytes(L, order, signed=signed)
        res = repr(b) + " " + repr(int.from_bytes(b, order, signed=signed))
    except Exception as e:
        res = type(e).__name__ + ": " + str(e)
    out.append("%r %d %s %s %s | %r %r %r %r %r" % (n, L, order, signed, res, n.bit_length(), n.bit_count(), round(n, -r.randint(0, 5)), divmod(n, r.choice([7, -7, 2**65])), pow(n, r.randint(0, 3), 97)))
print("\n".join(out))
