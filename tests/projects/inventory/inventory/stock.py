from dataclasses import dataclass


@dataclass
class Item:
    name: str
    price: float
    count: int

    def __post_init__(self):
        self.price = float(self.price)
        self.count = int(self.count)

    def value(self):
        return round(self.price * self.count, 2)


def load(text):
    rows = [line.split(",") for line in text.splitlines()[1:] if line.strip()]
    return [Item(*row) for row in rows]
