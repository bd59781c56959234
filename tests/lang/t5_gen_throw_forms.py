# generator.throw() signatures: type, type+value, instance, 3-argument form, and bad arguments.


def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print("  caught", type(e).__name__, repr(e.args), "tb is None:", e.__traceback__ is None)
            yield "handled"


def run(label, *args):
    g = catcher()
    next(g)
    try:
        r = g.throw(*args)
        print(label, "->", r)
    except Exception as e:
        print(label, "raised", type(e).__name__, e)
    g.close()


run("type only", ValueError)
run("type + value str", ValueError, "msg")
run("type + tuple value", KeyError, ("a", "b"))
run("type + None value", IndexError, None)
run("instance", TypeError("inst"))
run("type + instance of it", LookupError, KeyError("sub"))
run("instance + None", ValueError("v"), None)


class Custom(Exception):
    def __init__(self, a, b=0):
        super().__init__(a, b)
        self.total = a + b


run("custom type + tuple", Custom, (1, 2))
run("custom type + scalar", Custom, 5)

# 3-argument form with a traceback
def get_tb():
    try:
        raise OSError("for tb")
    except OSError as e:
        return e.__traceback__


g = catcher()
next(g)
print("3-arg ->", g.throw(RuntimeError, RuntimeError("three"), get_tb()))
print(next(g))
print("3-arg None tb ->", g.throw(RuntimeError, "x", None))
g.close()

# Errors in the arguments themselves
g = catcher()
next(g)
for args in [(int,), ("str",), (ValueError("i"), "extra"), (ValueError, "v", "not tb"), (object,)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
print("still alive:", next(g))
try:
    g.throw()
except TypeError as e:
    print("no args:", e)
g.close()


# throw() an exception that the generator does not catch
def uncaught():
    yield 1
    yield 2


g = uncaught()
next(g)
try:
    g.throw(KeyError, "kk")
except KeyError as e:
    print("propagated KeyError", e)
print("after propagation:", g.gi_frame, list(g))

# throw() into a not-yet-started generator: raised at the start, body never runs
def never():
    print("body ran")
    yield 1


g = never()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("unstarted throw:", e, "| exhausted:", list(g))

# throw() into a finished generator raises the exception directly
g = uncaught()
list(g)
try:
    g.throw(ZeroDivisionError)
except ZeroDivisionError as e:
    print("finished throw:", type(e).__name__, repr(e.args))

# throw() GeneratorExit that the generator converts into a yield
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit via throw")
        yield "kept going"


g = stubborn()
next(g)
print("throw GeneratorExit ->", g.throw(GeneratorExit))
g.close()
print("closed quietly:", g.gi_frame is None)


# The exception raised in the generator can be re-raised with a different type
def translating():
    try:
        yield 1
    except ValueError as e:
        raise TypeError("translated") from e


g = translating()
next(g)
try:
    g.throw(ValueError("orig"))
except TypeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
