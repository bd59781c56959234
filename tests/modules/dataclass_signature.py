# inspect.signature of a dataclass and of its generated __init__: the fields as parameters (defaults,
# factories shown as <factory>, InitVar, KW_ONLY, inheritance), the __init__'s __annotations__, and typing
# annotations shown without their module.
import inspect
import typing
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import ClassVar, Optional


@dataclass
class P:
    x: int
    y: 'float' = 1.5
    z: list = field(default_factory=list)
    w: ClassVar[int] = 3
    q: InitVar[int] = 0
    hidden: int = field(default=9, init=False)
    _: KW_ONLY
    k: str = 'a'

    def __post_init__(self, q):
        pass


print(inspect.signature(P))
print(inspect.signature(P.__init__))
print(P.__init__.__annotations__)
sig = inspect.signature(P.__init__)
print(sig.parameters['z'].default, sig.parameters['k'].kind, sig.parameters['x'].default is inspect.Parameter.empty)
print(list(sig.parameters), sig.return_annotation)


@dataclass
class Empty:
    pass


print(inspect.signature(Empty), Empty.__init__.__annotations__)


@dataclass(init=False)
class NoInit:
    x: int


print(inspect.signature(NoInit))


@dataclass
class Own:
    x: int

    def __init__(self, a, b=2):
        self.x = a + b


@dataclass
class Child(Own):
    y: Optional[int] = None


print(inspect.signature(Own), inspect.signature(Child), Child.__init__.__qualname__)


@dataclass(kw_only=True)
class Kw:
    a: int
    b: int = 2


print(inspect.signature(Kw), Kw(a=1))
ba = inspect.signature(P).bind(1, z=[2], k='b')
print(ba.arguments)
print(P(1), Child(5), Child(1, 2).y)


def annotated(a: typing.List[int], b: typing.Dict[str, typing.Any] = None, *c: 'typing.Tuple',
              d: typing.Union[int, str, None] = 1, e: list[typing.Set[int]] = ()) -> typing.Optional[str]:
    pass


print(inspect.signature(annotated))
