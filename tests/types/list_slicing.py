l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::3], l[::-1], l[-3:-1], l[5:2], l[5:2:-1], l[100:200])
l[2:4] = ["a", "b", "c"]
print(l)
l[::2] = [0] * 6
print(l)
del l[1:3]
print(l)
l[:] = [1, 2]
print(l)
try:
    l[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
print([1, 2] * 2, [] * 3, [[]] * 2, [1, 2] + [3])
