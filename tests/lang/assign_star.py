first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *mid, z = range(2)
print(a, mid, z)
a, *mid, z = (1, 2, 3, 4, 5)
print(mid)
[x, *ys] = {7: 'a'}
print(x, ys)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
head, *tail = iter(range(3))
print(head, tail)
