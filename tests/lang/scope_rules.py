x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def use_before():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print(e)
print(read(), shadow())
use_before()
def g():
    global x
    x = "changed"
g()
print(x)
class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
def comp_scope():
    v = 10
    return [v + i for i in range(2)]
print(comp_scope())
i = "outer i"
[i for i in range(3)]
print(i)
def loop_var():
    for j in range(3):
        pass
    return j
print(loop_var())
print((lambda: x)())
