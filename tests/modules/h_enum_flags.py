from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import enum, re
class Color(str, Enum):
    RED = "r"
    GREEN = "g"
print(Color.RED, repr(Color.RED), Color.RED == "r", Color.RED.upper(), "%s" % Color.GREEN, Color("g"), Color.RED.value)
print(f"{Color.RED}", format(Color.GREEN, ">5"), "{}".format(Color.RED), [c.value for c in Color], str(Color.RED))
class Num(int, Enum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, f"{Num.TWO}", Num.TWO * 3, str(Num.ONE))
print(re.I | re.M, repr(re.I), re.compile("a", re.I | re.S).flags & re.I, type(re.I | re.M).__name__, re.findall("A", "aA", re.I))
class Perm(IntFlag):
    R = 4; W = 2; X = 1
    RWX = 7
print(Perm.RWX, repr(Perm.RWX), list(Perm), Perm.R | 8, Perm(5), repr(~Perm.R), Perm.R & 4, 4 | Perm.W, repr(Perm.R + 1))
class Access(Flag):
    NONE = 0
    READ = auto(); WRITE = auto(); EXEC = auto()
    ALL = READ | WRITE | EXEC
print(Access.ALL, Access.NONE, repr(~Access.READ), list(Access.ALL), Access.READ in Access.ALL, bool(Access.NONE), len(Access.ALL), Access(0))
print(list(Access), Access.__members__.keys(), Access.ALL.name, Access.NONE.name, (Access.READ | Access.WRITE).value)
class Lvl(Enum):
    LOW = auto()
    HIGH = auto()
    def __lt__(self, other): return self.value < other.value
print(Lvl.LOW < Lvl.HIGH, hash(Lvl.LOW) == hash("LOW"), Lvl.LOW.__class__, Lvl.LOW is Lvl["LOW"], Lvl(2))
try: Lvl.LOW < 3
except TypeError as e: print(e)
try: Lvl(7)
except ValueError as e: print(e)
try: Num(5)
except ValueError as e: print(e)
class E(Enum):
    A = [1, 2]
    B = {"k": 1}
print(E([1, 2]), E.B.value, E({"k": 1}))
print(enum.Enum.__members__ if False else "", isinstance(Lvl.LOW, enum.Enum), issubclass(Lvl, Enum), type(Lvl))
print(sorted(Num), sum(Num), max(Perm), Num.ONE == 1, Num.ONE in {1: "x"}, {Num.ONE: "a"}[1])
print(dir(Lvl.LOW), dir(Lvl))
class P(IntFlag):
    R = 4; W = 2; X = 1
class C(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
for v in [P(0), P(8), P(12), P(7), C(0), C(3), ~C.RED, ~P.R, P.R ^ P.W, C.RED & C.GREEN]:
    print(repr(v), str(v), format(v), bool(v), v.name)
try: C(8)
except ValueError as e: print(e)
print(list(C), len(C(7)), C.RED | C.BLUE in C(7))
