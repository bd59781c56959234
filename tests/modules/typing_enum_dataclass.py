from typing import List, Dict, Optional, Union, Tuple, Any, Callable, TypeVar, Generic, NamedTuple, Iterable
from enum import Enum, IntEnum, auto, Flag
from dataclasses import dataclass, field, asdict, astuple, replace, fields
import typing

def f(xs: List[int], m: Dict[str, int], o: Optional[str] = None) -> Tuple[int, ...]:
    return tuple(xs)
print(f([1, 2], {}), f.__annotations__["xs"], Optional[int], Union[int, str], List[Dict[str, Any]])
print(Callable[[int], str], Union[int, None], Dict, typing.Optional[List[int]])
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
print(Box(3).item, T, Box[int])
class Emp(NamedTuple):
    name: str
    age: int = 30
e = Emp("ann")
print(e, e.age, e._fields, Emp("bob", 5) < Emp("bob", 6), isinstance(e, tuple))
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value, list(Color), len(Color))
print(Color.RED == Color.RED, Color.RED is Color(1), Color.RED in Color, {Color.RED: "r"}[Color.RED], f"{Color.BLUE}")
try:
    Color(7)
except ValueError as ex:
    print(ex)
class Pri(IntEnum):
    LOW = 1
    HIGH = auto()
print(Pri.HIGH, repr(Pri.HIGH), Pri.HIGH + 1, Pri.LOW < Pri.HIGH, sorted([Pri.HIGH, Pri.LOW]), Pri(2) is Pri.HIGH)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(Perm.W.value, Perm.X.value, bool(rw & Perm.R), Perm.R in rw, Perm.X in rw)
class Shape(Enum):
    SQUARE = "sq"
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
print(Shape.SQUARE.describe(), Shape("sq"), [m.name for m in Shape])
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), asdict(p), astuple(p), replace(p, y=9), [f.name for f in fields(p)])
@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(1, 2), Ver(1, 0), Ver(0, 9)]), Ver(1) < Ver(1, 1), hash(Ver(1, 2)) == hash(Ver(1, 2)))
try:
    Ver(1).major = 2
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    Point()
except TypeError as ex:
    print(ex)
@dataclass
class Inv:
    name: str
    qty: int = 1
    def __post_init__(self):
        self.total = self.qty * 2
i = Inv("a", 3)
print(i, i.total)
