a = 1
del a
try:
    print(a)
except NameError as e:
    print(e)
l = [1, 2, 3, 4]
del l[0], l[-1]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O(); o.x = 1
del o.x
print(hasattr(o, "x"))
def f():
    v = 1
    del v
    return v
try:
    f()
except UnboundLocalError as e:
    print(e)
try:
    del d["zz"]
except KeyError as e:
    print(repr(e))
