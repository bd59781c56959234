x = "module"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().m(), C.z)
def f():
    v = "enclosing"
    class D:
        w = v
        v = "shadow"
        u = v
    return D.w, D.u
print(f())
