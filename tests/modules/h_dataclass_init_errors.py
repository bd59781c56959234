from dataclasses import dataclass, field
@dataclass
class A:
    x: int
    y: int = 1
    z: list = field(default_factory=list)
for args, kw in [((1, 2, [3], 4), {}), ((), {}), ((1,), {"q": 2}), ((1,), {"x": 2}), ((), {"y": 2})]:
    try: A(*args, **kw)
    except TypeError as e: print(e)
@dataclass
class B:
    x: int
    _: int = 0
@dataclass(kw_only=True)
class C:
    a: int
    b: int
try: C()
except TypeError as e: print(e)
try: C(1, 2)
except TypeError as e: print(e)
@dataclass
class D:
    pass
try: D(1)
except TypeError as e: print(e)
print(D(), D() == D())
