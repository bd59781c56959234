class Grid:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __getitem__(self, k): return self.d.get(k, 0)
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(sorted(self.d))
    def __contains__(self, k): return k in self.d
g = Grid()
g[1, 2] = 5
g[0, 0] = 1
print(g[1, 2], g[9, 9], len(g), list(g), (0, 0) in g)
del g[0, 0]
print(len(g), (0, 0) in g)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
