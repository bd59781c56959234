import heapq
import bisect
import copy
import string
from contextlib import contextmanager, suppress, nullcontext, redirect_stdout, ExitStack
from abc import ABC, abstractmethod

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data[0], heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(2, [3, 1, 4, 1, 5]), heapq.heappushpop([1, 2], 0))
print(heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4], [2, 3])))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
orig = {"a": [1, [2, 3]], "b": {"c": 4}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["a"][1].append(99)
print(sh["a"], dp["a"], sh is orig, dp == {"a": [1, [2, 3]], "b": {"c": 4}})
class Obj:
    def __init__(self):
        self.items = [1]
o = Obj()
o2 = copy.deepcopy(o)
o2.items.append(2)
print(o.items, o2.items, copy.copy(o).items is o.items)
lst = [1]
lst.append(lst)
cp = copy.deepcopy(lst)
print(cp[1] is cp, cp[0])
print(string.ascii_uppercase, string.hexdigits, string.capwords(" a  b "))
@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("b") as t:
    print("inside", t)
try:
    with tag("x"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with suppress(KeyError, IndexError):
    [][0]
print("suppressed")
with nullcontext(5) as n:
    print(n)
class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
buf = Buf()
with redirect_stdout(buf):
    print("hidden")
print("captured:", "".join(buf.parts).strip())
with ExitStack() as stack:
    stack.callback(print, "callback ran")
    for name in ["one", "two"]:
        stack.enter_context(tag(name))
    print("body")
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).area(), isinstance(Sq(1), Shape))
try:
    Shape()
except TypeError as e:
    print(e)
from string import Template
t = Template("$who likes ${what}; costs $$5 $x")
print(t.safe_substitute(who="tim", what="kung pao"), t.get_identifiers())
try:
    t.substitute(who="a", what="b")
except KeyError as e:
    print("KeyError", e)
print(Template("$a $b").substitute({"a": 1}, b=2))
import os.path as p
print(p.commonprefix(["/usr/lib", "/usr/local"]), p.commonpath(["/usr/lib/x", "/usr/local"]), p.relpath("/a/b/c", "/a/d"), p.normcase("X"), p.splitdrive("/x"))
