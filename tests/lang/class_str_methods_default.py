class Plain: pass
p = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"))
print(str(p) == repr(p))
print(Plain.__qualname__, Plain.__module__, type(Plain).__name__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, repr(Outer.Inner))
def f():
    class Local: pass
    return Local
print(f().__qualname__)
