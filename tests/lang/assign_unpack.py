a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = [3, 4], 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [9]
print(h)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
try:
    p, q = [1, 2, 3]
except ValueError as ex:
    print(ex)
try:
    p, q, r = [1]
except ValueError as ex:
    print(ex)
try:
    p, q = 5
except TypeError as ex:
    print(ex)
