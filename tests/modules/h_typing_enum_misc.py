from typing import NamedTuple, TypedDict, Protocol, Generic, TypeVar, Optional, Union, Callable, Iterator, Any, ClassVar, Final, Literal, get_type_hints
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, is_dataclass
from functools import singledispatch, cmp_to_key, reduce
from enum import Enum, unique, StrEnum, IntFlag
import random, pprint

T = TypeVar("T")
class Coord(NamedTuple):
    lat: float
    lon: float = 0.0
    def dist(self) -> float: return (self.lat ** 2 + self.lon ** 2) ** 0.5
c = Coord(3.0, 4.0); print(c, c.dist(), Coord(1.5), c._fields, Coord._field_defaults, c._asdict())
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1999}; print(m, type(m).__name__)
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), s.items)
class Greeter(Protocol):
    def greet(self) -> str: ...
def hello(g: Greeter) -> str: return g.greet()
class En:
    def greet(self): return "hi"
print(hello(En()))
def f(a: int, b: Optional[str] = None) -> Union[int, str]: return a
print(f.__annotations__, get_type_hints(f))
print(Optional[int], Union[int, str], list[int], dict[str, list[int]], Callable[[int], str], Literal["a", 1])
@dataclass
class Inv:
    name: str
    unit: float
    qty: int = 0
    total: float = field(init=False)
    discount: InitVar[float] = 0.0
    def __post_init__(self, discount):
        self.total = self.unit * self.qty * (1 - discount)
print(Inv("w", 2.0, 5, 0.1), [f.name for f in fields(Inv)], is_dataclass(Inv))
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: list = field(default_factory=lambda: [0])
print(K(1, b=3), K(2))
@dataclass(slots=True, eq=True)
class Sl:
    x: int
    y: int = 2
print(Sl(1), Sl(1) == Sl(1, 2), hasattr(Sl(1), "__dict__"))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try: Inv("a")
except TypeError as e: print(e)
@singledispatch
def show(x): return f"obj {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@unique
class Color(StrEnum):
    RED = "red"
    GREEN = "green"
print(Color.RED, Color("green"), Color.RED.upper(), Color.RED == "red", f"{Color.GREEN}", list(Color))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet.MERCURY.mass)
class Perm(IntFlag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(7), Perm.R in Perm(6), repr(Perm(0)), list(Perm(7)))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Shade(Enum):
    DARK = 1
    NOIR = 1
print(Shade.NOIR, Shade.NOIR is Shade.DARK, Shade.__members__.keys() if False else list(Shade.__members__))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5), random.choices("ab", k=5))
print(random.gauss(0, 1), random.randrange(0, 100, 5), random.getrandbits(16), random.triangular(0, 1))
r2 = random.Random(7); print(r2.random(), r2.randint(0, 10), [r2.randint(1, 6) for _ in range(8)])
pprint.pprint({"k%d" % i: list(range(i)) for i in range(8)})
pprint.pprint([{"name": "x" * 30, "vals": list(range(15))}, ("t", 1)], width=60)
print(pprint.pformat({"b": 1, "a": [1, 2]}), pprint.pformat("x" * 10))
