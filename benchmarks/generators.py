# Generators and comprehensions: a sieve, pipelines of generators, list and dict comprehensions.
def primes(limit):
    sieve = [True] * (limit + 1)
    for i in range(2, limit + 1):
        if sieve[i]:
            yield i
            for j in range(i * i, limit + 1, i):
                sieve[j] = False


def squares(it):
    for x in it:
        yield x * x


total = 0
for _ in range(15):
    total += sum(squares(primes(200000)))
print(total)
d = {i: i * i for i in range(200000) if i % 3}
print(len(d), sum([v % 7 for v in d.values()]))
