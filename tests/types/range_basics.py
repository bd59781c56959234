print(range(5), range(1, 5), range(0, 10, 2), list(range(5, 0, -1)), list(range(0)), len(range(0, 100, 7)))
r = range(10, 100, 5)
print(r[0], r[-1], r[3:6], r[::-1], 15 in r, 16 in r, r.index(20), r.count(25), len(r))
print(range(3) == range(0, 3), range(0) == range(5, 5), list(reversed(range(4))), sum(range(101)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
big = range(10 ** 12)
print(len(big), big[-1], 10 ** 11 in big)
