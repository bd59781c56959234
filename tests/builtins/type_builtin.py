print(type(1), type("s"), type([]), type(None), type(type), type(len), type(lambda: 0).__name__)
class A: pass
class B(A): pass
b = B()
print(type(b) is B, type(b) == A, isinstance(b, A), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)))
print(isinstance(1, (str, int)), isinstance(True, int), isinstance(1, bool), isinstance("x", (list, tuple)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
T = type("T", (A,), {"v": 3})
print(T.__name__, T.v, T.__bases__[0].__name__, isinstance(T(), A))
print(callable(len), callable(A), callable(b), callable(1), callable(lambda: 0))
print(B.__mro__[1].__name__, int.__mro__, bool.__bases__)
print(type(3.0).__name__, type(3j).__name__, type(b"").__name__, type(range(1)).__name__, type({}.keys()).__name__)
