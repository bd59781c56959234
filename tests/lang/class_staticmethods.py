class M:
    count = 0
    @staticmethod
    def add(a, b): return a + b
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @property
    def double(self): return self.count * 2
print(M.add(1, 2), M().add(3, 4))
m = M.make(); M.make()
print(M.count, m.double, type(m).__name__)
class Sub(M): pass
s = Sub.make()
print(type(s).__name__, Sub.count, M.count)
