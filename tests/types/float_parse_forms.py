# float(str): the decimal forms CPython accepts and rejects (points, exponents, underscores, spaces, inf/nan).
for s in ["3.25", "5.", ".5", ".", "1e5", "1e", "1e+", "-2.5E-3", "1_000.5", "1__0", "_1", "1_", " 7.5 ", "inf", "-Infinity", "nan", "1.2.3", "e5", "+.5e1", "0x10", "١٢", "1e5_0", "1_0e1_0", "", "  ", "1.5j"]:
    try: print(repr(s), float(s))
    except ValueError as e: print(repr(s), e)
