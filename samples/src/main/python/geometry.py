"""A small Python library used from Java (samples/src/main/java/dev/krait/samples/GeometryDemo.java)."""
import math


def area(width: float, height: float) -> float:
    return width * height


def circle_area(radius: float) -> float:
    return math.pi * radius ** 2


def describe(names: list[str]) -> dict[str, int]:
    return {name: len(name) for name in names}


class Polygon:
    def __init__(self, sides):
        self.sides = sides

    def perimeter(self):
        return sum(self.sides)
