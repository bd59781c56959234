# random's integer draws (randrange, randint, choice, shuffle) with seeded generators, subclasses that replace
# random(), getrandbits() or _randbelow(), huge ranges and the errors of bad arguments.
import random
random.seed(7)
print([random.randrange(10) for _ in range(5)], [random.randint(-5, 5) for _ in range(5)])
print([random.randrange(3, 100, 7) for _ in range(5)], [random.randrange(100, 3, -7) for _ in range(5)])
print(random.randrange(2**70), random.randrange(-2**65, 2**66, 3), random.randrange(2**40), random.randrange(2**62, 2**63))
print(random.randrange(True), random.randrange(1, 2**33), random.randint(0, 2**32))
for args in [(0,), (-3,), (5, 5), (5, 2), (1, 10, 0), (1, 10, -1), (10, 1, 1), (1.5,), ('a',), (3, None, 2), (2, 10.0)]:
    try:
        print(args, random.randrange(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
xs = list(range(20)); random.shuffle(xs); print(xs)
class L(list): pass
ys = L(range(10)); random.shuffle(ys); print(ys)
t = bytearray(b'abcdefgh'); random.shuffle(t); print(t)
print(random.choice('hello'), random.choice([1,2,3]), random.choice(range(10**6)))
try: random.choice([])
except IndexError as e: print(e)
print(random.sample(range(100), 5), random.choices('abc', k=5), random.getrandbits(70))
class R(random.Random):
    def random(self): return 0.5
r = R(1)
print(r.randrange(10), r.choice('abcdef'), [r.randint(1, 100) for _ in range(3)])
class G(random.Random):
    def getrandbits(self, k): return 3 if k >= 2 else 0
g = G(1)
print(g.randrange(10), g.randint(1, 6), g._randbelow(100))
class B(random.Random):
    def _randbelow(self, n): return n - 1
b = B(2)
print(b.randrange(10), b.choice('xyz'), b.randint(3, 9))
x = list(range(5)); b.shuffle(x); print(x)
sr = random.SystemRandom()
print(0 <= sr.randrange(10) < 10, type(sr.random()).__name__)
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
random.seed("abc"); print(random.random(), random.randrange(1000))
random.seed(2**100); print(random.randrange(10**30), random.uniform(1, 2), random.gauss(0, 1))
