# float: parsing, methods, arithmetic corner cases and error messages
def t(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["1.5", " -2.5e3 ", "1_000.5", "1__0", "inf", "-Infinity", "+nan", "NaN", "-nan", "infinity", "infinit", "1e500", "-1e500",
          "1e-400", ".5", "5.", ".", "e5", "0x10", "1.5j", "", "  ", "1,5", "١.٥", "0.1e-1_0", "1_e5", "1e_5", "\u20071.5"]:
    t("float(%r)" % s, float, s)
t("float-bytes", float, b"2.5")
t("float-bytearray", float, bytearray(b"1e3"))
t("float-none", float, None)
t("float-list", float, [1.0])
t("float-bigint", float, 10**400)
t("float-int", float, 2**53 + 1)
t("float-noarg", float)
class F:
    def __float__(self): return 2.5
class Idx:
    def __index__(self): return 7
class BadF:
    def __float__(self): return 1
t("float-dunder", float, F())
t("float-index", float, Idx())
t("float-bad-dunder", float, BadF())
for v in [0.0, -0.0, 1.5, -2.75, 1e300, 5e-324, 0.1, 3.0, float("inf"), float("nan")]:
    print(repr(v), v.hex(), v.is_integer())
for v in [0.0, 1.5, -2.75, 0.1, 3.0, 1e300, 5e-324]:
    print(v.as_integer_ratio(), float.fromhex(v.hex()) == v)
t("ratio-inf", (float("inf")).as_integer_ratio)
t("ratio-nan", (float("nan")).as_integer_ratio)
for s in ["0x1.8p1", "-0x1p-1074", "0x.8", "1p4", "0X1.FFFFFFFFFFFFFP+1023", "0x1p1024", "inf", "-nan", " 0x1 ", "0x1.g", "0x", "0x1p", "0x1.000000000000008p0", "0x1.000000000000018p0"]:
    t("fromhex(%r)" % s, float.fromhex, s)
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 1e300, 12345.6789, -0.0]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, 0), type(round(v)).__name__)
t("round-inf", round, float("inf"))
t("round-nan", round, float("nan"))
t("round-inf-nd", round, float("inf"), 2)
t("round-big-nd", round, 1.5, 400)
t("round-neg-big-nd", round, 1.5, -400)
t("round-nd-float", round, 1.5, 1.0)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(0.0, 1.0), divmod(-0.0, 1.0), 7.5 // 2, -7.5 % 2, 7.5 % -2, -0.0 % 1.0)
print(5.0 % float("inf"), -5.0 % float("inf"), 5.0 // float("inf"), -5.0 // float("inf"))
t("fdiv-zero", lambda: 1.0 / 0)
t("ffloordiv-zero", lambda: 1.0 // 0.0)
t("fmod-zero", lambda: 1.0 % 0.0)
t("fdivmod-zero", divmod, 1.0, 0.0)
t("fpow-overflow", lambda: 10.0 ** 400)
t("fpow-neg-frac", lambda: (-8.0) ** 0.5)
t("fpow-zero-neg", lambda: 0.0 ** -1)
t("fmul-overflow", lambda: 1e300 * 1e300)
t("int-float-overflow", lambda: 2 ** 2000 + 0.5)
print(2.0 ** 0.5, 2 ** -1, (-2.0) ** 2, (-2.0) ** 3, 1.0 ** float("nan"), float("nan") ** 0, float("inf") ** -1)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1.5e-7, -1e22, 2.5e-5)
print(float("inf") - float("inf"), float("inf") * 0, -float("nan"), abs(-0.0), -(0.0))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(1e100), hash(float("inf")), hash(-float("inf")), hash(2.0**61), hash(-1.0))
print(1.0 == 1, 0.1 == 1 / 10, float("nan") == float("nan"), 2**53 + 1 > 2.0**53, 2**1000 < float("inf"), 1e308 * 10 == float("inf"))
print((1.5).real, (1.5).imag, (1.5).conjugate(), (2.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__round__(), (2.675).__round__(2))
import math
print(math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5), int(-0.5), int(2.9999999999999996))
t("float-attr", getattr, 1.5, "nope")
t("float-add-str", lambda: 1.5 + "a")
t("float-cmp-str", lambda: 1.5 < "a")
t("float-int-cmp-big", lambda: (2.0**63 == 2**63, 2.0**63 < 2**63 + 1, float(2**63 - 1)))
print(float.__name__, float(True), float(-5), str(1e16), str(-1.0), format(1e16), repr(1.0e-4), 1e22, 1e21, 9.999999999999999e22)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]), sum([1, 2.5], 0.5))
