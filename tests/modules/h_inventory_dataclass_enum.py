from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List, Optional
from enum import Enum, auto, IntEnum, Flag
import json

class Category(Enum):
    TOOLS = auto()
    FOOD = auto()
    TOYS = auto()

class Priority(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10

class Perm(Flag):
    R = 4
    W = 2
    X = 1

@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    qty: int = 0
    tags: List[str] = field(default_factory=list, repr=False)
    cat: Category = Category.TOOLS

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

items = [Item(3.5, "hammer", 2, ["heavy"]), Item(1.25, "apple", 10, cat=Category.FOOD),
         Item(3.5, "wrench", 1), Item(12.0, "robot", 1, ["kids", "battery"], Category.TOYS)]
for it in sorted(items):
    print(it)
print(max(items), min(items).name)
print(asdict(items[0]))
print(astuple(items[1]))
p = Point(1, 2)
print(p, hash(p) == hash(Point(1, 2)), p == Point(1, 2))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(replace(p, y=7))
print(Category.FOOD, repr(Category.FOOD), Category.FOOD.name, Category.FOOD.value)
print(list(Category))
print(Priority.HIGH > Priority.LOW, Priority.MID + 1, sorted([Priority.HIGH, Priority.LOW]))
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.W in (Perm.R | Perm.W))
print(Category["TOYS"], Category(2))
try:
    Category(9)
except ValueError as e:
    print(e)
total = sum(i.price * i.qty for i in items)
print(f"total={total:.2f} avg={total/len(items):>10.3f}|")
data = {"items": [{"name": i.name, "qty": i.qty, "cat": i.cat.name} for i in items], "ok": True, "none": None}
s = json.dumps(data, indent=2, sort_keys=True)
print(s)
print(json.loads(s) == data)
print(json.dumps({"a": 1.0, "b": [1, 2, {"c": "é"}]}, ensure_ascii=False))
print(json.dumps({"a": 1.0, "b": "é\n"}, separators=(",", ":")))
print(Priority.HIGH, str(Priority.HIGH), f"{Priority.HIGH}", format(Priority.LOW, "03d"))
print(f"{Category.TOOLS}", str(Perm.R))
