class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"))
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Other:
    def __new__(cls):
        return 42
print(Other())
class PositiveInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(PositiveInt(-5), type(PositiveInt(-5)).__name__, PositiveInt(-5) + 1)
