# format() over random format specs built from the mini-language grammar, for int, float, str, bool and complex values
import random
r = random.Random(12)
fills = ["", "", "*", "0", "x", "é", "{"]
aligns = ["", "", "<", ">", "=", "^"]
signs = ["", "", "+", "-", " "]
types_ = ["", "", "d", "b", "o", "x", "X", "c", "e", "E", "f", "F", "g", "G", "n", "%", "s", "r"]
vals = [0, 7, -42, 255, 10**20, -(10**25), 1.5, -0.0, 0.0001234, 12345.6789, -1e300, float("inf"), float("nan"), True, "abc", "", 1 + 2j, -1.5j]
out = []
for i in range(2500):
    f = r.choice(fills)
    a = r.choice(aligns)
    spec = (f + a if a else "") + r.choice(signs) + r.choice(["", "", "z"]) + r.choice(["", "", "#"]) + r.choice(["", "", "0"]) \
        + r.choice(["", "", "5", "12", "1"]) + r.choice(["", "", ",", "_"]) + r.choice(["", "", ".0", ".3", ".12"]) + r.choice(types_)
    v = r.choice(vals)
    try:
        res = repr(format(v, spec))
    except Exception as e:
        res = type(e).__name__ + ": " + str(e)
    out.append("%r %r %s" % (v, spec, res))
print("\n".join(out))
