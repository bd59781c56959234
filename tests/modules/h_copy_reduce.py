import copy
class Q:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (Q, (self.x * 10,))
print(copy.copy(Q(1)).x, copy.deepcopy(Q(2)).x)
class M(type): pass
class C(metaclass=M): pass
print(copy.deepcopy(C) is C, copy.copy(C) is C)
import enum
class E(enum.Enum):
    A = 1
print(copy.deepcopy(E.A) is E.A, copy.copy(E.A) is E.A)
print(copy.deepcopy([E.A, {1: E.A}]))
class S:
    def __init__(self): self.v = [1, 2]
    def __getstate__(self): return {'v': self.v, 'extra': 1}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
s2 = copy.deepcopy(S())
print(sorted(vars(s2)))
class P:
    def __init__(self): self.a = [1]
p = P(); q = copy.deepcopy(p); q.a.append(2); print(p.a, q.a)
