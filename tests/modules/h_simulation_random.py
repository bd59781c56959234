import random, collections, heapq, itertools, statistics
from dataclasses import dataclass, field
random.seed(2024)
@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    cust: int = field(compare=False, default=-1)
class Bank:
    def __init__(self, tellers):
        self.free = tellers; self.queue = collections.deque(); self.events = []; self.seq = itertools.count()
        self.waits = []; self.served = 0; self.arrivals = {}
    def schedule(self, t, kind, cust=-1):
        heapq.heappush(self.events, Event(t, next(self.seq), kind, cust))
    def run(self, until):
        self.schedule(0.0, "arrive", 0)
        while self.events:
            ev = heapq.heappop(self.events)
            if ev.time > until: break
            if ev.kind == "arrive":
                self.arrivals[ev.cust] = ev.time
                if self.free: self.free -= 1; self.start(ev.time, ev.cust)
                else: self.queue.append(ev.cust)
                self.schedule(ev.time + random.expovariate(1.0), "arrive", ev.cust + 1)
            else:
                self.served += 1
                if self.queue: self.start(ev.time, self.queue.popleft())
                else: self.free += 1
    def start(self, t, cust):
        self.waits.append(t - self.arrivals[cust])
        self.schedule(t + random.uniform(0.5, 2.5), "depart", cust)
b = Bank(2); b.run(200)
print(b.served, len(b.queue), round(statistics.mean(b.waits), 4), round(max(b.waits), 4), round(statistics.median(b.waits), 4))
grid = [[random.random() < 0.3 for _ in range(20)] for _ in range(10)]
def step(g):
    h, w = len(g), len(g[0])
    def n(r, c): return sum(g[(r + dr) % h][(c + dc) % w] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
    return [[(n(r, c) == 3) or (g[r][c] and n(r, c) == 2) for c in range(w)] for r in range(h)]
for _ in range(5): grid = step(grid)
print("\n".join("".join("#" if x else "." for x in row) for row in grid))
walk = list(itertools.accumulate(random.choice((-1, 1)) for _ in range(1000)))
print(walk[-1], max(walk), min(walk), collections.Counter(random.randint(1, 6) for _ in range(600)).most_common(3))
print(random.sample(["a", "b", "c", "d", "e"], 3), random.choices(range(10), weights=range(10), k=5), round(random.gauss(10, 2), 6))
deck = [r + s for s in "SHDC" for r in "23456789TJQKA"]; random.shuffle(deck); print(deck[:7], sorted(deck[:5]))
print(round(random.betavariate(2, 3), 6), round(random.lognormvariate(0, 1), 6), random.randbytes(4).hex(), round(random.vonmisesvariate(1, 2), 6))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
inv = {"apples": 5, "pears": 0, "kiwis": 12}
for day in range(3):
    for k in sorted(inv):
        inv[k] = max(0, inv[k] + random.randint(-4, 4))
    print(day, inv, sum(inv.values()))
