# collections.deque edge cases: maxlen 0, rotation by any amount, extending with itself, mutation while
# iterating (forwards and reversed, as CPython checks them), insert/remove/del in the middle, repetition of
# bounded deques, huge arguments, and the type's names.
from collections import deque
import collections


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(5))
z.extendleft(iter("ab"))
print(z, len(z), z.maxlen, list(z), bool(z))
show("pop maxlen=0", z.pop)
show("insert maxlen=0", lambda: z.insert(0, 1))
print(deque("abc", 0), deque("abc", maxlen=0) == deque())

d = deque(range(7))
for n in (0, 1, -1, 3, -3, 7, -7, 8, -8, 100, -100, 10 ** 15, -(10 ** 15)):
    x = d.copy()
    x.rotate(n)
    print("rotate", n, list(x))
show("rotate huge", lambda: d.rotate(10 ** 20))
show("rotate float", lambda: d.rotate(1.0))
one = deque([1])
one.rotate(5)
print(one, deque().rotate(3))

# A ring buffer wrapping around its end, then growing.
r = deque()
for i in range(6):
    r.append(i)
for i in range(4):
    r.popleft()
for i in range(6, 30):
    r.append(i)
    if i % 3 == 0:
        r.appendleft(-i)
print(r, r[0], r[-1], r[len(r) // 2], len(r))

x = deque([1, 2, 3])
x.extend(x)
print(x)
x.extendleft(x)
print(x)
x += x
print(x, len(x))
b = deque([1, 2, 3], 4)
b.extend(b)
print(b)
b *= 3
print(b)
print(deque([1, 2, 3], 5) * 4, deque("ab", 3) + deque("xyz"), deque("ab") * 0, 0 * deque("ab"), deque() * 5)
b *= -1
print(b, b.maxlen)

for name, op in [("append", lambda q: q.append(9)), ("pop", lambda q: q.pop()), ("rotate 0", lambda q: q.rotate(0)),
                 ("clear", lambda q: q.clear()), ("setitem", lambda q: q.__setitem__(1, "s")),
                 ("reverse", lambda q: q.reverse()), ("delitem", lambda q: q.__delitem__(0)),
                 ("extend []", lambda q: q.extend([])), ("*= 1", lambda q: q.__imul__(1)),
                 ("*= 2", lambda q: q.__imul__(2)), ("insert", lambda q: q.insert(1, 0))]:
    for rev in (False, True):
        q = deque([1, 2, 3, 4])
        it = reversed(q) if rev else iter(q)
        first = next(it)
        op(q)
        try:
            rest = list(it)
        except RuntimeError as e:
            rest = "RuntimeError: " + str(e)
        try:
            again = list(it)
        except RuntimeError as e:
            again = "RuntimeError: " + str(e)
        print(name, "reversed" if rev else "forward", first, rest, again)

q = deque(range(5))
try:
    for v in q:
        if v == 2:
            q.append(99)
except RuntimeError as e:
    print("loop:", e)
it = iter(deque("abc"))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())


class Eq:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.append(0)
        return False


m = deque([1, 2, 3])
show("in while mutating", lambda: Eq(m) in m)
show("count while mutating", lambda: m.count(Eq(m)))
show("index while mutating", lambda: m.index(Eq(m)))
show("remove while mutating", lambda: m.remove(Eq(m)))

s = deque(range(10))
s.insert(3, "a")
s.insert(-2, "b")
s.insert(100, "end")
s.insert(-100, "start")
print(s)
del s[4]
del s[-3]
s.remove("end")
print(s, s.index(5), s.index(5, -6), s.index(5, 2, 100), s.index(5, -(2 ** 100), 2 ** 100))
s[0] = "S"
s[-1] = "E"
print(s, s.count(3), s.count("zz"), 3 in s, "zz" in s)
s.reverse()
print(s)
for bad in (20, -20, "a", 1.5, 2 ** 80):
    show("get %r" % (bad,), lambda: s[bad])
    show("set %r" % (bad,), lambda: s.__setitem__(bad, 0))
    show("del %r" % (bad,), lambda: s.__delitem__(bad))
    show("getitem %r" % (bad,), lambda: s.__getitem__(bad))
    try:
        s[bad] = 0
    except (TypeError, IndexError) as e:
        print("s[%r] = 0 ->" % (bad,), type(e).__name__, e)
    try:
        del s[bad]
    except (TypeError, IndexError) as e:
        print("del s[%r] ->" % (bad,), type(e).__name__, e)
show("slice", lambda: s[1:3])
show("index missing", lambda: s.index("nope"))
show("index stop", lambda: s.index(5, 0, 2))
show("index kw", lambda: s.index(5, start=0))
show("index bad start", lambda: s.index(5, "x"))
show("remove missing", lambda: s.remove("nope"))
show("pop empty", lambda: deque().pop())
show("popleft empty", lambda: deque().popleft())
show("insert full", lambda: deque([1, 2], 2).insert(0, 3))
show("insert arity", lambda: s.insert(1))
show("rotate arity", lambda: s.rotate(1, 2))
show("pop arity", lambda: s.pop(0))
show("append kw", lambda: s.append(x=1))
show("maxlen negative", lambda: deque((), -1))
show("maxlen float", lambda: deque((), 2.0))
show("maxlen huge", lambda: deque((), 2 ** 70))
show("too many", lambda: deque(1, 2, 3))
show("bad keyword", lambda: deque(maxlen=1, size=2))
show("not iterable", lambda: deque(5))
show("maxlen set", lambda: setattr(deque(), "maxlen", 3))
show("hash", lambda: hash(deque()))
show("concat list", lambda: deque() + [1])
show("list concat", lambda: [1] + deque())
show("mul str", lambda: deque() * "a")
show("lt list", lambda: deque() < [1])
show("descriptor", lambda: deque.append([], 1))
print(deque(maxlen=True), deque([1]).__init__([2, 3], 1))
w = deque([1, 2, 3])
w.__init__("xy")
print(w, w.maxlen)
w.__init__(maxlen=1)
print(w, w.maxlen)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) < deque([1, 3]),
      deque([2]) > deque([1, 9]), deque([1]) <= deque([1]), deque([1]) >= deque([1, 0]), deque([1]) == [1])
y = deque()
y.append(y)
y.append([y])
print(y)
print(repr(deque([1], 3)), str(deque("ab")))
print(deque, deque.__name__, deque.__qualname__, deque.__module__, collections.deque is deque)
print(type(iter(deque())), type(reversed(deque())), deque[int], deque.append, deque.maxlen)
print(deque.append.__qualname__, deque([]).append.__qualname__, deque.__doc__.splitlines()[0])
import _collections
print(_collections.deque is deque)
