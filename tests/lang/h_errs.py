import sys
sys.setrecursionlimit(200)
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(150))
try:
    depth(10000)
except RecursionError as e:
    print("RecursionError:", e)
class Node:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Node) and self.v == o.v
try:
    {Node(1)}
except TypeError as e:
    print(e)
print(Node.__hash__)
def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
f = outer(); f(); print(f())
g = 10
def useg():
    global g
    g += 5
useg(); print(g)
def bad():
    print(local_before)
    local_before = 1
try: bad()
except UnboundLocalError as e: print(e)
class A:
    x = 1
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__
class B(A): x = 2
print(B.c(), B().s(), A.x, B.x, B().c())
try:
    raise ValueError("a", 1)
except ValueError as e:
    print(e, e.args, repr(e))
try:
    raise KeyError("key")
except LookupError as e:
    print(repr(e), str(e))
e = Exception()
print(repr(e), str(e) == "", repr(ValueError()), repr(KeyError()), str(KeyError("a", "b")))
class MyErr(Exception):
    def __str__(self): return "custom str"
try: raise MyErr(1, 2)
except MyErr as e: print(e, repr(e), e.args)
try:
    assert 1 > 2, "math broke"
except AssertionError as e: print("assert:", e)
try: assert False
except AssertionError as e: print(repr(e))
import traceback
try:
    int("x")
except ValueError:
    s = traceback.format_exc()
    print(s.splitlines()[-1])
def gen():
    yield 1
    raise RuntimeError("in gen")
try:
    for x in gen(): print(x)
except RuntimeError as e: print(e)
eg = ExceptionGroup("many", [ValueError(1), TypeError(2)])
try:
    raise eg
except* ValueError as g1:
    print("vals", g1.exceptions)
except* TypeError as g2:
    print("types", g2.exceptions)
print(str(eg), eg.exceptions)
try:
    raise SystemExit(3)
except SystemExit as e: print("exit code", e.code)
def chain():
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
chain()
