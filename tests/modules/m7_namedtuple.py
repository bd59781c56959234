# collections.namedtuple: fields, defaults, the _methods, repr, tuple behaviour and CPython's errors.
from collections import namedtuple
import copy


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, repr(p), str(p), p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), tuple(p), p == (1, 2), p == Point(1, 2))
print(Point._fields, Point.__name__, Point.__qualname__, Point.__doc__, Point.x.__doc__)
print(Point(x=3, y=4), Point(5, y=6), Point._make([7, 8]), Point._make(iter((9, 10))), p._asdict(), type(p._asdict()).__name__)
print(p._replace(x=100), p._replace(), p, hash(p) == hash((1, 2)), isinstance(p, tuple), issubclass(Point, tuple))
print(Point._field_defaults, p + (3,), p * 2, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(3, 1)))
x, y = p
print(x, y, p.count(1), p.index(2), 2 in p, {p: "a"}[(1, 2)], p.__getnewargs__())
print(copy.copy(p), copy.deepcopy(p))

# field_names as a string, defaults, rename, module
P3 = namedtuple("P3", "a b c")
P3b = namedtuple("P3b", "a, b,c")
print(P3(1, 2, 3), P3b(1, 2, 3), P3._fields, P3b._fields)
D = namedtuple("D", "a b c", defaults=[10, 20])
print(D(1), D(1, 2), D(1, 2, 3), D._field_defaults, D.__new__.__defaults__, D(a=5, c=7))
D2 = namedtuple("D2", ["a"], defaults=(None,))
print(D2(), D2._field_defaults)
R = namedtuple("R", ["abc", "def", "ghi", "_x", "abc", "2y", "ok"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5, 6, 7))
M = namedtuple("M", "a", module="mymod")
print(M.__module__, Point.__module__)
E = namedtuple("E", "")
print(E(), E._fields, len(E()))

# errors
show("Point(1)", Point, 1)
show("Point(1, 2, 3)", Point, 1, 2, 3)
show("Point(1, x=2)", lambda: Point(1, x=2))
show("Point(1, z=2)", lambda: Point(1, z=2))
show("Point._make([1])", Point._make, [1])
show("Point._make([1, 2, 3])", Point._make, [1, 2, 3])
show("p._replace(z=1)", lambda: p._replace(z=1))
show("p.x = 5", setattr, p, "x", 5)
show("p.z = 5", setattr, p, "z", 5)
show("p[2]", lambda: p[2])
show("namedtuple('Bad', 'a a')", namedtuple, "Bad", "a a")
show("namedtuple('Bad', 'a def')", namedtuple, "Bad", "a def")
show("namedtuple('Bad', 'a _b')", namedtuple, "Bad", "a _b")
show("namedtuple('Bad', '1a')", namedtuple, "Bad", "1a")
show("namedtuple('1Bad', 'a')", namedtuple, "1Bad", "a")
show("namedtuple('class', 'a')", namedtuple, "class", "a")
show("namedtuple('Bad', 'a b', defaults=[1, 2, 3])", lambda: namedtuple("Bad", "a b", defaults=[1, 2, 3]))
show("namedtuple('Bad', ['a', 3])", namedtuple, "Bad", ["a", 3])
show("del p.x", delattr, p, "x")


# subclassing
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __repr__(self):
        return "<Vec %d %d>" % self


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, v._replace(x=0), Vec._make([5, 6]), v._asdict(), Vec.__mro__[1].__name__, type(v._replace(x=0)).__name__)


class Named(namedtuple("Named", "a b")):
    pass


n = Named(1, 2)
print(n, repr(n), n._fields)
print(Point.__new__.__doc__ is None or isinstance(Point.__new__.__doc__, str), Point._fields_defaults if hasattr(Point, "_fields_defaults") else "no")
print(Point.__match_args__)
match Point(0, 5):
    case Point(0, yy):
        print("on y axis", yy)
print(dir(p)[-8:])
