# inspect: signatures (bind, partial, wraps), predicates, members, docstrings, source lines.
import inspect, functools
def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> bool:
    "Doc  string.\n\n    More."
    return True
print(inspect.signature(f), repr(inspect.signature(f)))
for p in inspect.signature(f).parameters.values():
    print(p.name, p.kind, p.default is inspect.Parameter.empty, p.annotation, str(p), p.kind.description)
class C:
    def __init__(self, x, y=1):
        self.x = x
    def m(self, z, *, w=0):
        pass
    @staticmethod
    def s(q):
        pass
print(inspect.signature(C), inspect.signature(C.m), inspect.signature(C(1).m), inspect.signature(C.s), inspect.signature(lambda *a, **k: 0))
sig = inspect.signature(f)
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba.arguments, ba.args, ba.kwargs)
ba2 = inspect.signature(C.m).bind_partial(None)
ba2.apply_defaults(); print(ba2)
for bad in (lambda: sig.bind(1), lambda: inspect.signature(C.m).bind(1, 2, 3), lambda: inspect.signature(f).bind(1, d=1, b=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def g(x, y=5): pass
print(inspect.signature(g), inspect.unwrap(g) is not g, inspect.getdoc(f), inspect.cleandoc("  a\n    b\n  c"))
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C(1).m), inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isroutine(len))
def gen(): yield 1
async def co(): pass
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co), inspect.isgeneratorfunction(f))
print([n for n, v in inspect.getmembers(C, inspect.isfunction)], inspect.getmro(bool), inspect.getfullargspec(f))
print(inspect.getsource(C.m), inspect.getsourcelines(gen)[1], inspect.getcallargs(C.m, None, 1))
p = inspect.Parameter("n", inspect.Parameter.KEYWORD_ONLY, default=1)
print(p, p.replace(name="m"), inspect.Signature([p], return_annotation=int), inspect.signature(functools.partial(f, 1, c=9)))
