"""The Python side of the interop benchmarks (benchmarks/jmh)."""
from java.lang import Math


def add(a: int, b: int) -> int:
    return a + b


def java_max(a: int, b: int) -> int:
    return Math.max(a, b)


def py_max(a: int, b: int) -> int:
    return a if a > b else b


def java_max_loop(n: int) -> int:
    total = 0
    for i in range(n):
        total += Math.max(i, 5)
    return total


def py_max_loop(n: int) -> int:
    total = 0
    for i in range(n):
        total += py_max(i, 5)
    return total
