import typing
from typing import Generic, TypeVar, Dict, List, Optional, get_args, get_origin

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[K, V]):
    pass


class IntBox(Box[int]):
    pass


class Mapped(Dict[K, V], Generic[K, V]):
    pass


class Sub(Pair[str, V]):
    pass


print(Box.__parameters__)
print(Pair.__parameters__)
print(IntBox.__parameters__)
print(Sub.__parameters__)
print(Box[int])
print(Pair[str, List[int]])
print(Box.__orig_bases__)
print(IntBox.__orig_bases__)
print(Sub.__orig_bases__)
print(Box.__mro__)
print(IntBox.__mro__)
print(get_origin(Box[int]) is Box, get_args(Box[int]))
print(get_args(Pair[int, Optional[str]]))
print(get_origin(List[int]), get_args(Dict[str, int]))
print(get_origin(int), get_args(int))
print(Box[int](5).get(), IntBox("x").get())
print(isinstance(IntBox(1), Box), issubclass(Sub, Pair))
print(Box[int] == Box[int], Box[int] == Box[str])
print(Box[int].__origin__, Box[int].__args__)
print(Pair[str, V][int])
print(Box[T])
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)
print(typing.Generic)
print(get_origin(Generic[T]), get_args(Generic[T]))
b = Box[int](3)
print(type(b).__name__, b.__orig_class__)
