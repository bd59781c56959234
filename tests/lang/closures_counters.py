def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get())
inc2, get2 = make_counter()
print(inc2(), get())
def outer():
    x = 1
    def mid():
        def inner():
            return x * 10
        return inner
    x = 2
    return mid()
print(outer()())
adders = []
for i in range(3):
    def add(y, i=i):
        return y + i
    adders.append(add)
print([a(10) for a in adders])
def cell_shared():
    v = []
    def push(x):
        v.append(x)
    def peek():
        return list(v)
    return push, peek
p, k = cell_shared()
p(1); p(2)
print(k())
def delete_free():
    x = 1
    def f():
        return x
    del x
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
delete_free()
