def g():
    yield 1
    raise KeyError('gen')
for x in g():
    print(x)
