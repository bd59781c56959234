class Money:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.v + o.v)
        if isinstance(o, int): return Money(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self): return f"Money({self.v})"
print(Money(1) + Money(2), Money(1) + 5, 5 + Money(1), sum([Money(1), Money(2)], Money(0)))
print(sum([Money(3), Money(4)]))
try:
    Money(1) + "x"
except TypeError as e:
    print(e)
class Sub(int):
    pass
class R:
    def __radd__(self, o): return "radd"
    def __rsub__(self, o): return "rsub"
print(1 + R(), 2.5 - R(), [1] + R())
