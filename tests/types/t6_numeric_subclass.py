# results of numeric operations on bool and int/float subclasses are plain int/float
class MyInt(int): pass
class MyFloat(float): pass
vals = [True, MyInt(15), MyFloat(2.5), 2.5, 15]
for v in vals:
    out = []
    for f in [lambda v: round(v), lambda v: round(v, 0), lambda v: round(v, -1), lambda v: +v, lambda v: -v, lambda v: abs(v),
              lambda v: v * 1, lambda v: v // 1, lambda v: int(v), lambda v: float(v), lambda v: v.real, lambda v: v.conjugate(),
              lambda v: divmod(v, 2), lambda v: v ** 1, lambda v: v.__trunc__(), lambda v: v.__floor__(), lambda v: v.__ceil__()]:
        try:
            r = f(v)
            out.append("%r:%s" % (r, type(r).__name__))
        except Exception as e:
            out.append(type(e).__name__)
    print(type(v).__name__, " ".join(out))
print(type(MyInt(3).numerator).__name__, type(MyInt(3).denominator).__name__, type((2.5).as_integer_ratio()[0]).__name__)
print(type(True.numerator).__name__, True.imag, type(MyFloat(1.5).imag).__name__, MyInt(5).bit_length(), MyInt(-5).to_bytes(1, "big", signed=True))
