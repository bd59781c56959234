class Empty:
    def __len__(self): return 0
class Full:
    def __len__(self): return 3
class Truthy:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Empty()), bool(Full()), bool(Truthy()), bool(object()))
if not Empty():
    print("empty is falsy")
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
