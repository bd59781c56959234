l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 99); l.insert(-1, 98)
print(l)
print(l.pop(), l.pop(0), l, l.index(2), l.count(1))
l.remove(98); l.reverse()
print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
print(sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], reverse=True))
c = l.copy(); c.clear(); print(c, l)
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
