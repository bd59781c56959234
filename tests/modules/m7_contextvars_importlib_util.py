# contextvars, importlib.util / importlib.machinery, _operator._compare_digest.
import contextvars
import importlib.util
import importlib.machinery
import os
import sys

var = contextvars.ContextVar("var", default=0)
other = contextvars.ContextVar("other")
print(var.name, var.get(), var.get(5), other.get("dflt"))
try:
    other.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
tok = var.set(10)
print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
ctx = contextvars.copy_context()
var.set(20)
print(var.get(), ctx[var], ctx.get(var), var in ctx, other in ctx, len(ctx), list(ctx.keys()) == [var])


def in_ctx(x):
    var.set(x)
    return var.get()


print(ctx.run(in_ctx, 99), var.get(), ctx[var])
var.reset(tok)
print(var.get())
for bad in [lambda: var.reset(tok), lambda: other.reset(tok), lambda: ctx.run(lambda: ctx.run(print)), lambda: var.reset("x")]:
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
t2 = var.set(1)
print(ctx.run(var.get), ctx.run(lambda: contextvars.copy_context()[var]))
print(contextvars.Context().get(var, "none"), len(contextvars.Context()), isinstance(ctx, contextvars.Context))

spec = importlib.util.find_spec("json")
print(spec is not None, spec.name if spec else None, importlib.util.find_spec("no_such_mod_q") is None,
      importlib.util.resolve_name(".x", "pkg.sub"), importlib.util.resolve_name("abs", None))
here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "_m7pkg", "leaf.py")
spec = importlib.util.spec_from_file_location("leafmod", path)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(spec.name, spec.origin == path, mod.VALUE, mod.__name__, type(spec.loader).__name__, "leafmod" in sys.modules)
print(importlib.util.cache_from_source("/a/b/c.py"), importlib.util.MAGIC_NUMBER, importlib.machinery.SOURCE_SUFFIXES)

from _operator import _compare_digest
print(_compare_digest(b"abc", b"abc"), _compare_digest(b"abc", b"abd"), _compare_digest("ab", "ab"), _compare_digest(b"a", b"ab"))
try:
    _compare_digest("a", b"a")
except TypeError as e:
    print("TypeError", e)
