def g():
    yield 1
    raise IndexError("gen")
list(g())
