# Issue 7: itertools pipelines.
import itertools
import operator

total = 0
for chunk in itertools.islice(itertools.count(), 0, 20_000_000, 1000):
    total += chunk
pairs = sum(1 for _ in itertools.combinations(range(1000), 2))
prod = sum(a * b for a, b in itertools.product(range(1000), repeat=2))
acc = list(itertools.accumulate(range(2000000), operator.add))[-1]
grouped = sum(len(list(g)) for _, g in itertools.groupby(sorted(i % 100 for i in range(2000000))))
chained = sum(itertools.chain.from_iterable([range(1000)] * 3000))
zipped = sum(a + b for a, b in zip(itertools.cycle([1, 2, 3]), range(3000000)))
print(total, pairs, prod, acc, grouped, chained, zipped)
