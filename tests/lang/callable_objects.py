class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), list(map(add5, [1, 2])), callable(add5), callable(Adder))
class Poly:
    def __init__(self, *coeffs):
        self.c = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.c))
    def __repr__(self):
        terms = [f"{c}x^{i}" if i else str(c) for i, c in enumerate(self.c) if c]
        return " + ".join(terms) or "0"
p = Poly(1, 0, 2)
print(p, [p(x) for x in range(4)], Poly())
funcs = [len, str.upper, abs, Adder(1), lambda s: s * 2]
args = ["abc", "abc", -3, 41, "ab"]
print([f(a) for f, a in zip(funcs, args)])
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, Adder(1), abs)(-5))
ops = {"+": lambda a, b: a + b, "max": max, "pow": pow}
print({k: f(2, 5) for k, f in ops.items()})
class Meth:
    def method(self, x):
        return x * 3
m = Meth()
bound = m.method
unbound = Meth.method
print(bound(2), unbound(m, 3), bound.__self__ is m, getattr(m, "method")(4))
