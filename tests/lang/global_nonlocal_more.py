counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter)
def make():
    total = 0
    def add(x):
        nonlocal total
        total += x
        def peek():
            return total
        return peek
    return add
add = make()
p = add(5)
add(10)
print(p())
def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "middle"
        def inner():
            nonlocal x
            x = "inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def define_global():
    global NEW_GLOBAL
    NEW_GLOBAL = "created"
define_global()
print(NEW_GLOBAL)
def shadow_builtin():
    len = lambda x: -1
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
x = 1
def read_only():
    return x + 1
def local_only():
    x = 100
    return x
print(read_only(), local_only(), x)
def loop_closure():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]
print(loop_closure())
