class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *a):
        print("exit", self.name, a[0].__name__ if a[0] else None)
        return False

def g():
    with CM("a"):
        try:
            yield 1
            yield 2
        finally:
            print("finally in gen")
    yield 3

it = g()
print(next(it))
it.close()
print("--")
it = g()
print(list(it))
print("--")
it = g()
next(it)
try:
    it.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated", e)
