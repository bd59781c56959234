class MyError(Exception): pass
def f():
    raise MyError("went wrong")
f()
