class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), type(s).__name__, isinstance(s, list))
print(s + [4], type(s + [4]).__name__, s[1:], type(s[1:]).__name__)
class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)
d = LoggingDict(a=1)
d["b"] = 2
print(d["a"], d.get("b"), sorted(d.items()))
d.update(c=3)
print(len(d), "c" in d, d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello":
    c[ch] = c[ch] + 1
print(sorted(c.items()))
class DefaultList(list):
    def __getitem__(self, i):
        try:
            return super().__getitem__(i)
        except IndexError:
            return None
dl = DefaultList([1])
print(dl[0], dl[5], list(dl))
class USet(set):
    def add(self, x):
        super().add(x * 10)
u = USet([1, 2])
u.add(3)
print(sorted(u), isinstance(u, set))
class Named(list):
    pass
n = Named()
n.label = "x"
n.extend([3, 1, 2])
n.sort()
print(n, n.label, n == [1, 2, 3])
