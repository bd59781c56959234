# s += t builds in a shared buffer (amortised O(len(t))): earlier results stay unchanged when a later string
# extends the buffer, non-ASCII lengths, s = s + t, hashing and dict keys of built strings, str subclasses.
s = "x" * 70
a = s
s += "yy"
b = s
s += "zz"
a += "!"
print(a[-3:], b[-3:], s[-3:], len(a), len(b), len(s))
t = "é" * 40
u = t + "ü" * 30
u += "€"
u += "😀"
print(len(u), u[-3:], u[68:72])
v = u
for i in range(5):
    v += str(i)
    print(len(v), v[-1], v == u + "01234"[:i + 1], hash(v) == hash(u + "01234"[:i + 1]))
w = u
w = w + "q"
w = w + "r"
print(w[-2:], len(w), u[-1:])
d = {v: 1}
print(d[u + "01234"])
class S(str):
    def __add__(self, o): return "S+" + str(o)
x = S("abc")
x += "d"
print(x)
y = "abc" * 30
y += S("zz")
print(type(y).__name__, y[-3:])
e = "k" * 100
e += ""
print(e is e, len(e))
parts = ""
for i in range(1000):
    parts += "%d," % i
print(len(parts), parts[:10], parts[-6:], parts.count(","), parts.split(",")[500])
