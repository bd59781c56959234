class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
    def __add__(self, other):
        return Meters(float(self) + float(other))
m = Meters(2.5)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, type(m * 2).__name__)
class Color(str):
    def shout(self):
        return self.upper() + "!"
c = Color("red")
print(c, c.shout(), len(c), c == "red", c + "dish", type(c + "x").__name__, isinstance(c, str))
print({c: 1}["red"], f"{c:>5}", c.startswith("r"))
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError("odd")
        return super().__new__(cls, v)
    def half(self):
        return self // 2
e = Even(10)
print(e, e.half(), e + 1, type(e + 1).__name__, e == 10, hash(e) == hash(10))
try:
    Even(3)
except ValueError as err:
    print(err)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point({self[0]}, {self[1]})"
p = Point(1, 2)
print(p, p.x, p[1], len(p), p == (1, 2), list(p))
a, b = p
print(a, b)
class Flags(int):
    def __str__(self):
        return f"Flags<{int(self)}>"
f = Flags(5)
print(f, str(f), repr(f), f | 2, format(f, "b"))
class B(bytes):
    pass
print(B(b"ab"), B(b"ab").hex(), len(B([1, 2])))
class FS(frozenset):
    pass
print(sorted(FS([3, 1])), type(FS([1])).__name__)
