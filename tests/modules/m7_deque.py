# collections.deque: every method, maxlen, rotate, indexing, comparisons, repr and CPython's errors.
from collections import deque
import copy


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


d = deque([1, 2, 3])
print(d, repr(d), str(d), len(d), d[0], d[-1], d.maxlen, list(d), bool(d), bool(deque()), deque(), deque("abc"))
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft([0, -1])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
d.rotate(0)
d.rotate(100)
print(d)
e = deque()
e.rotate(5)
print(e)
print(d.count(4), d.count(99), d.index(4), d.index(2, 2), d.index(2, -5, -1))
show("index(99)", d.index, 99)
show("index(0, 0, 1)", d.index, 0, 0, 1)
d.insert(2, "x")
d.insert(-1, "y")
d.insert(100, "z")
d.insert(-100, "w")
print(d)
d.remove("x")
print(d)
show("remove('nope')", d.remove, "nope")
d.reverse()
print(d, list(reversed(d)))
d[0] = "first"
d[-1] = "last"
del d[1]
del d[-2]
print(d, d[2], "y" in d, "q" in d)
show("d[50]", lambda: d[50])
show("d[-50]", lambda: d[-50])
show("d['a']", lambda: d["a"])
show("d[1:2]", lambda: d[1:2])
show("del d[50]", lambda: d.__delitem__(50))
show("d[50] = 1", lambda: d.__setitem__(50, 1))
c = d.copy()
c.clear()
print(c, d, copy.copy(d), copy.deepcopy(d), type(d.copy()).__name__)
show("deque().pop()", deque().pop)
show("deque().popleft()", deque().popleft)

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(0)
print(m)
m.extend([20, 21])
print(m)
m.extendleft([30, 31])
print(m)
m.insert(0, 5) if len(m) < 3 else show("insert into full", m.insert, 0, 5)
print(deque([], maxlen=0), deque([1, 2], maxlen=0), deque(maxlen=2), deque("abcdef", 2))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))
show("maxlen=-1", deque, [], -1)
show("maxlen='x'", deque, [], "x")
show("m.maxlen = 5", setattr, m, "maxlen", 5)
show("deque(1)", deque, 1)
print(deque([1, 2], maxlen=None).maxlen, repr(deque(maxlen=5)))

# operators
a = deque([1, 2, 3])
b = deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == deque([1, 2, 3]), a == [1, 2, 3], deque() == deque())
print(a + b, a * 2, 2 * a, a * 0, a * -1)
a += [7, 8]
print(a)
a *= 2
print(a)
show("a + [1]", lambda: a + [1])


mm = deque([1, 2], maxlen=3)
print(mm + deque([3, 4]), mm * 3, (mm + deque([3, 4])).maxlen)
mm *= 2
print(mm)

# iteration and mutation during iteration
it = iter(deque([1, 2, 3]))
print(next(it), list(it))
q = deque([1, 2, 3])
try:
    for x in q:
        q.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
q = deque([1, 2, 3])
try:
    for x in reversed(q):
        q.pop()
except RuntimeError as e:
    print("RuntimeError:", e)

# recursion in repr, subclass
r = deque([1])
r.append(r)
print(r)


class MyDeque(deque):
    pass


md = MyDeque([1, 2], maxlen=4)
print(md, repr(MyDeque()), type(md.copy()).__name__, md == deque([1, 2]), isinstance(md, deque))

# as a queue and a stack
queue = deque()
for i in range(5):
    queue.append(i)
print([queue.popleft() for _ in range(3)], queue)
window = deque(maxlen=3)
sums = []
for v in [5, 1, 4, 2, 8, 7]:
    window.append(v)
    sums.append(sum(window))
print(sums, deque.__name__, deque.__module__)
print(d.__len__(), d.__contains__("last"), d.__getitem__(0), d.__class__, deque.__hash__)
