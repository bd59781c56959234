# collections.Counter: counting, most_common, arithmetic, unary operators, elements, subtract, total, repr, errors.
from collections import Counter


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


c = Counter("abracadabra")
print(c, repr(c), c["a"], c["z"], len(c), c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100))
print(sorted(c.elements()), list(c.elements()), c.total(), Counter().total(), sum(c.values()))
print(Counter({"a": 3, "b": -1}), Counter(a=2, b=0), Counter(["x", "y", "x"]), Counter(), Counter(Counter("aab")))
print(Counter({"a": 3, "b": -1}).most_common(), list(Counter({"a": 2, "b": -1, "c": 0}).elements()))
d = Counter("aab")
d.update("bcc")
d.update({"a": 10})
d.update(z=2)
print(d)
d.subtract("aaz")
d.subtract({"c": 5})
d.subtract(q=1)
print(d)
e = Counter(a=3, b=1, c=-2)
f = Counter(a=1, b=2, d=4)
print(e + f, e - f, e | f, e & f, +e, -e, f - e)
e += Counter(a=1)
print(e)
e -= Counter(b=5)
print(e)
e |= Counter(x=1)
print(e)
e &= Counter(a=10, x=5)
print(e)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) >= Counter(a=2, b=0), Counter(a=1) < Counter(a=1), Counter(a=1) > Counter())
del d["a"]
del d["nothing"]
print(d, "a" in d, d.get("a"), d.get("b", 7))
c2 = c.copy()
c2["a"] = 0
print(c2, type(c2).__name__, c["a"])
show("Counter.fromkeys('ab')", Counter.fromkeys, "ab")
show("Counter(1)", Counter, 1)
show("c + {}", lambda: c + {})
show("c < {}", lambda: c < {})
show("Counter('a', 'b')", Counter, "a", "b")
print(Counter("hello world").most_common(3), sorted(Counter("mississippi").items()))
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(2), wc["the"], list(wc)[:3], dict(wc)["fox"])
print(Counter({1: 2, (1, 2): 3}), repr(Counter({"b": 1, "a": 1, "c": 2})), Counter(a=2.5, b=1))


class MyCounter(Counter):
    pass


print(MyCounter("aab"), type(MyCounter("a") + MyCounter("b")).__name__, isinstance(c, dict))
print(Counter(a=1).items(), Counter(a=1).keys(), Counter(a=1).values())
e = Counter(a=1)
e.clear()
print(e, Counter(x=None) if False else Counter(x=0), Counter(a=-1) + Counter(), Counter(a=-1) - Counter(a=-3))
