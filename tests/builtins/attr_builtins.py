class C:
    cls_attr = 1
    def __init__(self):
        self.x = 10
c = C()
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "nope", None), hasattr(c, "x"), hasattr(c, "y"))
setattr(c, "y", 5)
print(c.y, vars(c))
delattr(c, "y")
print(hasattr(c, "y"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
print(sorted(k for k in dir(c) if not k.startswith("__")))
print(getattr(1, "real"), getattr("s", "upper")(), getattr([], "__len__")())
try:
    (1).x = 5
except AttributeError as e:
    print(e)
try:
    object().z = 1
except AttributeError as e:
    print(e)
import math
print(getattr(math, "pi") == math.pi, hasattr(math, "nothing"))
