# Issue 7: heapq push / pop of a million items.
import heapq

h = []
x = 12345
for i in range(1_000_000):
    x = (x * 1103515245 + 12345) % 2147483648
    heapq.heappush(h, x)
total = 0
for i in range(1_000_000):
    total += heapq.heappop(h) % 1000
print(total, len(h))
