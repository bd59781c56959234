e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("in handler", type(e).__name__)
try:
    print(e)
except NameError as ex:
    print("unbound:", ex)
def f():
    err = None
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    return err
try:
    f()
except UnboundLocalError as ex:
    print(ex)
