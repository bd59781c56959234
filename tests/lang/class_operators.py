class V:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return V(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o): return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c))
    def __rmul__(self, k): return self * k
    def __neg__(self): return V(*(-a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __lt__(self, o): return abs(self) < abs(o)
    def __repr__(self): return "V" + repr(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __contains__(self, x): return x in self.c
    def __bool__(self): return any(self.c)
    def __hash__(self): return hash(self.c)
a, b = V(1, 2), V(3, 4)
print(a + b, b - a, a * 3, 2 * a, -a, abs(b))
print(a == V(1, 2), a != b, a < b, max(a, b), len(a), a[1], 2 in a, bool(V(0, 0)))
print(sorted([b, a]), {a, V(1, 2)})
