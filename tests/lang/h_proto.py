from collections.abc import Sequence, MutableMapping, Iterable, Iterator, Hashable, Sized, Callable
import abc, math, operator, functools
class Deck(Sequence):
    def __init__(self, cards): self._c = list(cards)
    def __getitem__(self, i):
        if isinstance(i, slice): return Deck(self._c[i])
        return self._c[i]
    def __len__(self): return len(self._c)
    def __repr__(self): return f"Deck({self._c})"
d = Deck("AKQJT98")
print(d[1:4], d[-1], len(d), "Q" in d, d.index("J"), d.count("A"), list(reversed(d))[:3], isinstance(d, Iterable))
print(d[::2], sorted(d), max(d), list(enumerate(d))[:2])
class Store(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
s = Store(); s["A"] = 1; s.update(B=2, c=3); print(dict(s), s.get("a"), s.pop("b"), "C" in s, s.setdefault("d", 4), list(s.items()))
print(isinstance(s, MutableMapping), isinstance([], Sequence), isinstance({}, Hashable), isinstance(len, Callable), issubclass(list, Sized))
class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def sides(self): ...
class Tri(Shape):
    sides = 3
print(Tri().sides)
try: Shape()
except TypeError as e: print(e)
class Money:
    def __init__(self, cents): self.cents = cents
    def __index__(self): return self.cents
    def __round__(self, n=None): return Money(round(self.cents, n if n is None else n - 2))
    def __trunc__(self): return self.cents // 100
    def __floor__(self): return self.cents // 100
    def __ceil__(self): return -(-self.cents // 100)
    def __float__(self): return self.cents / 100
    def __int__(self): return self.cents // 100
    def __repr__(self): return f"${self.cents / 100:.2f}"
m = Money(1234)
print(bin(m), hex(m), [10, 20, 30][Money(1)], math.floor(m), math.ceil(m), math.trunc(m), float(m), int(m), "abc"[Money(2)])
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v): self._c = v
    @c.deleter
    def c(self): print("deleting"); self._c = None
t = Temp(); t.c = 5; del t.c; print(t.c)
class Loud:
    def __getattribute__(self, name):
        if name == "secret": return "intercepted"
        return object.__getattribute__(self, name)
l = Loud(); l.x = 1; print(l.x, l.secret)
class Base:
    __slots__ = ("a",)
class Sub(Base):
    __slots__ = ("b",)
o = Sub(); o.a = 1; o.b = 2; print(o.a, o.b, Sub.__slots__)
try: o.c = 3
except AttributeError as e: print(e)
class Rev:
    def __init__(self, d): self.d = d
    def __reversed__(self): return iter(self.d[::-1])
    def __iter__(self): return iter(self.d)
print(list(reversed(Rev([1, 2, 3]))), list(Rev("ab")))
print("hello".translate(str.maketrans("el", "ip")), "abc".translate({97: None, 98: "BB"}), str.maketrans({"a": "1"}))
b = b"hello world"
print(b.upper(), b.split(), b[0], b[:5], b.hex(), bytes.fromhex("6869"), b.replace(b"o", b"0"), list(b"ab"), b"x" * 3, b.decode("ascii"))
ba = bytearray(b"abc"); ba.append(100); ba[0] = 65; print(ba, bytes(ba), len(ba), ba.pop())
print((1024).to_bytes(4, "little"), int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True))
people = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carl", 25, "LA"), ("dana", 30, "NY")]
print(sorted(people, key=operator.itemgetter(1, 0)), sorted(people, key=lambda p: (-p[1], p[2])))
import itertools
for city, grp in itertools.groupby(sorted(people, key=lambda p: p[2]), key=lambda p: p[2]):
    print(city, [g[0] for g in grp])
print(functools.reduce(operator.or_, [{1}, {2}, {3}]), functools.reduce(lambda a, b: a * b, range(1, 6)))
