# sorting numeric keys (floats, ints, mixed, duplicates, -0.0, reverse, key=) is stable as in CPython
import random
r = random.Random(5)
pairs = [(r.choice([r.randint(-50, 50), r.randint(-50, 50) / 4, -0.0, 0.0, 0]), i) for i in range(3000)]
by_key = sorted(pairs, key=lambda p: p[0])
print(by_key[:12], by_key[-6:])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:12])
nums = [p[0] for p in pairs]
s = sorted(nums)
print(s[:10], s[1490:1500], s[-5:], [type(x).__name__ for x in s[:20]])
print(sorted(nums, reverse=True)[:10])
big = [r.random() for _ in range(5000)]
print(sorted(big) == sorted(big, key=lambda x: x), sorted(big)[:3], max(big) == sorted(big)[-1])
ints = [r.randint(-2**60, 2**60) for _ in range(2000)] + [2**70, -2**70]
si = sorted(ints)
print(si[:2], si[-2:], all(si[i] <= si[i + 1] for i in range(len(si) - 1)))
withnan = [3.0, float("nan"), 1.0, 2.0] * 20
print(sorted(withnan)[:8])
words = [(len(w), w) for w in "the quick brown fox jumps over the lazy dog again and again".split()] * 10
print(sorted(words, key=lambda x: x[0])[:8])
l = [r.randint(0, 9) for _ in range(100)]
l.sort(key=lambda v: -v)
print(l[:20])
