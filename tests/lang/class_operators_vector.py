class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 2 * a, b / 2, -a, abs(b))
print(a == Vec(1, 2), a != b, a < b, sorted([b, a, Vec(0, 1)]), max(a, b))
print(bool(Vec(0, 0)), bool(a), list(a), a[1], tuple(b), {a: "a"}[Vec(1, 2)], len({a, Vec(1, 2), b}))
print(f"{a:.2f}", format(b, "03d"))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a * "s"
except TypeError as e:
    print(e)
x, y = b
print(x, y, sum(Vec(5, 6)))
