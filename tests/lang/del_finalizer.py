# __del__ runs when an object's last reference goes: after del, after rebinding to None or another object,
# when a function's locals go, and at exit for what the module still holds (in CPython's teardown order).
class Resource:
    live = 0

    def __init__(self, name):
        self.name = name
        Resource.live += 1
        print("open", name)

    def __del__(self):
        Resource.live -= 1
        print("close", self.name)


_hidden = Resource("hidden")
a = Resource("a")
b = Resource("b")
del a
print("live after del:", Resource.live)
b = None
print("live after rebinding:", Resource.live)
c = Resource("c1")
c = Resource("c2")
print("c is", c.name)


def work():
    r = Resource("local")
    print("working with", r.name)
    return 42


print("work returned", work())


def two():
    x = Resource("x")
    y = Resource("y")
    return x.name + y.name


print("two returned", two())
box = {"k": Resource("boxed")}
del box
print("after box")


class Noisy:
    def __del__(self):
        raise ValueError("ignored")


n = Noisy()
del n
print("still running")
last = Resource("last")
print("end of module")
import gc


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("collect", self.name)


holder = [Node("n")]
gc.collect()
print("still held", len(holder))
