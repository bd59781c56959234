print(None, type(None).__name__, None is None, None == None, bool(None), repr(None), str(None))
def f(): pass
print(f() is None, [None] * 2, {None: 1}[None])
try:
    None.x
except AttributeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
