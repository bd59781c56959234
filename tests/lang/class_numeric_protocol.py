import math
class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __float__(self):
        return float(self.v) + 0.5
    def __int__(self):
        return self.v
    def __round__(self, n=None):
        return "rounded" if n is None else f"rounded{n}"
    def __trunc__(self):
        return 7
    def __floor__(self):
        return 8
    def __ceil__(self):
        return 9
    def __format__(self, spec):
        return f"<{spec}>"
    def __abs__(self):
        return "abs!"
    def __neg__(self):
        return Num(-self.v)
    def __invert__(self):
        return "inv"
n = Num(3)
print([10, 20, 30, 40][n], hex(n), bin(n))
print(float(n), int(n), round(n), round(n, 2))
print(math.trunc(n), math.floor(n), math.ceil(n))
print(format(n, "xyz"), f"{n:>5}")
print(abs(n), (-n).v, ~n)
print(range(10)[n], "abcdef"[n:])
print(list(range(n)))
