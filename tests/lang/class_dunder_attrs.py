class Outer:
    """Doc of Outer."""
    class Inner:
        def method(self):
            pass
    def f(self):
        pass
print(Outer.__name__, Outer.__qualname__, Outer.__doc__)
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.__module__, Outer.f.__name__)
print(Outer.__bases__, Outer.Inner.__bases__[0].__name__)
class A: pass
class B(A): pass
class C(A): pass
print(sorted(k.__name__ for k in A.__subclasses__()))
print("f" in Outer.__dict__, "g" in Outer.__dict__)
def func(a, b=1):
    "func doc"
    return a
print(func.__name__, func.__qualname__, func.__doc__, func.__defaults__)
func.attr = 5
print(func.attr, func.__dict__)
m = Outer().f
print(m.__name__, m.__self__.__class__.__name__, m.__func__ is Outer.f)
o = Outer()
print(o.f == o.f, o.f is o.f)
class Mangle:
    __private = 1
    def get(self):
        return self.__private
print(Mangle().get(), hasattr(Mangle, "_Mangle__private"), hasattr(Mangle, "__private"))
