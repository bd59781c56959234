# typing.Protocol: structural isinstance/issubclass for @runtime_checkable protocols, errors otherwise.
from typing import Protocol, runtime_checkable, Iterable


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str


class SupportsArea(Protocol):
    def area(self) -> float: ...


class File:
    def close(self):
        print("closed")


class Person:
    def __init__(self, name):
        self.name = name


class Square(SupportsArea):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class NoClose:
    close = None


print(isinstance(File(), Closeable), isinstance(1, Closeable), isinstance(NoClose(), Closeable))
print(issubclass(File, Closeable), issubclass(int, Closeable))
print(isinstance(Person("a"), Named), isinstance(File(), Named))
print(Square(3).area())
try:
    isinstance(Square(2), SupportsArea)
except TypeError as e:
    print("subclass too:", e)
try:
    isinstance(File(), SupportsArea)
except TypeError as e:
    print(e)
try:
    issubclass(Person, Named)
except TypeError as e:
    print(e)
try:
    SupportsArea()
except TypeError as e:
    print(e)


def total_area(shapes: Iterable[SupportsArea]) -> float:
    return sum(s.area() for s in shapes)


print(total_area([Square(1), Square(2)]))
for obj in [File(), Person("b"), 3]:
    match obj:
        case Closeable():
            print("closeable", type(obj).__name__)
        case _:
            print("other", type(obj).__name__)


class Meta(type):
    def __instancecheck__(cls, inst):
        print("check", cls.__name__)
        return False


class A(metaclass=Meta):
    pass


class B(A):
    pass


# A metaclass's __instancecheck__ is asked about subclasses too; only the exact type answers at once.
print(isinstance(B(), A), isinstance(A(), A), issubclass(B, A))
