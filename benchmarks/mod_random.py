# Issue 7: random draws.
import random

random.seed(12345)
acc = 0.0
n = 0
for i in range(400000):
    acc += random.random()
    n += random.randint(1, 6)
    n += random.randrange(100)
    acc += random.uniform(-1, 1)
xs = list(range(1000))
for _ in range(200):
    random.shuffle(xs)
print(round(acc, 6), n, xs[:5], random.choice(xs), random.gauss(0, 1) != 0)
