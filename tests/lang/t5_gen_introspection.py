# Generator introspection attributes: gi_running, gi_frame, gi_yieldfrom, gi_suspended, gi_code,
# __name__/__qualname__, and re-entrancy errors.


def inner():
    yield "i1"
    yield "i2"
    return "inner-ret"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"


g = outer()
print("before start:", g.gi_running, g.gi_frame is None, g.gi_yieldfrom, g.gi_suspended)
print(next(g))
yf = g.gi_yieldfrom
print("yieldfrom type:", type(yf).__name__, yf.__name__, yf.gi_running, yf.gi_suspended)
print(next(g))
print(g.gi_yieldfrom is yf)
print(next(g))
print("after yield from:", g.gi_yieldfrom, g.gi_suspended)
print(list(g))
print("finished:", g.gi_running, g.gi_frame is None, g.gi_yieldfrom, g.gi_suspended)

# gi_yieldfrom with a non-generator iterator
def over_list():
    yield from [10, 20]


g2 = over_list()
print(next(g2), type(g2.gi_yieldfrom).__name__)
g2.close()
print("closed:", g2.gi_frame is None, g2.gi_yieldfrom)

# gi_running is True only while the generator body executes
def watcher():
    print("running inside:", me.gi_running, me.gi_suspended)
    yield 1
    print("running inside again:", me.gi_running)
    yield 2


me = watcher()
print(next(me), me.gi_running)
print(next(me), me.gi_running)
me.close()

# Re-entrancy: a generator calling next() on itself
def selfish():
    try:
        next(self_gen)
    except ValueError as e:
        print("inner ValueError:", e)
    yield "after"
    yield self_gen.send(None)


self_gen = selfish()
print(next(self_gen))
try:
    next(self_gen)
except ValueError as e:
    print("outer ValueError:", e)
print("state after error:", self_gen.gi_frame is None, list(self_gen))

# close() and throw() on a running generator
def closer():
    try:
        self_close.close()
    except ValueError as e:
        print("close while running:", e)
    try:
        self_close.throw(KeyError("x"))
    except ValueError as e:
        print("throw while running:", e)
    yield "ok"


self_close = closer()
print(next(self_close))

# Names and code objects
class Holder:
    def method_gen(self):
        yield self


h = Holder().method_gen()
print(h.__name__, h.__qualname__, h.gi_code.co_name)
h.__name__ = "renamed"
print(h.__name__, h.__qualname__)
try:
    h.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
ge = (x for x in range(3))
print(ge.__name__, ge.__qualname__, ge.gi_frame is not None)
print(list(ge), ge.gi_frame)
print(type(outer()).__name__, type(outer) is type(lambda: 0))
