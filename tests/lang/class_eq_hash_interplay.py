class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, NoHash) and self.v == other.v
try:
    hash(NoHash(1))
except TypeError as e:
    print(e)
print(NoHash.__hash__)
class WithHash(NoHash):
    def __hash__(self):
        return hash(self.v)
s = {WithHash(1), WithHash(1), WithHash(2)}
print(len(s))
class Default:
    pass
d1, d2 = Default(), Default()
print(d1 == d1, d1 == d2, d1 != d2, hash(d1) == hash(d1))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"Cmp({self.v})"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]))
print(Cmp(1) > Cmp(0))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(e)
class NI:
    def __eq__(self, o):
        return NotImplemented
print(NI() == NI(), NI() != 1)
