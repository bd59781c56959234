a = b = c = [1, 2]
print(a is b, b is c, a)
x = y = 5
y += 1
print(x, y)
d = {}
d['k'] = d['j'] = 0
print(sorted(d.items()))
