class Box:
    def __init__(self):
        self.v = 1
        self.items = [1, 2]
b = Box()
b.v += 10
b.v *= 2
b.items += [3]
b.items[0] -= 5
print(b.v, b.items)
d = {"a": [1], "n": 0}
d["n"] += 1
d["a"] += [2]
d.setdefault("z", []).append(9)
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
x = 10
x //= 3; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 1; x &= 0b11111; x ^= 0b101
print(x)
f = 1.5
f /= 0.5
print(f)
class Counter:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        self.n += k
        return self
c = Counter()
c2 = c
c += 5
print(c.n, c is c2)
lst = [1]
alias = lst
lst += [2]
print(alias, alias is lst)
tup = (1,)
alias_t = tup
tup += (2,)
print(alias_t, tup)
