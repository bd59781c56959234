class A:
    '''doc'''
    x = 1
print(list(vars(A)))
class E(Exception): pass
print(list(vars(E)))
class B(A): pass
print(list(vars(B)))
class S: __slots__=('a',)
print(list(vars(S)))
class S2: __slots__=('a','__weakref__')
print(list(vars(S2)))
class S3: __slots__=('__dict__',)
print(list(vars(S3)))
class L(list): pass
print(list(vars(L)))
class St(set): pass
print(list(vars(St)))
class D(S): pass
print(list(vars(D)))
class F(Exception):
    def __init__(self): pass
print(list(vars(F)))
print(S3.__dict__['__dict__'], A.__dict__['__weakref__'].__get__(A()), A.__dict__['__dict__'])
class M(type): pass
print(list(vars(M)))
class Sl2(S2): pass
print(list(vars(Sl2)))
a = A()
a.__dict__ = {'y': 2}
print(a.y, vars(a), a.__dict__)
class AttrDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.__dict__ = self
ad = AttrDict(p=1)
ad.q = 2
print(ad, ad.p, ad.q)
try:
    a.__dict__ = 5
except TypeError as e:
    print(e)
print(A().__weakref__)
print(A.__dict__['__dict__'].__name__, A.__dict__['__dict__'].__objclass__)
print([n for n in dir(B) if n in ('__dict__', '__weakref__')])
c = A()
A.__dict__['__dict__'].__set__(c, {'z': 3})
print(c.z, A.__dict__['__dict__'].__get__(c))
class WithDoc:
    "has doc"
    def f(self): pass
print([k for k in vars(WithDoc)])
