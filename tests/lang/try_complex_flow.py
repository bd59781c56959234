def f(n):
    log = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(("try", i))
        finally:
            log.append(("fin", i))
    else:
        log.append("else")
    return log
print(f(5))
print(f(2))
def g():
    try:
        return "try"
    finally:
        print("cleanup")
print(g())
def h():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(h())
def k():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            if i < 2:
                continue
            return i
        finally:
            print("fin", i)
print(k())
def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("from handler")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e, type(e.__context__).__name__)
    else:
        print("no")
nested()
try:
    pass
except Exception:
    print("never")
else:
    print("else runs")
finally:
    print("finally runs")
