f = lambda: 1/0
y = f()
