# __closure__, cell objects (cell_contents read, set and deleted; types.CellType) and co_freevars/co_cellvars
# in CPython's order. Cell reprs show addresses, so only contents are printed.
import types


def f(z, a, m):
    y = 1
    b = 2

    def g():
        return z, a, y, b
    return g


g = f(1, 2, 3)
print(f.__code__.co_cellvars, g.__code__.co_freevars, f.__code__.co_freevars, g.__code__.co_cellvars)
print(f.__closure__, [c.cell_contents for c in g.__closure__], g())


def outer():
    x = 1

    def mid():
        def inner():
            return x
        return inner
    return mid


print(outer().__code__.co_freevars, outer().__closure__[0].cell_contents, outer()().__closure__[0].cell_contents)
print(outer.__code__.co_cellvars, outer().__code__.co_cellvars, outer()().__code__.co_freevars)


class A:
    def m(self):
        return super()

    def n(self):
        return __class__

    def plain(self):
        return 1


print(A.m.__code__.co_freevars, A.m.__closure__[0].cell_contents, A.n.__closure__[0].cell_contents is A, A.plain.__closure__)


def e():
    def h():
        return q
    r = h.__closure__[0]
    try:
        r.cell_contents
    except ValueError as ex:
        print('ValueError', ex)
    q = 5
    print(r.cell_contents)
    r.cell_contents = 7
    print(h(), q)
    del r.cell_contents
    try:
        h()
    except NameError as ex:
        print(type(ex).__name__, ex)
    try:
        del r.cell_contents
    except ValueError as ex:
        print('ValueError', ex)


e()


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


c = counter()
c()
c()
cell = c.__closure__[0]
print(cell.cell_contents, c.__code__.co_freevars, counter.__code__.co_cellvars)
cell.cell_contents = 100
print(c(), cell.cell_contents)
print(types.CellType, type(cell) is types.CellType, isinstance(cell, types.CellType))
ce = types.CellType(3)
print(ce.cell_contents)
try:
    types.CellType().cell_contents
except ValueError as ex:
    print(ex)
try:
    types.CellType(1, 2)
except TypeError as ex:
    print(ex)
try:
    hash(types.CellType(1))
except TypeError as ex:
    print(ex)
print(types.CellType(1) == types.CellType(1), types.CellType(1) < types.CellType(2), types.CellType() < types.CellType(0),
      types.CellType() == types.CellType(), types.CellType(None) > types.CellType(), types.CellType(1) != types.CellType(1))
print((lambda: 0).__closure__, (lambda: 0).__code__.co_freevars)


def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + j for j in range(3)]


a1, a2 = make_adders()
print([f(10) for f in a1], [f(10) for f in a2], a2[0].__closure__[0].cell_contents, a2[0].__code__.co_freevars)
print(a2[0].__closure__[0] is a2[1].__closure__[0])


class Priv:
    def meth(self):
        __secret = 1

        def inner():
            return __secret
        return inner


print(Priv().meth().__code__.co_freevars, Priv.meth.__code__.co_cellvars)


def gen_outer(k):
    def gen():
        yield k
    return gen


gg = gen_outer(9)
print(gg.__code__.co_freevars, gg.__closure__[0].cell_contents, list(gg()))


def deco(fn):
    def wrapper(*a, **kw):
        return fn(*a, **kw)
    return wrapper


@deco
def target():
    return 'hit'


print(target.__closure__[0].cell_contents.__name__, target.__code__.co_freevars, target())


def shadow(a):
    def inner():
        return a
    a = 2
    return inner


print(shadow.__code__.co_cellvars, shadow(1).__closure__[0].cell_contents)
