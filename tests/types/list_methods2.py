a = [5, 3, 8, 1]
a.insert(0, 9); a.insert(100, 7); a.insert(-1, 6)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3)
print(a, a.index(8), a.count(5), 8 in a)
a.extend(range(3)); a += "ab"
print(a)
a.reverse()
print(a, a.copy() == a, a.copy() is a)
b = [3, 1, 2]
b.sort(reverse=True)
print(b, sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]))
c = [1, 2, 3, 4, 5, 6]
c[1:3] = ["x"]
print(c)
c[::2] = [0, 0, 0]
print(c)
del c[::2]
print(c)
c[len(c):] = [9]
print(c, c * 2, [0] * 3, [[]] * 2)
try:
    c[::2] = [1]
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(2)
except ValueError as e:
    print(e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(e)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1] * 0, list("abc")[::-1])
x = [1, 2, 3]
x.clear()
print(x, len(x))
