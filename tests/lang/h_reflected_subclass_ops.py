class I(int):
    def __radd__(self, o): return "radd"
    def __rand__(self, o): return "rand"
print(1 + I(2), 1 & I(3), 1.5 + I(2) if False else "")
class F(float):
    def __rmul__(self, o): return "rmul"
print(2.0 * F(1), 2 * F(1))
class S(str):
    def __radd__(self, o): return "sradd"
print("a" + S("b"))
class L(list):
    def __radd__(self, o): return "lradd"
print([1] + L([2]))
class D:
    def __init__(self): self.log = []
class M(type):
    @classmethod
    def __prepare__(m, name, bases):
        class Rec(dict):
            def __setitem__(self, k, v):
                print("set", k); dict.__setitem__(self, k, v)
        return Rec()
class X(metaclass=M):
    a = 1
    def f(self): pass
class J(int):
    def __radd__(self, o): return J(super().__radd__(o) * 10)
    def __rsub__(self, o): return ("rsub", int.__sub__(o, self))
    def __repr__(self): return f"J({int(self)})"
print(1 + J(2), 5 - J(2), J(1) + J(2), J(3) + 1, 2.5 + J(1))
class K(J): pass
print(1 + K(1), J(1) + K(1))
class N(int):
    def __radd__(self, o): return NotImplemented
print(1 + N(2))
class FF(float):
    def __rtruediv__(self, o): return "rtd"
print(1.0 / FF(2), 1 / FF(2))
