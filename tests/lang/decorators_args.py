def repeat(n):
    def deco(f):
        def wrapper(*args, **kwargs):
            return [f(*args, **kwargs) for _ in range(n)]
        wrapper.__name__ = f.__name__
        wrapper.__wrapped__ = f
        return wrapper
    return deco

@repeat(3)
def greet(name):
    return "hi " + name
print(greet("bo"), greet.__name__, greet.__wrapped__("x"))

def trace(f):
    depth = [0]
    def wrapper(*a):
        print("  " * depth[0] + f"-> {f.__name__}{a}")
        depth[0] += 1
        try:
            r = f(*a)
        finally:
            depth[0] -= 1
        print("  " * depth[0] + f"<- {r}")
        return r
    return wrapper

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(3)

def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

class CountCalls:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.f(*a, **k)

@CountCalls
def add(a, b=0):
    return a + b
print(add(1, 2), add(5), add.calls)

def stack1(f):
    return lambda: "1(" + f() + ")"
def stack2(f):
    return lambda: "2(" + f() + ")"
@stack1
@stack2
def core():
    return "core"
print(core())
