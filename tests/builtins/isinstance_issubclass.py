print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance("a", (list, tuple)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance([], object), isinstance(1, int | str))
print(issubclass(bool, int), issubclass(int, object), issubclass(str, (int, str)), issubclass(type, object))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), issubclass(A, A))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
