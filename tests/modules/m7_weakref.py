# weakref: ref (identity, callbacks, hashing, equality, errors), proxy, WeakValueDictionary, WeakKeyDictionary,
# WeakSet, WeakMethod, finalize. Objects are dropped with del and gc.collect(), which asks the collector to run.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def method(self):
        return "method of " + self.name

    def __repr__(self):
        return "Obj(%s)" % self.name


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


a = Obj("a")
r = weakref.ref(a)
print(r() is a, r() , weakref.ref(a) is r, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r], r.__callback__)
print(type(r).__name__, type(r) is weakref.ReferenceType, isinstance(r, weakref.ref), callable(r))
print(hash(r) == hash(a), r == weakref.ref(a), r != weakref.ref(a, lambda x: None), len({r, weakref.ref(a)}))
for bad in [1, "s", (1,), [1], {}, None, 2.5, b"x"]:
    show("ref(%r)" % (bad,), weakref.ref, bad)
show("ref()", weakref.ref)
show("r(1)", r, 1)

died = []
b = Obj("b")
rb = weakref.ref(b, lambda ref: died.append(ref))
print(rb() is b, rb.__callback__ is not None)
del b
gc.collect()
print(rb(), died == [rb], len(died))
show("hash(dead)", hash, rb)
print(repr(rb).endswith("; dead>"), repr(r).startswith("<weakref at 0x"), "; to 'Obj' at 0x" in repr(r))


def f():
    return 7


rf = weakref.ref(f)
print(rf()(), weakref.ref(Obj) () is Obj, weakref.ref({1, 2})() is None or True)

# proxy
c = Obj("c")
p = weakref.proxy(c)
print(p.name, p.method(), str(p))
p.name = "c2"
print(c.name)
del c
gc.collect()
show("dead proxy", lambda: p.name)
cp = weakref.proxy(f)
print(cp())

# WeakValueDictionary
keep = [Obj("v1"), Obj("v2")]
wvd = weakref.WeakValueDictionary()
wvd["k1"] = keep[0]
wvd["k2"] = keep[1]
wvd["k3"] = Obj("temp")
gc.collect()
print(sorted(wvd.keys()), len(wvd), "k3" in wvd, wvd.get("k3"), wvd["k1"], sorted(wvd.items(), key=str))
show("wvd['k3']", lambda: wvd["k3"])
del keep[1]
gc.collect()
print(sorted(wvd), wvd.pop("k1"), len(wvd), wvd.setdefault("z", keep[0]), list(wvd.values()))

# WeakKeyDictionary
k1, k2 = Obj("key1"), Obj("key2")
wkd = weakref.WeakKeyDictionary({k1: 1})
wkd[k2] = 2
print(len(wkd), wkd[k1], k2 in wkd, sorted(wkd.values()), sorted(repr(k) for k in wkd))
del k2
gc.collect()
print(len(wkd), list(wkd.items()), wkd.get(k1), "x" in wkd)

# WeakSet
s1, s2 = Obj("s1"), Obj("s2")
ws = weakref.WeakSet([s1, s2])
print(len(ws), s1 in ws, sorted(repr(x) for x in ws))
del s2
gc.collect()
print(len(ws), list(ws), 1 in ws)
ws.discard(s1)
print(len(ws))

# WeakMethod
m = Obj("m")
wm = weakref.WeakMethod(m.method)
print(wm()(), wm() == m.method)
del m
gc.collect()
print(wm())
show("WeakMethod(f)", weakref.WeakMethod, f)

# finalize
log = []
x = Obj("x")
fin = weakref.finalize(x, log.append, "finalized x")
print(fin.alive, fin.peek()[1:] == (log.append, ("finalized x",), {}), log)
del x
gc.collect()
print(fin.alive, log)
y = Obj("y")
fy = weakref.finalize(y, lambda *a: log.append(a), 1, 2)
print(fy(), fy(), log[-1], fy.alive, fy.detach())
