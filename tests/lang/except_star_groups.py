def t(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e))
def a():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("caught", repr(e))
    except* TypeError as e:
        print("caught2", repr(e))
t(a)
def b():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled V")
t(b)
def c():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked caught", repr(e), repr(e.exceptions[0]))
t(c)
def d():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError(2)
t(d)
def e():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
t(e)
def f():
    try:
        raise KeyError("naked")
    except* ValueError:
        pass
t(f)
def g():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
    except* ValueError as e:
        print("nested", repr(e))
t(g)
eg = ExceptionGroup("x", [ValueError(1), TypeError(2)])
print(eg, repr(eg), eg.message, eg.exceptions, eg.split(ValueError), eg.subgroup(TypeError), type(BaseExceptionGroup("m", [ValueError()])).__name__)
