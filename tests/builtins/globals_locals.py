X = 1
def f(a):
    b = 2
    return sorted(locals().items())
print(f(0))
print("X" in globals(), globals()["X"])
globals()["Y"] = 5
print(Y)
def g():
    return locals()
print(g())
