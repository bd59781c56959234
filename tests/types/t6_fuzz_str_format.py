# str.format over random field strings: escapes, auto/manual numbering, attributes, keys, conversions, nested specs, errors
import random
r = random.Random(31)
pieces = ["{", "}", "{}", "{0}", "{a}", "0", "1", "a", ".", "real", "[", "]", "[0]", "[k]", "!", "r", "s", "x", ":", ">", "5", "d", "{{", "}}", " ", "é", "{1}", "!r", ":>{1}"]
class O:
    real = 3
    def __repr__(self): return "O()"
    def __format__(self, spec): return "O:" + spec
out = []
for i in range(2000):
    f = "".join(r.choice(pieces) for _ in range(r.randint(1, 6)))
    try:
        res = repr(f.format(7, "zz", a=O(), k=[1]))
    except Exception as e:
        res = type(e).__name__ + ": " + str(e)
    out.append("%r %s" % (f, res))
print("\n".join(out))
