def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9), f(c=0, a=1))
def acc(x, bucket=[]):
    bucket.append(x)
    return bucket
print(acc(1), acc(2), acc(3, []))
n = 10
def g(v=n):
    return v
n = 20
print(g())
print(f.__defaults__)
f.__defaults__ = (7, 8)
print(f(0))
