# Every function and constant of the cmath module: ordinary values, branch cuts, special values, errors.
import cmath
import math

inf = float("inf")
nan = float("nan")


def fmt(x):
    # 12 significant digits: the JVM's elementary functions may differ from the C library's in the last one.
    if isinstance(x, complex):
        return "(%s, %s)" % (fmt(x.real), fmt(x.imag))
    if isinstance(x, tuple):
        return "(" + ", ".join(fmt(v) for v in x) + ")"
    if isinstance(x, float):
        if x == 0 or x != x or x in (inf, -inf):
            return repr(x)
        return "%.12g" % x
    return repr(x)


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", type(r).__name__, fmt(r))


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.infj).__name__, type(cmath.inf).__name__)
print(sorted(n for n in dir(cmath) if not n.startswith("_")))

names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
         "asinh", "acosh", "atanh"]
ordinary = [0, 1, -1, 2.5, 0.5j, 1 + 2j, -3 + 4j, -0.5 - 0.25j, 1e-20 + 1e-20j, 1e200 + 1e200j, 3 - 1e-10j,
            complex(-2, 0.0), complex(-2, -0.0), complex(2, 0.0), complex(2, -0.0), complex(0.0, 2),
            complex(-0.0, -2), complex(1, 0), complex(-1, 0), 1e300, -1e300j, True]
for name in names:
    f = getattr(cmath, name)
    for z in ordinary:
        show("%s(%r)" % (name, z), f, z)

# the special values of C99 Annex G, on the whole grid
grid = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
for name in names:
    f = getattr(cmath, name)
    for x in grid:
        print(name, fmt(x), end=":")
        for y in grid:
            try:
                r = f(complex(x, y))
                print("", fmt(r), end="")
            except ValueError:
                print(" VE", end="")
            except OverflowError:
                print(" OE", end="")
        print()

# overflow
for name, z in [("exp", 710), ("exp", complex(710, 1)), ("exp", complex(709.9, 0.5)), ("exp", complex(-1000, 2)),
                ("sinh", 1000), ("cosh", complex(1000, 1)), ("sinh", complex(710.2, 0)), ("cosh", complex(710.2, 1e-300)),
                ("tanh", 1000), ("tanh", complex(-1000, 3)), ("sin", complex(3, 1000)), ("cos", 1000j), ("tan", 1000j),
                ("sqrt", complex(1e308, 1e308)), ("log", complex(1e308, 1e308)), ("asinh", 1e308), ("acosh", 1e308j),
                ("atanh", complex(1e308, 1e-308)), ("atan", complex(1e-308, 1e308)), ("log", 1e-320j),
                ("sqrt", complex(5e-324, 5e-324))]:
    show("%s(%r)" % (name, z), getattr(cmath, name), z)

# log with a base
for args in [(8, 2), (100, 10), (1j, 1j), (-1, 2), (1, 0), (2, 1), (0, 2), (1 + 1j, -2), (10, 10j)]:
    show("log%r" % (args,), cmath.log, *args)
show("log(1, 2, 3)", cmath.log, 1, 2, 3)
show("log()", cmath.log)

# phase, polar, rect
for z in [1, -1, 1j, -1j, complex(-1, 0.0), complex(-1, -0.0), 0, complex(-0.0, 0.0), complex(-0.0, -0.0), 3 + 4j,
          complex(inf, inf), complex(-inf, 1), complex(nan, 1), complex(1e308, 1e308), -2.5]:
    show("phase(%r)" % (z,), cmath.phase, z)
    show("polar(%r)" % (z,), cmath.polar, z)
for r, phi in [(1, 0), (2, math.pi / 2), (1, math.pi), (0, 1), (-1, 0.5), (3, -0.0), (inf, 0), (inf, 1), (inf, -1),
               (inf, 2), (inf, nan), (inf, inf), (-inf, 0.5), (0, inf), (1, inf), (nan, 0), (nan, 1), (0, nan),
               (2.0, 0.0), (-0.0, 1), (1e308, 1e-300)]:
    show("rect(%r, %r)" % (r, phi), cmath.rect, r, phi)
show("rect(1j, 1)", cmath.rect, 1j, 1)
show("rect(1)", cmath.rect, 1)

# isfinite, isinf, isnan, isclose
for z in [1, 1j, complex(inf, 0), complex(0, -inf), complex(nan, 0), complex(0, nan), complex(inf, nan), 2.5, True]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1 + 1j, 1 + 1j + 1e-10j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-10j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 1), complex(inf, 1)),
      cmath.isclose(complex(inf, 1), complex(inf, 2)), cmath.isclose(complex(nan, 0), complex(nan, 0)), cmath.isclose(1, 1.0))
show("isclose(1, 2, rel_tol=-1)", lambda: cmath.isclose(1, 2, rel_tol=-1))
show("isclose(1)", lambda: cmath.isclose(1))
show("isclose(1, 2, 3)", lambda: cmath.isclose(1, 2, 3))

# argument conversion and errors
class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.0


class I:
    def __index__(self):
        return 4


class Bad:
    def __complex__(self):
        return 5


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.phase(C()), cmath.polar(I()), cmath.exp(C()))
for v in ["x", None, [1], Bad()]:
    show("sqrt(%s)" % type(v).__name__, cmath.sqrt, v)
    show("phase(%s)" % type(v).__name__, cmath.phase, v)
show("sqrt()", cmath.sqrt)
show("exp(1j, 1)", cmath.exp, 1j, 1)
show("sqrt(10**400)", cmath.sqrt, 10**400)
show("sqrt(-4)", cmath.sqrt, -4)
print(cmath.sqrt(-1), cmath.exp(1j * cmath.pi), cmath.log(-1), cmath.acos(2), cmath.asin(2), cmath.atan(2j / 3))
print(cmath.sqrt.__name__, cmath.__name__, repr(cmath.sqrt(4)), repr(cmath.exp(0)), repr(cmath.log(1)))
