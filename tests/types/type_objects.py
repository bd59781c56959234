print(type(1), type("a"), type([]), type({}), type(None), type(type), type(len), type(print))
print(int, str, object, type(int) is type, isinstance(int, type), issubclass(bool, int))
class C: pass
print(C, type(C()), type(C()) is C)
print(type(1.5).__name__, int.__name__, type(lambda: 0).__name__, type((i for i in [])).__name__)
T = type("T", (object,), {"x": 5, "get": lambda self: self.x})
print(T().get(), T.__name__, T.x)
