def log(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__, a)
        return fn(*a, **k)
    return wrapper
@log
def add(x, y): return x + y
print(add(2, 3))
def repeat(n):
    def deco(fn):
        def w():
            return [fn() for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(): return "hi"
print(hi())
def tag(cls):
    cls.tagged = True
    return cls
@tag
class T: pass
print(T.tagged)
order = []
def d1(f): order.append("d1"); return f
def d2(f): order.append("d2"); return f
@d1
@d2
def z(): pass
print(order)
