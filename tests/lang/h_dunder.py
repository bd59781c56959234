class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __bool__(self): return bool(self.x or self.y)
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __format__(self, spec): return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
v = Vec(1, 2)
print(v + Vec(3, 4), 3 * v, v * 2, -v, abs(Vec(3, 4)), sum([v, v, v]), list(v), v[1], len(v), bool(Vec(0, 0)))
print(f"{v:.2f}", {v: 1}[Vec(1, 2)], v == Vec(1, 2), v != Vec(1, 2), Vec(0, 0) or "empty")
try: v.z = 3
except AttributeError as e: print(e)
try: v + 1
except TypeError as e: print(e)
x, y = v; print(x, y, *v)
class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __getitem__(self, idx):
        r, c = idx; return self.rows[r][c]
    def __setitem__(self, idx, val):
        r, c = idx; self.rows[r][c] = val
    def __contains__(self, v): return any(v in r for r in self.rows)
    def __str__(self): return "\n".join(" ".join(f"{x:3}" for x in r) for r in self.rows)
m = Matrix([[1, 2], [3, 4]]); m2 = m @ m; print(m2); print(m2[1, 0], 7 in m2, 22 in m2); m2[0, 0] = 0; print(m2.rows)
class Dyn:
    def __init__(self): self.__dict__["data"] = {}
    def __getattr__(self, n):
        if n.startswith("_"): raise AttributeError(n)
        return self.data.get(n, f"<no {n}>")
    def __setattr__(self, n, v): self.data[n] = v
    def __delattr__(self, n): del self.data[n]
d = Dyn(); d.a = 1; print(d.a, d.b, d.data); del d.a; print(d.data, hasattr(d, "_x"), getattr(d, "q", 5))
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, val):
        if not isinstance(val, self.kind): raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, val)
class Person:
    name = Typed(str); age = Typed(int)
    def __init__(self, n, a): self.name, self.age = n, a
p = Person("ann", 30); print(p.name, p.age, type(Person.name).__name__)
try: p.age = "old"
except TypeError as e: print(e)
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name); cls.tag = kw.get("tag", "none")
        return cls
class Base(metaclass=Registry): pass
class Child(Base, tag="kid"): pass
print(Registry.classes, Child.tag, Base.tag, type(Child).__name__, isinstance(Child, Registry))
class Plugin:
    plugins = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw); Plugin.plugins[key or cls.__name__] = cls
class A(Plugin, key="a"): pass
class B(Plugin): pass
print(Plugin.plugins)
class Stack(list):
    def push(self, x): self.append(x); return self
    def __repr__(self): return "Stack" + super().__repr__()
s = Stack([1]).push(2).push(3); print(s, len(s), s[-1], isinstance(s, list), s + [4], type(s + [4]).__name__)
class Cnt(dict):
    def __missing__(self, k): return 0
c = Cnt(a=1); print(c["a"], c["b"], c)
class Temp:
    def __init__(self, c): self.c = c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f"T{self.c}"
print(sorted([Temp(3), Temp(1), Temp(2)]), max(Temp(3), Temp(5)), min([Temp(9), Temp(4)]))
try: Temp(1) > 3
except TypeError as e: print(e)
try: Temp(1) <= Temp(2)
except TypeError as e: print(e)
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, 2, z=3), callable(Call()), callable(3))
class Ctx:
    def __class_getitem__(cls, item): return f"Ctx[{item.__name__}]"
print(Ctx[int], type(v).__name__, Vec.__name__, Vec.__qualname__, Vec.__module__)
print(vars(p), p.__dict__.keys(), dir(v)[-5:] if False else "", [k for k in vars(Person) if not k.startswith("__")])
