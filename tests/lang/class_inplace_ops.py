class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __repr__(self): return f"Acc{self.items}"
a = Acc()
b = a
a += 1
a += 2
print(a, a is b)
class Plain:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Plain(self.v + o)
p = Plain(1)
q = p
p += 5
print(p.v, q.v, p is q)
