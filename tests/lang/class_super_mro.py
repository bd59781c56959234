class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
class Base:
    def __init__(self, x):
        self.x = x
    @classmethod
    def make(cls, x):
        return cls(x)
class Child(Base):
    def __init__(self, x, y=0):
        super().__init__(x)
        self.y = y
c = Child.make(5)
print(type(c).__name__, c.x, c.y)
print(super(Child, c).__init__ is not None)
class E(B):
    def who(self):
        return super(B, self).who()
print(E().who())
try:
    class X(A, A):
        pass
except TypeError as e:
    print(e)
class P: pass
class Q(P): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__)
