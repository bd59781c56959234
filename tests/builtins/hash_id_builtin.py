print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")))
print(hash(0), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(1.5), hash(float("inf")), hash(-0.0))
print(hash(10**40) == hash(10**40 % (2**61 - 1)), hash(None) == hash(None))
a = object()
b = object()
print(id(a) == id(a), id(a) != id(b), isinstance(id(a), int))
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
x = [1]
y = x
print(x is y, id(x) == id(y), [1] is [1], x == [1])
