# Heap cost of suspended generators: a million generators, each paused with two live locals.
# Not timed against CPython; run with:  benchmarks/gen_memory.sh
import sys


def counter(start, step):
    total = start
    while True:
        total += step
        yield total


gens = []
for i in range(1_000_000):
    g = counter(i, 2)
    next(g)
    gens.append(g)
print(len(gens), sum(next(g) for g in gens[:10]), flush=True)
sys.stdin.readline()  # gen_memory.sh takes the heap histogram while this waits
