class State:
    def __init__(self): self.log = []
    def next(self): raise NotImplementedError
class Green(State):
    def next(self): self.log.append("G"); self.__class__ = Yellow
class Yellow(State):
    def next(self): self.log.append("Y"); self.__class__ = Red
class Red(State):
    def next(self): self.log.append("R"); self.__class__ = Green
s = Green()
for _ in range(7): s.next()
print("".join(s.log), type(s).__name__, isinstance(s, Red))
class Sl:
    __slots__ = ("a",)
class Other: pass
for target in [int, Sl, Other]:
    try:
        o = Other(); o.__class__ = target; print("ok", type(o).__name__)
    except TypeError as e: print(e)
try: (1).__class__ = bool
except TypeError as e: print(e)
try: Other().__class__ = 5
except TypeError as e: print(e)
import sys
class Idle:
    def act(self): return "idle"
class Busy:
    def act(self): return "busy"
o = Idle(); print(o.act())
o.__class__ = Busy; print(o.act(), type(o).__name__)
code = "x * 2 + y"
print(eval(code, {"x": 3, "y": 1}), eval("[i ** 2 for i in range(4)]"))
ns = {}; exec("def f(a):\n    return a + 1\nz = f(41)", ns); print(ns["z"], sorted(k for k in ns if not k.startswith("__")))
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
g = globals(); g["dyn_var"] = 99; print(dyn_var)
M = type("M", (object,), {"greet": lambda self: "hi", "n": 3}); print(M().greet(), M.n, M.__name__)
class Meta(type):
    def __call__(cls, *a, **k):
        print("creating", cls.__name__, a)
        return super().__call__(*a, **k)
class W(metaclass=Meta):
    def __init__(self, v): self.v = v
print(W(5).v)
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1 = Singleton(1); s2 = Singleton(2); print(s1 is s2, s1.v)
mod = __import__("math"); print(mod.pi, sys.modules["math"] is mod)
print(getattr(sys.modules[__name__], "dyn_var"), hasattr(sys, "argv"), callable(getattr(mod, "sqrt")))
class Frozen:
    def __setattr__(self, k, v): raise AttributeError(f"can't set {k}")
try: Frozen().x = 1
except AttributeError as e: print(e)
def counter():
    counter.calls = getattr(counter, "calls", 0) + 1
    return counter.calls
counter(); counter(); print(counter(), counter.__name__, counter.__qualname__, counter.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner().m.__self__.__class__.__name__)
print(type(Outer.Inner.m).__name__, type(Outer.Inner().m).__name__, Outer.Inner.m.__name__)
f = lambda: 0; print(f.__name__, (lambda: 0).__qualname__)
def deco(cls):
    cls.extra = "added"; return cls
@deco
class D: pass
print(D.extra, D.__dict__["extra"], "extra" in vars(D))
print(isinstance(o, (Idle, Busy)), Busy.__bases__, Busy.__base__, object.__subclasses__ is not None)
print(sorted(n for n in dir(Busy) if not n.startswith("__")), Busy.act.__doc__)
