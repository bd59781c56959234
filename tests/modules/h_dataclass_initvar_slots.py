from dataclasses import dataclass, field, InitVar, fields, asdict, replace, FrozenInstanceError
from typing import ClassVar
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    rate: InitVar[float] = 0.05
    history: list = field(default_factory=list, repr=False)
    count: ClassVar[int] = 0
    def __post_init__(self, rate):
        self.interest = self.balance * rate
        Account.count += 1
a = Account("ann", 100.0)
b = Account("bob", 50.0, 0.1)
print(a, a.interest, b.interest, Account.count, [f.name for f in fields(a)], asdict(b))
print(replace(a, balance=5.0, rate=0.5).interest)
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
p = P(3, -4)
print(p, p.norm(), P.__slots__, hasattr(p, "__dict__"))
try: p.z = 1
except AttributeError as e: print("AttributeError", e)
@dataclass(frozen=True, slots=True)
class Q:
    a: int
q = Q(1)
try: q.a = 2
except FrozenInstanceError as e: print("frozen", e)
print(q, hash(q) == hash(Q(1)), {q, Q(1)})
@dataclass(order=True)
class V:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
print(sorted([V(1, 2, "b"), V(1, 0), V(0, 9, "a")]), V(1) < V(1, 1), V(2) == V(2, 0, "x"))
@dataclass
class Node:
    val: int
    children: list["Node"] = field(default_factory=list)
t = Node(1, [Node(2), Node(3, [Node(4)])])
print(t)
print(asdict(t))
@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
    x: int = 5
print(Derived(), Derived(7, 8), fields(Derived)[0].name)
try: P(1, 2, 3)
except TypeError as e: print(e)
print(Derived.__match_args__, V.__match_args__)
match V(3, 1):
    case V(3, minor): print("minor", minor)
