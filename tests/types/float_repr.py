vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1.5e-7, 1e-5, 0.0001,
        1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.5, 3.14159, 100.0, 1e100, -1.25e-10, 0.1 + 0.2,
        float("inf"), float("-inf"), float("nan"), 9007199254740993.0, 1234567890.123456789]
for v in vals:
    print(repr(v), str(v))
print(float("1e500"), float("-1e500"), float("  3.5  "), float("1_0.5"), float("NaN"), float("-Infinity"))
print(1.0 == 1, 0.5.as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer(), float(10**20))
for bad in ["", "abc", "1e", "1..2", "_1.0"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
