def f():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(f())
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(g())
def h():
    try:
        return "try"
    finally:
        print("in finally")
        return "finally"
print(h())
def k():
    try:
        try:
            raise ValueError("inner")
        finally:
            raise TypeError("from finally")
    except TypeError as e:
        return f"{e} (context {e.__context__!r})"
print(k())
def m():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(m())
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised", e)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
def multi():
    try:
        {}["x"]
    except (KeyError, IndexError) as e:
        return type(e).__name__
print(multi())
e_ref = None
try:
    raise ValueError("bound")
except ValueError as err:
    e_ref = err
print(e_ref, "err" in dir())
