for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print("cleanup", i)
print(f())
def g():
    while True:
        try:
            try:
                break
            finally:
                print("inner")
        finally:
            print("outer")
    return "after"
print(g())
