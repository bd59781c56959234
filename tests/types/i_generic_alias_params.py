from typing import Generic, TypeVar, Dict, List, Optional

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

print(list[T].__parameters__, dict[K, V].__parameters__, dict[str, list[T]].__parameters__, list[int].__parameters__)
print(list[T][int], dict[K, V][str, bytes], dict[str, list[T]][float], dict[K, dict[K, V]][int, str])
print(dict[str, Optional[T]].__parameters__, dict[str, Optional[T]][int])
for bad in [lambda: list[int][str], lambda: dict[K, V][int], lambda: list[T][int, str]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Box(Generic[T]):
    pass


class Table(Generic[K, V]):
    pass


print(Box[list[T]].__parameters__, Box[list[T]][int], Table[str, dict[str, V]][bytes])
print(Box[Dict[str, T]][int], Box[List[T]].__parameters__)


class Rows(Table[str, list[V]]):
    pass


print(Rows.__parameters__, Rows[int], Rows.__orig_bases__)
