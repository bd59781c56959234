def f():
    raise ValueError("inner")
try:
    f()
except ValueError as e:
    v = e
raise ExceptionGroup("outer", [v, ExceptionGroup("nested", [TypeError(2), KeyError("k")]), OSError(2, "x")])
