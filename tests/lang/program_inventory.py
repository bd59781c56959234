class Item:
    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def total(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, {self.qty})"


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, name, price, qty=1):
        if name in self._items:
            self._items[name].qty += qty
        else:
            self._items[name] = Item(name, price, qty)
        return self

    def remove(self, name, qty=1):
        item = self._items.get(name)
        if item is None:
            raise KeyError(f"no such item: {name}")
        if item.qty < qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        if item.qty == 0:
            del self._items[name]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.name))

    def __contains__(self, name):
        return name in self._items

    def value(self):
        return sum(i.total for i in self)

    def report(self):
        lines = [f"{'name':<10}{'price':>8}{'qty':>5}{'total':>10}"]
        for it in self:
            lines.append(f"{it.name:<10}{it.price:>8.2f}{it.qty:>5}{it.total:>10.2f}")
        lines.append(f"{'TOTAL':<23}{self.value():>10.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add("apple", 0.5, 10).add("pear", 0.75, 4).add("melon", 3.2).add("apple", 0.5, 5)
print(len(inv), "pear" in inv, "kiwi" in inv)
print(inv.report())
inv.remove("melon")
for bad in [("kiwi", 1), ("pear", 10)]:
    try:
        inv.remove(*bad)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(list(inv))
print(f"{inv.value():.2f}")
