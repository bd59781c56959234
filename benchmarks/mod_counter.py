# Issue 7: collections.Counter over 10 million words.
from collections import Counter

vocab = ["w%d" % i for i in range(5000)]
words = [vocab[(i * 7919) % 5000] for i in range(2_000_000)]
c = Counter()
for _ in range(5):
    c.update(words)
print(len(c), c.most_common(3), sum(c.values()))
