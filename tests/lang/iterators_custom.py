class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        i = self.start
        while i < self.stop:
            yield i
            i += self.step
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)
    def __getitem__(self, i):
        if not 0 <= i < len(self):
            raise IndexError("Range2 index out of range")
        return self.start + i * self.step
    def __contains__(self, x):
        return self.start <= x < self.stop and (x - self.start) % self.step == 0
    def __reversed__(self):
        return iter([self[i] for i in range(len(self) - 1, -1, -1)])
r = Range2(1, 10, 3)
print(list(r), len(r), r[2], 7 in r, 8 in r, list(reversed(r)), sum(r), max(r))
print([x * 2 for x in r], sorted(r, reverse=True), dict(zip(r, "abc")))
try:
    r[5]
except IndexError as e:
    print(e)
class Peekable:
    def __init__(self, it):
        self.it = iter(it)
        self.buf = []
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf:
            return self.buf.pop()
        return next(self.it)
    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[-1]
p = Peekable("abc")
print(p.peek(), next(p), p.peek(), list(p), p.peek("end"))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(100)
print(list(f), list(f) == list(f), 55 in f)
it = iter(Fib(10))
print(next(it), next(it), next(it), list(it))
