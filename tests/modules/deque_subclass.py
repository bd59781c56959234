# Subclasses of collections.deque (overridden methods seen by Python code, not by deque's own methods), copy,
# deepcopy and pickling of deques, subclasses and their iterators, and the collections.abc registrations.
from collections import deque
import collections, copy, pickle


class Hist(deque):
    """A bounded history whose append also counts."""

    def __init__(self, items=(), maxlen=3):
        super().__init__(items, maxlen)
        self.appends = 0

    def append(self, x):
        self.appends += 1
        super().append(x)

    def __repr__(self):
        return 'Hist<' + super().__repr__() + '>'


h = Hist([1, 2])
h.append(3)
h.append(4)
h.extend([5])          # extend does not call the overridden append
print(h, h.appends, len(h), h.maxlen, list(h), h[0], h[-1])
print(type(h).__name__, isinstance(h, deque), type(h.copy()).__name__, h.copy())
print(repr(copy.copy(h)), copy.deepcopy(h).appends)


class Plain(deque):
    pass


p = Plain('abc', 5)
print(p, repr(p), str(p), p == deque('abc'), deque('abc') == p, p != deque('ab'))
print(p + deque('x'), type(p + deque('x')).__name__, p * 2, type(2 * p).__name__)
p.tag = 'T'
q = pickle.loads(pickle.dumps(p))
print(type(q).__name__, q, q.tag, q.maxlen)
print(pickle.loads(pickle.dumps(deque([1, [2, 3]], 4))))
r = copy.deepcopy(deque([[1], [2]]))
print(r, r.maxlen)


class Rev(deque):
    def __iter__(self):
        return iter([9, 9])

    def __len__(self):
        return 42

    def __getitem__(self, i):
        return 'item%d' % i

    def __contains__(self, x):
        return x == 'yes'


v = Rev([1, 2, 3])
print(list(v), len(v), v[0], 'yes' in v, 1 in v, bool(v), list(reversed(v)))
print(deque.__len__(v), deque.__getitem__(v, 0), sorted(v))


class NotADeque(deque):
    def __new__(cls, *args):
        return [1]


try:
    deque.copy(deque.__new__(NotADeque))
except TypeError as e:
    print(e)


class Stack(deque):
    def push(self, x):
        self.append(x)

    def __add__(self, other):
        return 'added'

    def __eq__(self, other):
        return 'eq'


st = Stack()
st.push(1)
st.push(2)
print(st, st + deque(), deque() == st, st == 1, st != deque([1, 2]), st.pop(), st)

print(deque[int], deque[int].__origin__ is deque, collections.deque is deque)
print(deque, type(deque), deque.__name__, deque.__qualname__, deque.__module__)
print(type(iter(deque())), type(reversed(deque())))
print(deque.append.__qualname__, deque.maxlen.__class__.__name__)
print(deque.__doc__.splitlines()[0])
try:
    hash(deque())
except TypeError as e:
    print(e)
try:
    hash(Plain())
except TypeError as e:
    print(e)
try:
    deque().x = 1
except AttributeError as e:
    print(e)
try:
    deque().maxlen = 3
except AttributeError as e:
    print(e)
try:
    deque() < [1]
except TypeError as e:
    print(e)
try:
    [1] + deque()
except TypeError as e:
    print(e)
try:
    deque.append([], 1)
except TypeError as e:
    print(e)
for m in ('pop', 'popleft', 'clear', 'reverse'):
    try:
        getattr(deque([1]), m)(1)
    except TypeError as e:
        print(e)
for m in ('append', 'appendleft', 'extend', 'remove', 'count'):
    try:
        getattr(deque([1]), m)()
    except TypeError as e:
        print(e)
try:
    deque([1]).insert(1)
except TypeError as e:
    print(e)
try:
    deque([1]).rotate(1, 2)
except TypeError as e:
    print(e)
try:
    deque([1]).index()
except TypeError as e:
    print(e)
try:
    deque([1]).index(1, 'a')
except TypeError as e:
    print(e)
print(deque([1, 2, 3]).index(3, 2**100 * -1, 2**100))
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__())
it2 = pickle.loads(pickle.dumps(it))
print(list(it2), list(it))
ri = reversed(deque('abc'))
next(ri)
print(copy.copy(ri) is ri, list(ri))
d = deque(range(10))
it = iter(d)
next(it)
d[3] = 'x'
print(list(it))
class Eq:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.append(0)
        return False
d = deque([1, 2, 3])
for op in (lambda: Eq(d) in d, lambda: d.count(Eq(d)), lambda: d.index(Eq(d)), lambda: d.remove(Eq(d))):
    try:
        print(op())
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
import collections.abc as cabc
print(isinstance(deque(), cabc.MutableSequence), issubclass(Plain, cabc.Sequence), isinstance(deque(), cabc.Hashable))
print(deque.__reduce__(deque([1])) [:3], Plain([1]).__reduce__()[:3])
class NoDictState(deque):
    __slots__ = ()
print(NoDictState([1]).__reduce__()[:3])
