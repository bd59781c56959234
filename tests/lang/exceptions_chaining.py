def show(e):
    print(type(e).__name__, e, "cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise ValueError("c") from k
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("d") from None
except ValueError as e:
    show(e)
try:
    raise RuntimeError("x") from TypeError("y")
except RuntimeError as e:
    show(e)
e = ValueError("notes")
e.add_note("first note")
print(e.__notes__)
try:
    raise ValueError("tb")
except ValueError as e:
    print(e.__traceback__ is not None, e.with_traceback(None) is e)
def reraise():
    try:
        raise IndexError("orig")
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print("reraised", e)
