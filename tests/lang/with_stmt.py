class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False
with CM("a") as v:
    print("body", v)
with CM("x") as x, CM("y") as y:
    print(x, y)
try:
    with CM("err"):
        raise KeyError(1)
except KeyError:
    print("propagated")
class Suppress:
    def __enter__(self): return self
    def __exit__(self, *a): return True
with Suppress():
    1 / 0
print("suppressed")
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
