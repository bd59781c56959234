import heapq
class K:
    def __init__(s, k, t): s.k = k; s.t = t
    def __lt__(s, o): return s.k < o.k
import random
random.seed(11)
out = []
for trial in range(200):
    h = []
    items = [K(random.randint(0, 5), i) for i in range(random.randint(1, 30))]
    for it in items[: len(items)//2]: heapq.heappush(h, it)
    rest = items[len(items)//2:]
    heapq.heapify(rest)
    while rest: heapq.heappush(h, heapq.heappop(rest))
    if h: heapq.heapreplace(h, K(3, -1))
    heapq.heappushpop(h, K(2, -2))
    out.append(tuple(heapq.heappop(h).t for _ in range(len(h))))
print(hash(tuple(out)) if False else out[:3], len(out), sum(sum(o) for o in out))
