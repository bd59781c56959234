class A:
    def who(self): return "A"
    def hello(self): return "hello from " + self.who()
class B(A):
    def who(self): return "B"
class C(B):
    def hello(self): return super().hello() + "!"
print(A().hello(), B().hello(), C().hello())
print(issubclass(C, A), isinstance(C(), B), C.__bases__, C.__mro__)
class Base:
    def __init__(self, v):
        self.v = v
class Derived(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
d = Derived(1, 2)
print(d.v, d.w)
