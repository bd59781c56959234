# reversed() over dicts and their views: iterator types, order, length hints, changes during iteration
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
d = {1: "a", 2: "b", 3: "c"}
del d[2]
d[5] = "e"
r = reversed(d)
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__(), list(r), list(r))
print(type(reversed(d.values())).__name__, type(reversed(d.items())).__name__, type(reversed(d.keys())).__name__)
print(list(reversed(d.items())), list(reversed(d.values())), list(reversed({})), list(reversed({}.items())))
r = reversed(d)
next(r)
d[9] = "z"
t("grow", lambda: list(r))
r = reversed(d.values())
d.pop(1)
t("shrink", lambda: next(r))
class D(dict):
    pass
print(list(reversed(D(x=1, y=2))), list(reversed(D(x=1).items())))
t("getformat", lambda: (float.__getformat__("double"), float.__getformat__("float")))
t("getformat-bad", lambda: float.__getformat__("x"))
