# Pieces the standard library's pure-Python modules import: enum._simple_enum, random.SystemRandom, the os.O_*
# flags and the posix module.
import os
import posix
import random
from enum import _simple_enum, Enum, IntEnum


@_simple_enum(Enum)
class Safe:
    safe = 0
    unsafe = -1
    unknown = None

    def describe(self):
        return "I am " + self.name


print(list(Safe), Safe.safe, Safe(0), Safe.unknown.value, Safe.safe.describe(), Safe.__name__, Safe.__module__,
      isinstance(Safe.safe, Safe), issubclass(Safe, Enum))


@_simple_enum(IntEnum)
class Num:
    A = 1
    B = 2


print(Num.A + 1, Num(2), repr(Num.B), Num.B == 2)
r = random.SystemRandom()
x = r.random()
print(0 <= x < 1, r.getrandbits(16) < 65536, 1 <= r.randint(1, 6) <= 6, len(r.randbytes(5)), r.choice("abc") in "abc",
      sorted(r.sample(range(10), 10)) == list(range(10)), r.seed(5), isinstance(r, random.Random))
try:
    r.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT | os.O_EXCL | os.O_TRUNC, os.O_APPEND, os.O_DIRECTORY, os.O_CLOEXEC)
print(posix.getcwd() == os.getcwd(), posix.sep if hasattr(posix, "sep") else "-", posix.__name__, hasattr(posix, "listdir"))
