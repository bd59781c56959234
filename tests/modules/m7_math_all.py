# Every function and constant of the math module, with CPython's errors.
import math

inf = float("inf")
nan = float("nan")


# Krait documents that these may differ from the C library's in the last digit: 12 significant digits are shown.
APPROX = {"erf", "erfc", "gamma", "lgamma", "cbrt", "sin", "cos", "tan"}


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        if label.split("(")[0] in APPROX and isinstance(r, float):
            print(label, "->", type(r).__name__, "%.12g" % r)
        else:
            print(label, "->", type(r).__name__, repr(r))


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


class Floorable:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(sorted(n for n in dir(math) if not n.startswith("_")))

# one-argument real functions over ordinary, boundary and special values
unary = ["sqrt", "exp", "exp2", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
         "tanh", "asinh", "acosh", "atanh", "fabs", "log", "log2", "log10", "log1p", "cbrt", "degrees",
         "radians", "erf", "erfc"]
values = [0, 0.0, -0.0, 0.5, -0.5, 1, -1, 2, 10, -10, 1e-300, 1e300, 709, -710, 1e16, inf, -inf, nan,
          True, 2**1000, Flt()]
for name in unary:
    f = getattr(math, name)
    for v in values:
        show(name + "(" + (repr(v) if not isinstance(v, Flt) else "Flt()") + ")", f, v)

for name in ["gamma", "lgamma"]:
    f = getattr(math, name)
    for v in [0.5, 1, 2, 5, 10.0, 0, -0.0, -1, -2.5, 171.7, 172, -200.5, 1e-320, inf, -inf, nan]:
        show(name + "(" + repr(v) + ")", f, v)

for name in unary + ["gamma", "lgamma"]:
    show(name + "('x')", getattr(math, name), "x")
    show(name + "(None)", getattr(math, name), None)
    show(name + "(1j)", getattr(math, name), 1j)
show("sqrt()", math.sqrt)
show("sqrt(1, 2)", math.sqrt, 1, 2)
show("log(2**10000)", math.log, 2**10000)
show("log(-2**10000)", math.log, -2**10000)
show("log2(2**10000)", math.log2, 2**10000)
show("log10(10**400)", math.log10, 10**400)
show("log(8, 2)", math.log, 8, 2)
show("log(100, 10)", math.log, 100, 10)
show("log(10, 1)", math.log, 10, 1)
show("log(0, 2)", math.log, 0, 2)
show("log(2, 0)", math.log, 2, 0)
show("log(2, -1)", math.log, 2, -1)
show("log(2**2000, 2)", math.log, 2**2000, 2)
show("log(1, 2, 3)", math.log, 1, 2, 3)
show("log()", math.log)
show("exp(1000)", math.exp, 1000)
show("exp(-1000)", math.exp, -1000)
show("exp(2**100)", math.exp, 2**100)
show("sqrt(2**2000)", math.sqrt, 2**2000)
show("float(10**400)", lambda: math.sqrt(10**400))

# two-argument functions
for name in ["atan2", "copysign", "pow", "fmod", "remainder", "nextafter"]:
    f = getattr(math, name)
    for a, b in [(1, 2), (-1, 2), (0.0, -0.0), (-0.0, 0.0), (1, 0), (0, 0), (-3, 0.5), (5.5, 2), (-5.5, 2),
                 (inf, 1), (1, inf), (-inf, -inf), (inf, inf), (nan, 1), (1, nan), (0, -1), (0.0, -inf),
                 (10, 3), (-10, 3), (2, 1024), (1e308, 10), (-8, 1 / 3), (3, 2**70)]:
        show("%s(%r, %r)" % (name, a, b), f, a, b)
    show(name + "('a', 1)", f, "a", 1)
    show(name + "(1)", f, 1)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0))
print(math.nextafter(math.inf, 0), math.nextafter(-math.inf, 0), math.nextafter(1.7976931348623157e308, inf))

# ulp
for v in [1.0, 2.0, 0.0, -1.0, 1e300, 5e-324, 1.7976931348623157e308, inf, -inf, nan, 10, 2**60]:
    show("ulp(%r)" % (v,), math.ulp, v)

# rounding
for name in ["floor", "ceil", "trunc"]:
    f = getattr(math, name)
    for v in [1.5, -1.5, 2, -0.5, True, 2**100, 1e20, -1e20, 0.0, inf, -inf, nan, Floorable(), Flt(), "x", None]:
        show("%s(%s)" % (name, type(v).__name__ if isinstance(v, (Floorable, Flt)) else repr(v)), f, v)

# frexp, ldexp, modf
for v in [0.0, -0.0, 1.0, 8, -3.5, 0.1, 5e-324, 1e308, inf, -inf, nan, 2**1023]:
    show("frexp(%r)" % (v,), math.frexp, v)
    show("modf(%r)" % (v,), math.modf, v)
for a, b in [(1.0, 10), (0.5, 1024), (1, 1025), (1, -1074), (1, -1075), (1, -1076), (-1, 2**70), (1, -2**70),
             (0.0, 2**70), (inf, -5), (nan, 3), (1.5, 1.0), (3, True), ("x", 1), (1, Idx())]:
    show("ldexp(%r, %s)" % (a, "Idx()" if isinstance(b, Idx) else repr(b)), math.ldexp, a, b)
show("frexp('x')", math.frexp, "x")

# isnan / isinf / isfinite / isclose
for v in [0, 1.5, inf, -inf, nan, 2**2000, True]:
    try:
        print(v if v != 2**2000 else "big", math.isnan(v), math.isinf(v), math.isfinite(v))
    except OverflowError as e:
        print("OverflowError", e)
show("isnan('x')", math.isnan, "x")
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2),
      math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf),
      math.isclose(inf, -inf), math.isclose(nan, nan), math.isclose(1, 1), math.isclose(inf, 1e308))
show("isclose(1, 2, rel_tol=-1)", lambda: math.isclose(1, 2, rel_tol=-1))
show("isclose(1, 2, abs_tol=-1)", lambda: math.isclose(1, 2, abs_tol=-1))
show("isclose(1, 2, 0.5)", lambda: math.isclose(1, 2, 0.5))
show("isclose(1)", lambda: math.isclose(1))
show("isclose(1, 2, foo=1)", lambda: math.isclose(1, 2, foo=1))

# integer functions
for n in [0, 1, 5, 20, 21, 30, 100, True, Idx()]:
    show("factorial(%s)" % ("Idx()" if isinstance(n, Idx) else repr(n)), math.factorial, n)
for n in [-1, 5.0, 5.5, "5", None, 2**64, -2**64, 10**30]:
    show("factorial(%r)" % (n,), math.factorial, n)
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))

for n in [0, 1, 2, 3, 15, 16, 17, 99, 100, 10**20, 2**64, 2**64 - 1, 2**128 + 5, 10**100, True, Idx()]:
    show("isqrt(%s)" % ("Idx()" if isinstance(n, Idx) else repr(n)), math.isqrt, n)
for n in [-1, -2**70, 4.0, "4", None]:
    show("isqrt(%r)" % (n,), math.isqrt, n)

for args in [(5, 2), (10, 0), (10, 10), (10, 11), (0, 0), (52, 5), (100, 50), (2**70, 2), (2**70, 2**70 - 1),
             (5, -1), (-5, 2), (5.0, 2), (5, 2.0), ("5", 2), (True, True), (Idx(), 3), (1000, 500)]:
    show("comb%r" % (args,) if not isinstance(args[0], Idx) else "comb(Idx(), 3)", math.comb, *args)
    show("perm%r" % (args,) if not isinstance(args[0], Idx) else "perm(Idx(), 3)", math.perm, *args)
show("comb(5)", math.comb, 5)
show("perm(5)", math.perm, 5)
show("perm(5, None)", math.perm, 5, None)
show("perm(-5)", math.perm, -5)
show("perm(2**70, 2**62)", lambda: math.perm(2**200, 2**64) and None)
show("comb(2**200, 2**64)", lambda: math.comb(2**200, 2**64) and None)
print(math.comb(1000, 500) % 1000003, math.perm(60, 30) % 1000003)

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(0, 0),
      math.gcd(-4, 6), math.gcd(2**100, 2**80 * 3), math.gcd(10**30, 10**20 + 5), math.gcd(True, 4),
      math.gcd(*range(6, 1000, 6)), math.gcd(Idx(), 14))
print(math.lcm(), math.lcm(0), math.lcm(-12), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5),
      math.lcm(-4, 6), math.lcm(2**64, 3), math.lcm(*range(1, 21)), math.lcm(Idx(), 3))
show("gcd(1.0, 2)", math.gcd, 1.0, 2)
show("gcd('a')", math.gcd, "a")
show("lcm(1, 2.5)", math.lcm, 1, 2.5)
show("gcd(a=1)", lambda: math.gcd(a=1))

# prod, fsum
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10),
      math.prod([], start=5), math.prod([[1]], start=1), math.prod(iter([2**40, 2**40])), math.prod([True, True]),
      math.prod([1, 2], start=0.5), math.prod(["ab"], start=1), math.prod([2, 3], start=[0]))
from fractions import Fraction
print(math.prod([Fraction(1, 2), Fraction(2, 3)]), math.prod([2, Fraction(1, 4)]))
show("prod(1)", math.prod, 1)
show("prod(['a', 'b'])", math.prod, ["a", "b"])
show("prod([1], 2)", lambda: math.prod([1], 2))
show("prod()", math.prod)
print(math.fsum([]), math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
      math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([-0.0, -0.0]), math.fsum([0.0, -0.0]),
      math.fsum(x / 3 for x in range(100)), math.fsum([2**53, 1, 1]))
for args in [[1e308, 1e308, -1e308], [inf, 1], [-inf, 1], [inf, -inf], [nan, 1], [inf, nan], [1e308, 1e308], [-1e308, -1e308], ["x"], [2**2000]]:
    show("fsum(%r)" % (args if args != [2**2000] else "[big]",), math.fsum, args)
show("fsum(3)", math.fsum, 3)

# hypot, dist
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(1, 1, 1, 1),
      math.hypot(1e300, 1e300), math.hypot(1e-300, 1e-300), math.hypot(*range(10)), math.hypot(0.1, 0.2, 0.3))
print(math.hypot(inf, nan), math.hypot(nan, 1), math.hypot(-inf, 1), math.hypot(1e308, 1e308, 1e308, 1e308))
show("hypot('a')", math.hypot, "a")
show("hypot(x=1)", lambda: math.hypot(x=1))
print(math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), (4, 6, 3)), math.dist([], []), math.dist([1.5], [-1.5]),
      math.dist((0.1, 0.2), (0.3, 0.4)), math.dist([inf, 1], [1, 1]), math.dist([1e308, -1e308], [-1e308, 1e308]))
show("dist([1], [1, 2])", math.dist, [1], [1, 2])
show("dist([1], 'a')", math.dist, [1], "a")
show("dist([1], [None])", math.dist, [1], [None])
show("dist(1, 2)", math.dist, 1, 2)
show("dist(iter([1]), [2])", math.dist, iter([1]), [2])

# pow special cases (C99 Annex F)
for a, b in [(0.0, -1), (-0.0, -1), (-0.0, -2), (0.0, -inf), (-1, inf), (-1, -inf), (0.5, inf), (0.5, -inf), (2, -inf),
             (-inf, 3), (-inf, -3), (-inf, 2), (-inf, -2), (inf, -1), (nan, 0), (1, nan), (-2, 0.5), (1e10, 1e10),
             (-1e10, 1e10 + 1), (2, -1075)]:
    show("pow(%r, %r)" % (a, b), math.pow, a, b)

# trig and hyperbolic special values
print(math.sin(math.pi), math.cos(math.pi), math.tan(math.pi / 4), math.atan(inf), math.atan2(inf, inf),
      math.atan2(-inf, -inf), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.tanh(inf), math.tanh(-inf),
      math.asinh(-0.0), math.atanh(-0.0), math.sinh(-0.0), math.cosh(0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1), math.exp(1), math.exp2(10),
      math.expm1(1e-10), math.log1p(1e-10), round(math.cbrt(27), 12), math.cbrt(-8), math.sqrt(2))
print(["%.12g" % v for v in [math.erf(0.5), math.erfc(0.5), math.erf(3), math.erfc(10), math.gamma(4.5), math.lgamma(100), math.lgamma(-0.5)]])
print(math.fabs(-0.0), math.copysign(1, -0.0), math.copysign(1, nan), math.fmod(-0.0, 1), math.fmod(7, -3),
      math.remainder(7, 2), math.remainder(5, 2), math.remainder(-5, 2), math.remainder(1e300, 3))
print(math.pow(2, 0.5), math.pow(-2, 3), math.pow(4, -0.5), math.pow(2, 2**5), 2 ** 0.5 == math.sqrt(2))
print(math.log(math.e), math.log(1), math.log2(8), math.log2(1e-300), math.log10(1000), math.log10(2**100),
      math.log2(2**64 + 1), math.log(2**64), math.log(10**50, 10), math.log(Fraction(1, 2)), math.log1p(-0.5))
print(math.floor(-2**100 - 0.5), math.ceil(2.0**70), math.trunc(-2.5), math.floor(Fraction(7, 2)), math.ceil(Fraction(-7, 2)),
      math.trunc(Fraction(-7, 2)))
# large integers as floats
show("sqrt(10**400)", math.sqrt, 10**400)
show("exp(10**400)", math.exp, 10**400)
show("isinf(10**400)", math.isinf, 10**400)
show("fabs(-2**1024)", math.fabs, -2**1024)
show("fabs(-2**1023)", math.fabs, -2**1023)
show("atan2(10**400, 1)", math.atan2, 10**400, 1)
