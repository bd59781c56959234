print(True and 3, False or "x", not None, None or 0, 0 or None, "" and 1, [] or {})
print(True == 1, True is True, bool("False"), bool(0.0), bool(-1), bool(None), bool([0]))
print(True + 1, True / 2, True ** 5, -True, ~True, True << 3, True & False, True | False, True ^ True)
print(isinstance(True, int), issubclass(bool, int), type(True).__name__, str(False), repr(True))
print(None is None, None == None, type(None).__name__, repr(None), hash(True) == hash(1))
print(sorted([True, False, True]), sum([True, True, False]), max(False, True))
print({True: "a", 1: "b"}, [0, 1][True], "abc"[False])
print(None.__class__, bool.__mro__)
try:
    class X(bool): pass
except TypeError as e:
    print(e)
x = None
print(x if x is not None else "default")
