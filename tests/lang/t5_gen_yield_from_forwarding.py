# yield from forwards send/throw/close to a sub-generator and to arbitrary iterators (with or without
# send/throw/close methods), and the value of a yield from expression.


keep = []  # every generator stays referenced, so none is finalized implicitly


def sub():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
            except ValueError as e:
                print("  sub caught ValueError", e)
                v = "VE"
            if v == "quit":
                return received
            received.append(v)
    except GeneratorExit:
        print("  sub got GeneratorExit")
        raise
    finally:
        print("  sub finally")


def delegator():
    try:
        result = yield from sub()
        print("  delegator result", result)
        yield "after-sub"
    finally:
        print("  delegator finally")


print("-- send forwarding")
g = delegator()
keep.append(g)
print(next(g), g.send("a"), g.send("b"), g.send(None))
print(g.send("quit"))
print("-- throw handled by sub")
g = delegator()
keep.append(g)
next(g)
print(g.throw(ValueError("v1")))
print(g.send("quit"))
print("-- throw not handled by sub")
g = delegator()
keep.append(g)
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError reached caller", e)
print("-- close forwarded")
g = delegator()
keep.append(g)
next(g)
g.close()
print("closed", g.gi_frame is None)


# Iterator with send/throw/close methods that is not a generator
class Proto:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        print("  Proto.__next__")
        return self.step(None)

    def send(self, v):
        print("  Proto.send", v)
        return self.step(v)

    def step(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration("proto-done")
        return ("proto", self.n, v)

    def throw(self, *args):
        print("  Proto.throw", [type(a).__name__ for a in args])
        return "throw-handled"

    def close(self):
        print("  Proto.close")


def over_proto():
    r = yield from Proto()
    print("  proto returned", r)
    yield "end"


print("-- custom iterator with methods")
g = over_proto()
keep.append(g)
print(next(g))
print(g.send("hello"))
print(g.throw(IndexError("i")))
print(g.send(None))
print(next(g))
g = over_proto()
keep.append(g)
next(g)
g.close()
print("closed custom")


# Iterator without send/throw/close
class Plain:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i


def over_plain():
    try:
        r = yield from Plain()
        print("  plain returned", r)
    except IndexError as e:
        print("  over_plain caught", e)
        yield "recovered"


print("-- plain iterator")
g = over_plain()
keep.append(g)
print(next(g))
try:
    g.send("not None")
except AttributeError as e:
    print("AttributeError:", e)
g = over_plain()
keep.append(g)
next(g)
print(g.throw(IndexError("thrown at plain")))
g = over_plain()
keep.append(g)
next(g)
g.close()
print("plain close ok", g.gi_frame is None)
print(list(over_plain()))

# yield from a list iterator: send(non-None) fails
def over_list():
    yield from [1, 2, 3]


g = over_list()
keep.append(g)
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("list send:", e)

# yield from a non-iterable
def bad():
    yield from 42


try:
    next(bad())
except TypeError as e:
    print("TypeError:", e)


# Sub-generator returning via exception raised in it and caught in delegator
def failing():
    yield 1
    raise LookupError("sub failed")


def catching():
    try:
        yield from failing()
    except LookupError as e:
        yield "caught " + str(e)
    yield "continues"


print(list(catching()))


# Nested delegation three levels deep with send
def level3():
    x = yield "L3"
    return "l3:%s" % x


def level2():
    r = yield from level3()
    return "l2(%s)" % r


def level1():
    r = yield from level2()
    yield "L1 got " + r


g = level1()
keep.append(g)
print(next(g), g.send("deep"))
print("yieldfrom chain:", g.gi_yieldfrom is None)

# yield from an exhausted generator yields nothing and returns None
def empty_sub():
    return "empty-ret"
    yield


def use_empty():
    r = yield from empty_sub()
    yield r


print(list(use_empty()))

print("-- closing everything still suspended")
for g in keep:
    g.close()
print("suspended left:", sum(1 for g in keep if g.gi_frame is not None))
