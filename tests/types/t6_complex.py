# complex: parsing, repr, arithmetic, comparisons, hashing and errors
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["1+2j", " (1+2j) ", "1e3-2.5j", "-j", "+j", "j", "3", "-3.5", "inf+nanj", "-infj", "1_0+2_0j", "(1)", "1+2J", "0x1+2j",
          "1+", "1 + 2j", "(1+2j", "", "j2", "1e+j", "nanj", ".5j", "1.e-3+.5e2j"]:
    t("complex(%r)" % s, lambda: complex(s))
t("complex-2num", lambda: complex(1.5, -2))
t("complex-complex-args", lambda: complex(1 + 2j, 3 + 4j))
t("complex-bool", lambda: complex(True, False))
t("complex-none", lambda: complex(None))
t("complex-kw", lambda: complex(real=1, imag=2))
t("complex-str-imag", lambda: complex(1, "2"))
class C:
    def __complex__(self): return 2 + 3j
class F:
    def __float__(self): return 1.5
t("complex-dunder", lambda: (complex(C()), complex(F()), complex(F(), F())))
for v in [0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1j, -1j, 1 + 1j, complex(1e16, 1e-16), complex(1.5, float("inf")), complex(float("nan"), 1), 123456789j, 1e300j * 10]:
    print(repr(v), str(v), v.real, v.imag, abs(v) if v == v else "nan")
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, -a, +a, a == 3 + 4j, a != b, a == 3, (3 + 0j) == 3.0, a.conjugate())
print(1j ** 1j, (1 + 1j) ** 10, 2 ** (1 + 1j), (1 + 2j) * 2.5, 5 / (1 + 2j), 0j ** 0, (2 + 0j) ** 3, 1j * 1j)
print(hash(3 + 0j) == hash(3), hash(1.5 + 0j) == hash(1.5), hash(1j) == hash(1j), abs(-3j), abs(complex(3e200, 4e200)))
t("div-zero", lambda: 1j / 0)
t("div-zero-c", lambda: 1 / 0j)
t("pow-zero-neg", lambda: 0j ** -1)
t("pow-zero-complex", lambda: 0j ** (1 + 1j))
t("floordiv", lambda: 1j // 2)
t("mod", lambda: 1j % 2)
t("lt", lambda: 1j < 1j)
t("int", lambda: int(1j))
t("float", lambda: float(1j))
t("round", lambda: round(1j))
t("overflow", lambda: complex(1e308, 1e308) * complex(1e308, 1e308))
t("pow-overflow", lambda: (1e200 + 1e200j) ** 2)
t("isinstance", lambda: (isinstance(1j, complex), type(1j).__name__, complex.__name__, (1j).__class__ is complex))
print(format(1 + 2j, ""), format(1.5 + 2.25j, ".1f"), format(-1 - 1j, "+.2e"), format(3j, "10"), format(1 + 2j, "<15g"), format(complex(1, float("nan")), ""))
