class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "computed"
class Point:
    x = Typed()
    y = Typed()
    nd = NonData()
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, p.nd)
p.nd = "shadowed"
print(p.nd)
try:
    p.x = "bad"
except TypeError as e:
    print(e)
print(type(Point.x).__name__)
print(sorted(k for k in vars(p)))
class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "the value"
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
    @v.deleter
    def v(self):
        print("deleting")
        self._v = None
q = Prop()
q.v = 5
print(q.v)
del q.v
print(q.v, Prop.v.__doc__)
class RO:
    @property
    def r(self):
        return 1
try:
    RO().r = 2
except AttributeError as e:
    print(e)
