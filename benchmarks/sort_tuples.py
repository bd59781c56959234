# sorted() of a million tuples, then with a key, then in reverse.
import random


def main():
    r = random.Random(42)
    data = [(r.randint(0, 1000), r.random(), i) for i in range(1_000_000)]
    s = sorted(data)
    k = sorted(data, key=lambda t: t[1])
    v = sorted(data, key=lambda t: (t[0], -t[2]), reverse=True)
    print(s[0], s[-1][0], k[0][2], v[0][0], v[-1][0])


main()
