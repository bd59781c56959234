from enum import Enum, IntEnum, auto, unique, Flag, StrEnum
class Coin(Enum):
    PENNY = 1
    NICKEL = 5
    def __new__(cls, cents):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.label = f"{cents}c"
        return obj
print(Coin.PENNY, Coin(5).label, Coin.NICKEL.value)
class Op(Enum):
    ADD = "+"
    SUB = "-"
    def apply(self, a, b):
        return a + b if self is Op.ADD else a - b
    @classmethod
    def parse(cls, s): return cls(s)
print(Op.parse("-").apply(5, 3), Op.ADD.apply(1, 2))
class Weekday(IntEnum):
    MON = auto(); TUE = auto(); WED = auto()
    @property
    def is_start(self): return self == Weekday.MON
print(Weekday.TUE, Weekday.WED + 1, Weekday.MON.is_start, Weekday(2).name, list(Weekday)[::-1], Weekday.MON < 2)
class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto(); BETA = auto()
print(Name.ALPHA.value, Name("beta"))
Animal = Enum("Animal", "ANT BEE CAT")
print(Animal.BEE, Animal.BEE.value, list(Animal), Animal["CAT"])
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)])
print(Shape(3), Shape.SQ.value)
class Status(Enum):
    ACTIVE = 1
    INACTIVE = 0
    _ignore_ = ["tmp"]
print(len(Status), Status.ACTIVE in Status, [s.name for s in Status], Status.ACTIVE == 1, Status.ACTIVE != Status.INACTIVE)
def describe(s):
    match s:
        case Status.ACTIVE: return "on"
        case Status.INACTIVE: return "off"
print(describe(Status.INACTIVE), describe(Status(1)))
try: Status.ACTIVE = 3
except AttributeError as e: print(e)
try: Status["NOPE"]
except KeyError as e: print("KeyError", e)
d = {Status.ACTIVE: "a"}; print(d[Status.ACTIVE], sorted(Weekday, reverse=True), max(Weekday))
print(Status.ACTIVE.__class__.__name__, type(Status).__name__, isinstance(Status.ACTIVE, Status), Status.__members__)
class Mood(Enum):
    HAPPY = 3
    SAD = 1
    def __str__(self): return self.name.title()
    def __lt__(self, o): return self.value < o.value
print(Mood.HAPPY, f"{Mood.SAD}", sorted(Mood), repr(Mood.SAD), "%s" % Mood.HAPPY, "{}".format(Mood.SAD))
class Color(Enum):
    RED = 1
    CRIMSON = 1
    BLUE = 2
print(list(Color), Color.CRIMSON, Color(1).name, Color.__members__.keys())
class Level(IntEnum):
    LOW = 10
    HIGH = 20
print(f"{Level.LOW}", f"{Level.LOW:>5}", "%d" % Level.HIGH, str(Level.HIGH), repr(Level.HIGH), Level.HIGH * 2, int(Level.LOW), hash(Level.LOW) == hash(10))
class Tone(StrEnum):
    A = auto(); B = "bee"
print(Tone.A, Tone.B + "!", repr(Tone.A), Tone("a") is Tone.A, " ".join(Tone), Tone.A.value)
print(Coin.PENNY.name, Coin._member_names_, Op["ADD"].value, Enum.__name__, Weekday.__name__)
print(Weekday.MON.value, Weekday.MON.real, Weekday.TUE.bit_length(), [w for w in Weekday if w > 1])
