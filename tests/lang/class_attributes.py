class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
a, b = Counter(), Counter()
print(a.id, b.id, Counter.instances)
class Shared:
    items = []
    def add(self, x): self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)
print(sorted(k for k in vars(a)), getattr(a, "id"), hasattr(Counter, "instances"))
setattr(Counter, "extra", 9)
print(a.extra)
