class A:
    def __init__(self):
        return 5
try:
    A()
except TypeError as e:
    print(e)
class B:
    pass
try:
    B(1)
except TypeError as e:
    print(e)
class C:
    def __init__(self, x):
        self.x = x
try:
    C()
except TypeError as e:
    print(e)
try:
    C(1, 2)
except TypeError as e:
    print(e)
class D:
    def m(self, a):
        return a
try:
    D().m()
except TypeError as e:
    print(e)
try:
    D.m(1)
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
class K:
    x = 5
    vals = [x for _ in range(1)] if False else None
try:
    class K2:
        y = 3
        vals = [y for _ in range(2)]
except NameError as e:
    print(e)
print(isinstance(A, type), type(A) is type, A.__class__.__name__)
class Base:
    @classmethod
    def create(cls):
        return cls.__name__
    @staticmethod
    def helper(x):
        return x * 2
class Sub(Base):
    @classmethod
    def create(cls):
        return "sub:" + super().create()
print(Sub.create(), Sub().create(), Sub.helper(4), Base.helper(1))
