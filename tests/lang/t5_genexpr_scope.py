# Generator expressions: laziness, eager evaluation of the first iterable only, own scope, class-body
# scoping, next() with default, and consumption by zip/map/unpacking/builtins.

log = []


def src(tag, n):
    log.append("iter " + tag)
    return range(n)


def val(tag, v):
    log.append("val %s=%s" % (tag, v))
    return v


g = (val("x", x) + y for x in src("outer", 2) for y in src("inner", 2) if val("cond", x + y) >= 0)
print("after creation:", log)
print(next(g), log)
print(list(g))
print(log)

# The first iterable is evaluated eagerly: errors surface at creation
try:
    (x for x in 5)
except TypeError as e:
    print("eager TypeError:", e)
lazy = (x for x in [1] for y in 5)
print("inner not evaluated yet:", type(lazy).__name__)
try:
    next(lazy)
except TypeError as e:
    print("lazy TypeError:", e)

# Only the first iterable is captured; later names are looked up when iterated
a = [1, 2]
b = [10, 20]
gen = (x + y for x in a for y in b)
a = [100]
b = [1000]
print("rebinding:", list(gen))

# The loop variable does not leak
x = "outer x"
print(list(x for x in range(3)), x)

# Own scope: closures over the loop variable
fs = list(lambda: x for x in range(3))
print([f() for f in fs])
gens = [(i * k for k in range(2)) for i in range(3)]
print([list(gg) for gg in gens])


# In class bodies, only the first iterable sees class-level names
class C:
    items = [1, 2, 3]
    factor = 10
    doubled = list(i * 2 for i in items)
    try:
        scaled = list(i * factor for i in items)
    except NameError as e:
        scaled = "NameError: " + str(e)


print(C.doubled, C.scaled)

# next() with default, and StopIteration behaviour
g = (c for c in "ab")
print(next(g), next(g), next(g, "default"), next(g, None))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

# Consumption by builtins
print(list(zip((i for i in range(5)), (c for c in "xyz"))))
print(list(map(lambda p, q: p * q, (i for i in range(4)), (j for j in (5, 6, 7)))))
first, *rest = (i * i for i in range(5))
print(first, rest)
p, q, r = (s.upper() for s in "pqr")
print(p, q, r)
try:
    u, v = (i for i in range(3))
except ValueError as e:
    print("unpack:", e)
try:
    u, v, w = (i for i in range(2))
except ValueError as e:
    print("unpack:", e)
print(sorted((-i for i in range(4))), min(abs(i - 3) for i in range(7)))
print(dict((str(i), i) for i in range(3)), set(i % 2 for i in range(5)), tuple(i for i in "ab"))
print("".join(reversed(list(c for c in "abc"))), sum(i for i in range(5) if i % 2))
print(any(val("any", i) for i in range(5)), all(val("all", i) for i in [1, 0, 2]))
print(log[-6:])

# Partially consumed generators shared between consumers
shared = (i for i in range(6))
print(list(zip(shared, shared)))
shared = (i for i in range(5))
print(next(shared), list(shared), list(shared))

# Nested generator expressions and conditional expressions inside
nested = ((i, j) for i in range(3) if i for j in (k for k in range(i)))
print(list(nested))
print(list("even" if n % 2 == 0 else "odd" for n in range(3)))

# A generator expression as the sole argument needs no extra parentheses; with others it does
print(sum(i for i in range(4)), sorted((i for i in [3, 1, 2]), reverse=True))

# Generator expressions support send(None)/throw/close like generators
g = (i for i in range(3))
print(g.send(None), next(g))
print("send non-None is ignored:", g.send("ignored"), next(g, "end"))
g = (i for i in range(3))
next(g)
try:
    g.throw(ValueError("into genexpr"))
except ValueError as e:
    print("throw:", e, list(g))
g = (i for i in range(3))
next(g)
g.close()
print("closed:", list(g))
