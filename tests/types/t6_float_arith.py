# float/int arithmetic table: %, //, divmod, /, ** over signed zeros, infinities, nan, huge and tiny values
vals = [0.0, -0.0, 1.5, -1.5, 7.0, -7.0, 1e300, -1e-300, float("inf"), float("-inf"), float("nan"), 3, -3, 0]
out = []
for a in vals:
    for b in vals:
        row = []
        for op in ("%", "//", "divmod", "/", "**"):
            try:
                if op == "%": r = a % b
                elif op == "//": r = a // b
                elif op == "divmod": r = divmod(a, b)
                elif op == "/": r = a / b
                else: r = a ** b
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__ + ":" + str(e))
        out.append("%r %r %s" % (a, b, " | ".join(row)))
print("\n".join(out))
for a, b in [(complex(1e200, 0), 2), (complex(1e200, 1), 2.5), (complex(float("inf"), 0), 2), (2j, 1e10), (-8.0, 1 / 3)]:
    try:
        print(a ** b)
    except Exception as e:
        print(type(e).__name__, e)
