def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("fin", i)
print(h())
def k():
    try:
        try:
            return 1
        finally:
            print("inner")
    finally:
        print("outer")
print(k())
