# subclasses of str/bytes/bytearray/list/tuple/dict: result types of their methods and operators, reprs
class S(str): pass
class B(bytes): pass
class BA(bytearray): pass
class L(list): pass
class T(tuple): pass
class D(dict): pass
s = S("Ab c")
for f in ["upper", "lower", "strip", "title", "swapcase", "casefold", "capitalize", "expandtabs", "__str__", "lstrip", "zfill"]:
    r = getattr(s, f)() if f != "zfill" else s.zfill(2)
    print(f, repr(r), type(r).__name__)
print(type(s + "x").__name__, type(s * 1).__name__, type(s[:]).__name__, type(s[0]).__name__, type(str(s)).__name__, type(s.replace("z", "y")).__name__, type(s.center(1)).__name__, type(s.split()[0]).__name__, type(format(s)).__name__, type(f"{s}").__name__, type("%s" % s).__name__, type(s.join(["a"])).__name__, type("".join([s])).__name__)
b = B(b"ab")
print(type(b + b"").__name__, type(b[:]).__name__, type(b.upper()).__name__, type(bytes(b)).__name__, type(b * 1).__name__, type(b.strip()).__name__, type(b.split()[0]).__name__)
ba = BA(b"ab")
print(type(ba + b"").__name__, type(ba[:]).__name__, type(ba.upper()).__name__, type(ba.copy()).__name__, type(ba * 1).__name__)
l = L([1, 2])
print(type(l + [3]).__name__, type(l[:]).__name__, type(l * 2).__name__, type(l.copy()).__name__, repr(l), type(sorted(l)).__name__)
t = T((1, 2))
print(type(t + (3,)).__name__, type(t[:]).__name__, type(t * 1).__name__, repr(t), type(tuple(t)).__name__)
d = D(a=1)
print(type(d.copy()).__name__, type(d | {}).__name__, type({} | d).__name__, repr(d), type(dict(d)).__name__, type(D.fromkeys("a")).__name__)
class BA(bytearray):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.tag = "t"
    def __repr__(self):
        return "BA<" + bytes(self).decode("latin-1") + ">"
b = BA(b"xyz")
print(b, len(b), b[0], b.tag, isinstance(b, bytearray), type(b).__name__, bytes(b))
b.append(33); b[0] = 65; b += b"!"; print(b, type(b).__name__, b.upper(), type(b.upper()).__name__)
print(BA(3), BA("é", "utf-8"), BA([1, 2]), BA(), b == bytearray(b"Ayz!!"), b"Ayz!!" == b)
m = memoryview(b); m[1] = 66; print(b, m.obj is b)
class Plain(bytearray):
    pass
p = Plain(b"ab")
print(p, repr(p), str(p), p.hex(), list(p), p.decode(), hash(b"x") == hash(b"x"))
try:
    hash(p)
except TypeError as e:
    print(e)
