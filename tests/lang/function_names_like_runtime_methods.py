# Functions and methods whose names are also names of the runtime's own Java methods (call1, add, next, step...).
def call1(v):
    return v + 1
def add(a, b):
    return a + b
def next():
    return "n"
def iter():
    return "i"
def invoke(x):
    return x
def step():
    yield 1
    yield 2
def send(x):
    yield x
def close():
    yield "c"
def resume():
    yield "r"
def call0():
    return 0
def getAttr(n):
    return n
print(call1(1), add(2, 3), next(), iter(), invoke(4), list(step()), list(send(5)), list(close()), list(resume()), call0(), getAttr(6))
print(callable(add), add.__name__)
class K:
    def call2(self, a):
        return a * 2
    def hash(self):
        return 3
print(K().call2(5), K().hash(), hash(K()) != 3)
