# The generated __init__: positional fast path with defaults, keywords, user __setattr__ (called as CPython does),
# frozen classes, default factories, __post_init__, kw_only fields and the argument-count errors.
from dataclasses import dataclass, field
@dataclass
class A:
    x: int
    y: int = 5
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)
a = A(1); print(a); a2 = A(1, 2); print(a2); a3 = A(y=3, x=4); print(a3)
@dataclass(frozen=True)
class F:
    x: int
    y: str = "q"
f = F(1); print(f, hash(f) == hash(F(1)))
try: f.x = 3
except Exception as e: print(type(e).__name__, e)
@dataclass
class P:
    a: int
    b: list = field(default_factory=list)
    def __post_init__(self): print("post", self.a, self.b)
P(1); P(2, [3])
@dataclass
class Q:
    a: int
    def __post_init__(self): print("postQ", self.a)
Q(7)
for args in [(), (1, 2, 3)]:
    try: A(*args)
    except TypeError as e: print(e)
try: Q(1, a=2)
except TypeError as e: print(e)
@dataclass
class K:
    a: int
    b: int = field(default=2, kw_only=True)
print(K(1), K(1, b=3))
