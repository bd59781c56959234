class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return "value"
    def __exit__(self, et, ev, tb):
        if et is not None:
            print("exit saw", et.__name__, ev)
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError) as v:
    print("inside", v)
    {}["missing"]
    print("not reached")
print("after")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)
def f():
    with Suppress(Exception):
        return "returned"
print(f())
for i in range(3):
    with Suppress():
        if i == 1:
            continue
        print("loop", i)
with Suppress(), Suppress(ZeroDivisionError):
    1 / 0
print("multi ok")
with (Suppress(IndexError) as a, Suppress() as b):
    print(a, b)
    [][0]
