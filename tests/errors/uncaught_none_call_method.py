def f():
    pass
f().strip()
