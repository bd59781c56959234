a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
x = None
print(x is None, x is not None)
o = object()
print(o == o, o != object(), hash(o) == hash(o), isinstance(o, object), type(o).__name__)
try:
    o.attr = 1
except AttributeError as e:
    print(e)
