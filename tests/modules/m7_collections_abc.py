# collections.abc: recognition of built-in and user classes, the mixin methods, abstract methods.
import collections.abc as A
from collections import deque, OrderedDict, Counter, ChainMap, defaultdict
def g(): yield 1
async def co(): pass
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Eq:
    def __eq__(self, o): return True
samples = [1, 1.5, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(3), {}.values(),
           iter([]), g(), len, lambda: 0, int, It(), Eq(), deque(), OrderedDict(), Counter(), ChainMap(), defaultdict(), None, object(), [].append, print]
names = ["Hashable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container", "Callable", "Collection",
         "Sequence", "MutableSequence", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView", "ByteString", "Awaitable", "Coroutine"]
for s in samples:
    print(type(s).__name__, "".join("1" if isinstance(s, getattr(A, n)) else "0" for n in names))
c = co(); print(isinstance(c, A.Coroutine), isinstance(c, A.Awaitable)); c.close()
print(issubclass(list, A.Sequence), issubclass(dict, A.Mapping), issubclass(str, A.Hashable), issubclass(list, A.Hashable))
try: issubclass(1, A.Iterable)
except TypeError as e: print(e)
class MySet(A.MutableSet):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, MySet([1]) < a, a == MySet([3, 2, 1]), a.isdisjoint([9]))
a |= [7]; a -= [1]; print(sorted(a), a.pop() in (2, 3, 7), len(a)); a.clear(); print(len(a))
class L(A.MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
l = L(); l.append(1); l.extend([2, 3]); l += [4]; l.reverse(); print(list(l), l.pop(), l.index(2), l.count(3), 3 in l); l.remove(3); print(list(l))
try: l.index(99)
except ValueError as e: print("ValueError", repr(e))
class Mp(A.Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def __repr__(self): return "Mp"
m = Mp({"a": 1})
print(m.keys(), m.items(), m.values(), m.keys() & {"a", "b"}, ("a", 1) in m.items(), 1 in m.values(), m == Mp({"a": 1}), m != {"a": 2})
try: reversed(m)
except TypeError as e: print(e)
print([isinstance(v, getattr(A, n)) for v in ({}.keys(), {}.items()) for n in names if n != "Hashable"])
print(sorted(A.Mapping.__abstractmethods__), sorted(A.MutableSequence.__abstractmethods__), A.Sequence.__module__)
