# close() and throw() delivered at every suspension point of a generator whose yields sit inside
# try/finally, try/except, with blocks and nested combinations of them.

log = []


class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        return self.swallow


def gen():
    log.append("start")
    try:
        yield "y1"                      # inside try/finally
        with CM("cm"):
            yield "y2"                  # inside with, inside try/finally
            try:
                yield "y3"              # inside try/except inside with
            except KeyError as e:
                log.append("except KeyError " + str(e))
                yield "y3-handler"      # inside except clause
            finally:
                log.append("inner finally")
        yield "y4"                      # after with
    finally:
        log.append("outer finally")
    yield "y5"                          # outside everything
    log.append("end")


keep = []  # keep every generator alive so that no finalizer runs in the middle of a report


def advance(n):
    g = gen()
    keep.append(g)
    got = [next(g) for _ in range(n)]
    return g, got


def report(label, action):
    log.clear()
    try:
        r = action()
        log.append("result %r" % (r,))
    except BaseException as e:
        log.append("raised %s %s" % (type(e).__name__, e))
    print(label + ":", " | ".join(log))


for n in range(0, 6):
    def do_close():
        g, _ = advance(n)
        log.append("-")
        return g.close()
    report("close after %d" % n, do_close)

for n in range(0, 6):
    def do_throw():
        g, _ = advance(n)
        log.append("-")
        return g.throw(KeyError("k%d" % n))
    report("throw KeyError after %d" % n, do_throw)

# throw at the except-handler yield, and the handler yield being closed
def handler_state():
    g = gen()
    keep.append(g)
    for _ in range(3):
        next(g)
    g.throw(KeyError("first"))   # now suspended at y3-handler
    log.append("-")
    return g.throw(KeyError("second"))


report("second KeyError in handler", handler_state)


def handler_close():
    g = gen()
    keep.append(g)
    for _ in range(3):
        next(g)
    g.throw(KeyError("first"))
    log.append("-")
    return g.close()


report("close in handler", handler_close)

# After exhaustion, close is a no-op and throw raises directly
def exhausted():
    g = gen()
    keep.append(g)
    list(g)
    log.append("-")
    g.close()
    return g.throw(ValueError("late"))


report("exhausted", exhausted)


# A context manager that swallows the exception lets the generator continue
def swallowing():
    with CM("swallow", swallow=True):
        yield "a"
    yield "b"


def do_swallow():
    g = swallowing()
    keep.append(g)
    next(g)
    return g.throw(OSError("gone"))


report("swallowed throw", do_swallow)


def do_swallow_close():
    g = swallowing()
    keep.append(g)
    next(g)
    return g.close()


report("swallowed close", do_swallow_close)


# finally that yields during close -> RuntimeError
def yield_in_finally():
    try:
        yield 1
    finally:
        yield "cleanup"


def do_bad_close():
    g = yield_in_finally()
    keep.append(g)
    next(g)
    return g.close()


report("yield in finally on close", do_bad_close)


# finally that raises during close replaces GeneratorExit
def raise_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


def do_raise_close():
    g = raise_in_finally()
    keep.append(g)
    next(g)
    return g.close()


report("raise in finally on close", do_raise_close)


# except GeneratorExit that returns a value: close() returns None in 3.11
def return_on_exit():
    try:
        yield 1
    except GeneratorExit:
        log.append("saw GeneratorExit")
        return "value"


def do_return_close():
    g = return_on_exit()
    keep.append(g)
    next(g)
    return g.close()


report("return on close", do_return_close)

# Generators still suspended at the end are only finalized silently (log is not printed again)
print("suspended kept:", sum(1 for g in keep if g.gi_frame is not None))
