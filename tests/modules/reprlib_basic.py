import reprlib
from collections import deque
from array import array

r = reprlib.repr
print(reprlib.__all__)
print(r(list(range(100))))
print(r(tuple(range(3))), r((1,)), r(()), r(tuple(range(10))))
print(r(set(range(20))), r(set()), r(frozenset(range(3))), r(frozenset()), r(frozenset(range(50))))
print(r({i: str(i) for i in range(10)}), r({}), r({'b': 1, 'a': 2}))
print(r({1, 'a', 2.5}))
print(r("x" * 100))
print(r("short"), r("quote's" * 10), r('a\nb' * 20))
print(r(2 ** 200), r(-10 ** 50), r(12345))
print(r(deque(range(10))), r(deque()))
print(r(array('i', range(10))), r(array('d')), r(array('b', [1, 2])))
print(r([[[[[[[[1]]]]]]]]), r([[[[[[[]]]]]]]))
print(r({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(r(3.14159), r(None), r(True), r(b"bytes" * 20))


class Big:
    def __repr__(self):
        return "Big(" + "z" * 50 + ")"


class Broken:
    def __repr__(self):
        raise ValueError("nope")


print(r(Big()))
b = Broken()
print(r(b) == '<Broken instance at %#x>' % id(b))

a = reprlib.Repr()
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 2
a.fillvalue = '~'
print(a.repr([1, 2, 3, 4]), a.repr("abcdefghijklmnop"), a.repr([[["deep"]]]), a.repr([[[]]]))
print(a.maxdict, a.maxset, a.maxother, a.maxlong, a.maxtuple, a.maxarray, a.maxfrozenset, a.maxdeque)
a.maxlong = 5
print(a.repr(10 ** 20))


class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return "%.2f" % x

    def repr_NoneType(self, x, level):
        return "nothing"


print(MyRepr().repr([1.23456, None, 2.0]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        """node repr"""
        return "Node(%s, %r)" % (self.name, self.children)


n = Node("root")
n.children.append(n)
n.children.append(Node("leaf"))
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__, Node.__repr__.__module__)


class L:
    def __init__(self, items):
        self.items = items

    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "L" + repr(self.items)


x = L([1])
x.items.append(x)
print(repr(x))
print(reprlib.aRepr.maxlevel, reprlib.aRepr.repr([1]))
