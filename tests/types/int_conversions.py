print(int("0x10", 16), int("10", 8), int("0o17", 0), int("  -12  "), int("+5"), int("١٢٣"))
print(int(True), int(-0.9), int(1e3), int("1" * 30), float(10**20), int(float("1e20")))
for bad in ["", "1.5", "0x", "1_", "_1", "1__0", "abc", "  ", "0b2"]:
    try:
        int(bad, 0) if bad.startswith("0") else int(bad)
    except ValueError as e:
        print(e)
try:
    int("5", 1)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
print(str(-0), str(10**25), repr(-5), format(255, "x"), format(255, "08b"), format(-5, "+d"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (258).to_bytes(2, "little"), (5).as_integer_ratio())
print((-7).__abs__(), (7).__neg__(), (3).__pow__(2), (10).__rsub__(3), (2).real, (2).imag, (5).numerator, (5).denominator)
print((12).__format__("x"), int.__name__, (5).conjugate())
