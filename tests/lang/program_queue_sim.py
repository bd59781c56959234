class Event:
    __slots__ = ("time", "kind", "who")

    def __init__(self, time, kind, who):
        self.time = time
        self.kind = kind
        self.who = who

    def __lt__(self, other):
        return (self.time, self.who) < (other.time, other.who)


class MinHeap:
    def __init__(self):
        self.a = []

    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[i] < a[p]:
                a[i], a[p] = a[p], a[i]
                i = p
            else:
                break

    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            n = len(a)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                m = i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

    def __bool__(self):
        return bool(self.a)


seed = 7
def rand(n):
    global seed
    seed = (seed * 48271) % 2147483647
    return seed % n


heap = MinHeap()
for c in range(8):
    heap.push(Event(rand(20), "arrive", c))
busy_until = 0
served = []
waits = []
while heap:
    ev = heap.pop()
    if ev.kind == "arrive":
        start = max(ev.time, busy_until)
        waits.append(start - ev.time)
        busy_until = start + 1 + rand(4)
        heap.push(Event(busy_until, "done", ev.who))
    else:
        served.append((ev.who, ev.time))
print(served)
print(waits, sum(waits) / len(waits))
