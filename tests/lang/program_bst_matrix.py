class Node:
    __slots__ = ("val", "left", "right")
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right
class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, v):
        def go(n):
            if n is None:
                self.size += 1
                return Node(v)
            if v < n.val:
                n.left = go(n.left)
            elif v > n.val:
                n.right = go(n.right)
            return n
        self.root = go(self.root)
    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.val
            n = n.right
    def __len__(self):
        return self.size
    def __contains__(self, v):
        n = self.root
        while n:
            if v == n.val:
                return True
            n = n.left if v < n.val else n.right
        return False
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
t = BST()
for v in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(v)
print(list(t), len(t), 65 in t, 66 in t, t.height())
class Matrix2:
    def __init__(self, a, b, c, d):
        self.m = (a, b, c, d)
    def __matmul__(self, o):
        a, b, c, d = self.m
        e, f, g, h = o.m
        return Matrix2(a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)
    def __pow__(self, n):
        result = Matrix2(1, 0, 0, 1)
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
print((Matrix2(1, 1, 1, 0) ** 90).m[1], (Matrix2(1, 1, 1, 0) ** 300).m[1] % 10**9)
def gen_primes():
    D = {}
    q = 2
    while True:
        if q not in D:
            yield q
            D[q * q] = [q]
        else:
            for p in D[q]:
                D.setdefault(p + q, []).append(p)
            del D[q]
        q += 1
import itertools
print(list(itertools.islice(gen_primes(), 20)), next(itertools.dropwhile(lambda p: p < 1000, gen_primes())))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else round(o * 100)))
    __radd__ = __add__
    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self):
        return hash(self.cents)
print(sum([Money(150), Money(275), 1.05], Money(0)), Money(-5) + Money(1), {Money(1), Money(1)}, Money(3) == Money(3))
