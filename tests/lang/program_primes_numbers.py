def sieve(n):
    is_p = [False, False] + [True] * (n - 1)
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]


def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def collatz_len(n, cache={1: 1}):
    if n in cache:
        return cache[n]
    r = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    cache[n] = r
    return r


ps = sieve(100)
print(ps, len(sieve(10000)))
print([factorize(n) for n in (12, 97, 360, 2**10 * 3**3, 999983 * 2)])
print(gcd(1071, 462), gcd(0, 5), gcd(2**64, 2**40 * 3))
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best))
print(sum(p for p in ps if p % 4 == 1), [p for p in ps if str(p) == str(p)[::-1]])
fib = [0, 1]
while len(fib) < 90:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[-1] % 1000007, len(str(fib[-1])))
print(2**200 // 3**50, (2**200) % 1000000007, pow(2, 200, 1000000007))
