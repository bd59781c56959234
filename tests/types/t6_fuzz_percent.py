# printf-style formatting of str and bytes over random conversion specs, flags, widths and precisions
import random
r = random.Random(21)
vals = [0, 7, -42, 255, 10**20, -(10**25), 1.5, -0.0, 0.0001234, 12345.6789, -1e300, float("inf"), float("nan"), True, "abc", "", "é", b"x", [1], None, 3.99]
out = []
for i in range(1500):
    spec = "%" + r.choice(["", "", "-", "+", " ", "#", "0", "-0", "+#", " 0", "#0"]) + r.choice(["", "", "5", "12", "*"]) \
        + r.choice(["", "", ".0", ".3", ".12", ".*"]) + r.choice("diouxXeEfFgGcrsa%")
    v = r.choice(vals)
    args = []
    if "*" in spec.split(".")[0]:
        args.append(r.choice([4, -6, 0]))
    if ".*" in spec:
        args.append(r.choice([2, 0, -1]))
    args.append(v)
    try:
        res = repr(spec % tuple(args))
    except Exception as e:
        res = type(e).__name__ + ": " + str(e)
    out.append("%r %r %s" % (spec, args, res))
print("\n".join(out))
r = random.Random(22)
vals = [0, 7, -42, 255, 10**20, -(10**25), 1.5, -0.0, 0.0001234, 12345.6789, -1e300, float("inf"), float("nan"), True, b"abc", b"", bytearray(b"q"), "s", [1], None, 3.99]
out = []
for i in range(1500):
    spec = "%" + r.choice(["", "", "-", "+", " ", "#", "0", "-0", "+#", " 0", "#0"]) + r.choice(["", "", "5", "12", "*"]) \
        + r.choice(["", "", ".0", ".3", ".12", ".*"]) + r.choice("diouxXeEfFgGcrsab%")
    v = r.choice(vals)
    args = []
    if "*" in spec.split(".")[0]:
        args.append(r.choice([4, -6, 0]))
    if ".*" in spec:
        args.append(r.choice([2, 0, -1]))
    args.append(v)
    try:
        res = repr(spec.encode() % tuple(args))
    except Exception as e:
        res = type(e).__name__ + ": " + str(e)
    out.append("%r %r %s" % (spec, args, res))
print("\n".join(out))
