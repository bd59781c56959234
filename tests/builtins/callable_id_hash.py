print(callable(len), callable(1), callable(lambda: 0), callable(int), callable("s".upper))
a = []
print(id(a) == id(a), id(a) != id([]), hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, "x")) == hash((1, "x")))
print(hash(0), hash(-1), hash(1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2), hash(True), hash(0.5), hash(1.5))
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
