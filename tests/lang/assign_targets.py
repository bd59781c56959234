class O: pass
o = O()
o.a = 1
o.b = [0, 0, 0]
o.b[1] = 5
o.b[0:1] = [7, 8]
print(o.a, o.b)
l = list(range(10))
l[::2] = ['x'] * 5
print(l)
l[1:3] = []
print(l)
del l[::3]
print(l)
d = {'a': {'b': 1}}
d['a']['b'] += 10
print(d)
t = [[1, 2], [3, 4]]
t[1][0], t[0][1] = t[0][1], t[1][0]
print(t)
