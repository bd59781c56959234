x = "global"
def a():
    x = "local a"
    def b():
        nonlocal x
        x = "changed by b"
    b()
    return x
print(a(), x)
def c():
    global x
    x = "changed by c"
c()
print(x)
def d():
    global newname
    newname = 42
d()
print(newname)
def e():
    y = 1
    def f():
        nonlocal y
        y += 1
        def g():
            nonlocal y
            y *= 10
        g()
    f()
    return y
print(e())
