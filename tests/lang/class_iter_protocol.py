class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for v in Countdown(2):
    print(v)
it = iter(Countdown(1))
print(next(it), next(it, "done"))
class Bad:
    def __iter__(self): return 5
try:
    iter(Bad())
except TypeError as e:
    print(e)
