import copyreg
import io
import pickle
from collections import OrderedDict, namedtuple

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.PROTO, pickle.STOP, pickle.MEMOIZE)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, Exception))

# the bytes of simple values are CPython's
simple = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2 ** 31, 2 ** 31, 2 ** 64, -2 ** 100, 10 ** 600,
          1.5, -0.0, float('inf'), "", "abc", "h\u00e9llo \u20ac \U0001f600", "a\nb\\c\0", b"", b"\x00\xff",
          bytearray(b"xy"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2, 3]], {}, {"a": 1, "b": [None]},
          {1, 2, 3}, frozenset(), frozenset({"x"}), set(), 3 + 4j, range(1, 10, 2), int, len, ValueError]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in simple:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v or (v != v)
        if not ok or type(back) is not type(v):
            print("MISMATCH", proto, v, back)
print(pickle.dumps(1), pickle.dumps({"a": 1, "b": 2}), pickle.dumps([1, 2, 3]), pickle.dumps("hi"))
print(pickle.dumps((1, "two", 3.0, None, True)))
print(pickle.dumps(list(range(5)), 2), pickle.dumps({"k": (1, 2)}, 0), pickle.dumps(b"abc", 3))
print(pickle.dumps(2 ** 100), pickle.dumps(-5), pickle.dumps(int), pickle.dumps(len), pickle.dumps(3j, 4))
print(pickle.dumps(type(None)), pickle.dumps(ValueError("x")), pickle.dumps(set(), 3))
print(pickle.dumps(-1), pickle.dumps(bytearray(b"ab")), pickle.dumps(bytearray(b"ab"), 5))
big = list(range(2500))
print(pickle.loads(pickle.dumps(big)) == big, len(pickle.dumps(big)), pickle.dumps(big)[:20])
big_bytes = b"x" * 70000
d = pickle.dumps([big_bytes, "tail"])
print(len(d), d[:16], pickle.loads(d)[1])
print(pickle.loads(pickle.dumps("y" * 100000)) == "y" * 100000)

# shared and recursive references
shared = [1, 2]
obj = [shared, shared, {"s": shared}]
back = pickle.loads(pickle.dumps(obj))
print(back, back[0] is back[1] is back[2]["s"])
rec = [1]
rec.append(rec)
back = pickle.loads(pickle.dumps(rec))
print(back[1] is back, back[0])
d = {}
d["self"] = d
back = pickle.loads(pickle.dumps(d, 2))
print(back["self"] is back)
t = ([],)
t[0].append(t)
for proto in (0, 2, 4):
    back = pickle.loads(pickle.dumps(t, proto))
    print(proto, back[0][0] is back)


# user classes
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(1, [2, 3])
for proto in range(6):
    back = pickle.loads(pickle.dumps(p, proto))
    print(proto, back, back == p, type(back) is Point)
print(pickle.dumps(Point(1, 2)))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


s = pickle.loads(pickle.dumps(Slotted(5)))
print(s.a, hasattr(s, "b"))


class Stateful:
    def __init__(self, value):
        self.value = value
        self.cache = "expensive"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


s = pickle.loads(pickle.dumps(Stateful(7)))
print(s.value, s.cache)


class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


r = pickle.loads(pickle.dumps(Reduced(3, 4)))
print(type(r).__name__, r.a, r.b)
print(pickle.dumps(Reduced(3, 4)))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (str, ("made with protocol %d" % proto,))


print(pickle.loads(pickle.dumps(ReducedEx(), 2)), pickle.loads(pickle.dumps(ReducedEx())))


class NewArgs:
    def __new__(cls, n):
        self = super().__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


print(pickle.loads(pickle.dumps(NewArgs(9))).n)


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


ml = MyList([1, 2])
ml.tag = "t"
back = pickle.loads(pickle.dumps(ml))
print(type(back).__name__, back, back.tag)
back = pickle.loads(pickle.dumps(MyDict(a=1)))
print(type(back).__name__, back)
back = pickle.loads(pickle.dumps(MyInt(5)))
print(type(back).__name__, back + 1)

Pair = namedtuple("Pair", "left right")
print(pickle.loads(pickle.dumps(Pair(1, 2))))
print(pickle.loads(pickle.dumps(OrderedDict([("z", 1), ("a", 2)]))))


class MyError(Exception):
    pass


e = pickle.loads(pickle.dumps(MyError("boom", 1)))
print(type(e).__name__, e.args)


# copyreg
class Custom:
    def __init__(self, v):
        self.v = v


def reduce_custom(c):
    return (Custom, (c.v * 10,))


copyreg.pickle(Custom, reduce_custom)
print(pickle.loads(pickle.dumps(Custom(2))).v)
try:
    copyreg.pickle(Custom, 5)
except TypeError as e:
    print("TypeError:", e)
print(copyreg.__newobj__(Point, 1, 2) is not None, copyreg._slotnames(Slotted))

# files
buf = io.BytesIO()
pickle.dump({"x": 1}, buf)
pickle.dump([2], buf, protocol=0)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
pk = pickle.Pickler(buf)
up = pickle.Unpickler(io.BytesIO(pickle.dumps("via classes")))
print(up.load())

# errors
def local_factory():
    def inner():
        pass
    return inner


for bad in (lambda: 0, local_factory()):
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print("ValueError:", e)
for data in (b"", b"zzz", b"\x80\x04K", b"\x80\x09N.", b"\x80\x04\x95\x03\x00"):
    try:
        pickle.loads(data)
    except (EOFError, pickle.UnpicklingError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError:", e)
print(pickle.loads(b"\x80\x02c__builtin__\nset\nq\x00]q\x01K\x01a\x85q\x02Rq\x03."))
print(pickle.loads(b"(lp0\nI1\naS'py2 str'\np1\na."))
print(pickle.loads(b"\x80\x02U\x03abcq\x00.", encoding="bytes"), pickle.loads(b"\x80\x02U\x03abcq\x00."))
raise pickle.UnpicklingError("bad data")
