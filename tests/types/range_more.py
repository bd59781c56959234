r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:3], r[::-1], 8 in r, 9 in r)
print(r.index(11), r.count(5), range(0), list(range(5, 0, -2)), range(10)[::2])
print(range(10**15)[-1], len(range(0, 10**10, 7)), 10**14 in range(10**15))
print(range(3) == range(0, 3), range(0) == range(5, 5), hash(range(3)) == hash(range(0, 3, 1)))
print(r.start, r.stop, r.step, list(reversed(range(4))), sum(range(101)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    r.index(100)
except ValueError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), range(1, 10, 2)[2:], repr(range(1, 4, 1)))
