def f(a):
    pass
f(a=1, c=2)
