for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError,
            NotImplementedError, ModuleNotFoundError, StopIteration, KeyboardInterrupt, TimeoutError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
print(issubclass(BrokenPipeError, ConnectionError), issubclass(OSError, Exception))
print(EnvironmentError is OSError, IOError is OSError)
e = ValueError("a", 2)
print(e.args, str(e), repr(e))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(repr(Exception()), str(Exception("only")))
o = OSError(2, "No such file", "f.txt")
print(o.errno, o.strerror, o.filename, str(o), type(o).__name__)
print(type(OSError(2, "x")).__name__)
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except Exception as e:
    print(e, e.code, isinstance(e, MyErr))
