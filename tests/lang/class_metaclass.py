class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *a, **k):
        print("making", cls.__name__)
        return super().__call__(*a, **k)
class A(metaclass=Meta):
    def __init__(self, v):
        self.v = v
a = A(3)
print(a.v, A.tag, type(A).__name__)
class B(A):
    pass
print(B.tag, type(B) is Meta)
Dyn = type("Dyn", (object,), {"x": 5, "f": lambda self: self.x * 2})
print(Dyn().f(), Dyn.__name__)
class Registry:
    items = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Registry.items.append((cls.__name__, key))
class R1(Registry, key="one"): pass
class R2(Registry): pass
print(Registry.items)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Z: pass
print(Z.decorated)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item.__name__}]"
print(G[int])
