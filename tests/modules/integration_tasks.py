from dataclasses import dataclass, field
from enum import Enum, auto
from collections import defaultdict, Counter, deque
from typing import List, Optional
import re, json, itertools, functools, heapq, math, random

class Status(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    status: Status = field(default=Status.TODO, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)

tasks = [Task(3, "write docs", tags=["docs"]), Task(1, "fix bug", Status.DOING, ["code", "urgent"]),
         Task(2, "review", tags=["code"]), Task(1, "deploy", Status.DONE, ["ops"])]
heap = list(tasks)
heapq.heapify(heap)
order = [heapq.heappop(heap).name for _ in range(len(heap))]
print(order)
by_status = defaultdict(list)
for t in tasks:
    by_status[t.status.name].append(t.name)
print(dict(sorted(by_status.items())))
tag_counts = Counter(tag for t in tasks for tag in t.tags)
print(tag_counts.most_common(2), sorted(tag_counts))
print(json.dumps([{"name": t.name, "p": t.priority, "status": t.status.name} for t in sorted(tasks)], indent=1))
text = "Error at 10:42 - code 500; warning at 11:05 - code 301; error at 12:00 - code 404"
events = [(m.group(1).lower(), m.group(2), int(m.group(3))) for m in re.finditer(r"(\w+) at (\d+:\d+) - code (\d+)", text, re.I)]
print(events)
print(functools.reduce(lambda acc, e: acc + e[2], events, 0), max(events, key=lambda e: e[2]))
grouped = {k: [e[1] for e in g] for k, g in itertools.groupby(sorted(events), key=lambda e: e[0])}
print(grouped)
window = deque(maxlen=3)
avgs = []
for x in [4, 8, 15, 16, 23, 42]:
    window.append(x)
    avgs.append(round(sum(window) / len(window), 2))
print(avgs)
random.seed(7)
sample = random.sample(range(100), 5)
print(sample, math.isqrt(sum(x * x for x in sample)))
pairs = list(itertools.combinations(sorted(sample), 2))
print(len(pairs), pairs[:3], min(pairs, key=lambda p: abs(p[0] - p[1])))
@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().hits > 0)
