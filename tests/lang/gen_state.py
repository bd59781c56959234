def g():
    yield 1
    yield 2

it = g()
print(it.gi_running, it.gi_frame is not None)
print(next(it))
print(list(it))
print(it.gi_frame)
def reenter():
    yield me.send(None)
me = reenter()
try:
    next(me)
except ValueError as e:
    print(e)
def stopper():
    raise StopIteration
    yield
try:
    next(stopper())
except RuntimeError as e:
    print("RuntimeError", e)
def early():
    return 5
    yield
print(list(early()))
it = iter(g())
print(iter(it) is it)
a, b = g()
print(a, b)
print(*g())
print(list(zip(g(), "xy")), list(map(str, g())))
