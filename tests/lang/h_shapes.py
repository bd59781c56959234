import math
from abc import ABC, abstractmethod
from functools import total_ordering, reduce, lru_cache, partial, wraps, cached_property

class Shape(ABC):
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @abstractmethod
    def area(self): ...
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __str__(self):
        return f"<{self.name} area={self.area():.3f}>"

@total_ordering
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def __eq__(self, other):
        return isinstance(other, Circle) and self.r == other.r
    def __lt__(self, other):
        return self.r < other.r
    def __hash__(self):
        return hash(self.r)

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self._w, self._h = w, h
    @property
    def w(self): return self._w
    @w.setter
    def w(self, v):
        if v < 0: raise ValueError(f"negative width: {v}")
        self._w = v
    def area(self): return self._w * self._h
    @cached_property
    def diag(self):
        print("computing diag")
        return math.hypot(self._w, self._h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

try:
    Shape("x")
except TypeError as e:
    print(e)
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
for s in shapes: print(s, repr(s))
print(sorted([c for c in shapes if isinstance(c, Circle)]))
print(Circle(1) >= Circle(0.5), Circle(2) <= Circle(1), Circle(1) != Circle(1))
r = Rect(3, 4)
print(r.diag, r.diag)
try:
    r.w = -1
except ValueError as e:
    print("ValueError:", e)
try:
    r.area = 5; print(r.area)
except AttributeError as e:
    print(e)
print(Shape.count, Square.__mro__)
print(reduce(lambda a, b: a + b.area(), shapes, 0))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
def trace(fn):
    @wraps(fn)
    def inner(*a, **k):
        print(f"call {fn.__name__}{a} {k}")
        return fn(*a, **k)
    return inner
@trace
def power(base, exp=2): 
    """Raise."""
    return base ** exp
print(power(3), power(2, exp=10), power.__name__, power.__doc__)
cube = partial(power, exp=3)
print(cube(4), cube.keywords)
print(math.floor(-2.5), math.ceil(2.1), round(2.5), round(3.5), round(-0.5), round(2.675, 2))
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log2(8), math.atan2(1, 1), math.degrees(math.pi))
print(1/3, 2/3, 10/4, 1e16, 1e-5, 123456789.123456789, 0.1+0.2, 1.0, -0.0, float('inf'), float('nan'))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, divmod(7.5, 2), 2**-1, 10**20, pow(3, 4, 5), pow(2, -1, 7))
print(int("ff", 16), int("0b101", 0), bin(10), oct(64), hex(-255), int(3.9), int(-3.9), float("1e3"))
print(f"{1234.5:,.2f} {0.000123:g} {1e20:g} {123456789:e} {3:5}|{'a':5}|{2.0:.0f} {1.5:.0f}")
print(abs(-3), abs(-3.5), abs(3+4j), complex(1, 2) * 2, (1+2j).conjugate(), max([1, 5, 3]), min("hello"))
print(sum([0.1]*10), math.fsum([0.1]*10), math.isclose(0.1+0.2, 0.3), 7.0 == 7, hash(7.0) == hash(7))
print((2.5).as_integer_ratio(), (10).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(3.0.is_integer(), float.fromhex("0x1.8p1"), (1.5).hex(), math.trunc(-4.7), math.copysign(3, -0.0))
