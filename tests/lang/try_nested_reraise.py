def f():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            print("inner handler")
            raise
    except KeyError as e:
        print("outer got", repr(e))
        return "done"
print(f())
try:
    try:
        1 / 0
    finally:
        print("cleanup")
except ZeroDivisionError as e:
    print("propagated", e)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    print(repr(e), repr(e.__context__))
