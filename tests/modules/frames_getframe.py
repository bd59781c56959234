# sys._getframe: code names, qualified names, lines, globals, f_back chains through functions, methods,
# comprehensions, lambdas, generators, class bodies, imported and library modules; inspect's frame functions.
import collections
import functools
import inspect
import os
import sys
import types
from _warnpkg import frames as other


def show(fr, label=''):
    c = fr.f_code
    print(label, c.co_name, c.co_qualname, os.path.basename(c.co_filename), c.co_firstlineno, fr.f_lineno,
          fr.f_globals['__name__'], type(fr.f_locals).__name__)


def chain(fr):
    out = []
    while fr is not None:
        out.append('%s:%d' % (fr.f_code.co_name, fr.f_lineno))
        fr = fr.f_back
    return ' <- '.join(out)


show(sys._getframe(), 'module')
print(sys._getframe().f_back, sys._getframe().f_locals is globals(), sys._getframe().f_globals is globals())
print(sys._getframe().f_builtins is __builtins__.__dict__, sys._getframe(0).f_code is sys._getframe().f_code)


def f():
    show(sys._getframe(), 'f')
    show(sys._getframe(1), 'f caller')
    return sys._getframe()


fr = f()
print(fr.f_back.f_code.co_name, fr.f_back.f_back, fr.f_back is fr.f_back, fr.f_code is f.__code__ or 'distinct')


@functools.lru_cache
@staticmethod
def decorated():
    return sys._getframe().f_code.co_firstlineno


print('decorated first line', decorated.__wrapped__.__func__() if hasattr(decorated, '__wrapped__') else decorated())


class C:
    show(sys._getframe(), 'class body')
    print('class body back:', sys._getframe(1).f_code.co_name)

    def m(self):
        show(sys._getframe(), 'method')
        return [sys._getframe().f_code.co_name for _ in range(1)]

    @staticmethod
    def s():
        return (lambda: sys._getframe())()

    class Inner:
        def deep(self):
            return sys._getframe().f_code.co_qualname


print(C().m(), C.Inner().deep())
show(C.s(), 'lambda')
show(C.s().f_back, 'lambda back')
print({x: sys._getframe().f_code.co_name for x in (1,)}, {sys._getframe().f_code.co_name for x in (1,)},
      list(sys._getframe().f_code.co_name for x in (1,)), [sys._getframe(1).f_code.co_name for _ in 'a'])


def outer():
    def inner():
        return sys._getframe()
    return inner()


show(outer(), 'nested')
print(chain(outer()))


def g():
    yield sys._getframe()
    yield sys._getframe(1)


for x in g():
    show(x, 'generator')


def rec(n):
    if n == 0:
        return chain(sys._getframe())
    return rec(n - 1)


print(rec(3))

print('-- errors')
for bad in (1000, 'a', 2.0, None):
    try:
        sys._getframe(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys._getframe(-3).f_code.co_name)


print('-- other modules')
show(other.here(), 'imported')
print(other.here().f_globals is other.__dict__, other.here().f_back.f_code.co_name)
print(other.caller_name(), other.call(other.caller_name), other.call(f).f_back.f_code.co_name)
print(sorted([3, 1, 2], key=lambda v: (sys._getframe(1).f_code.co_name, v)))
print(list(map(lambda v: sys._getframe(1).f_code.co_name, [1, 2])))
print(other.Point.__module__, other.Maker().make().__module__, collections.namedtuple('Local', 'q').__module__)
ns = {'sys': sys, '__name__': 'execd'}
exec("def ef():\n    return sys._getframe()\nfr = ef()\nname = sys._getframe().f_code.co_name", ns)
print(ns['name'], ns['fr'].f_code.co_name, ns['fr'].f_globals['__name__'], ns['fr'].f_back.f_code.co_name)

print('-- live line numbers')
fr = sys._getframe()
a = fr.f_lineno
b = fr.f_lineno
print(b - a)


def later():
    me = sys._getframe()
    first = me.f_lineno
    return me.f_lineno - first, me


delta, done = later()
print(delta, done.f_code.co_name)

print('-- inspect')


def where():
    return inspect.stack()


def caller():
    return where()


for info in caller()[:3]:
    print(os.path.basename(info.filename), info.lineno, info.function, info.code_context, info.index)
here = inspect.currentframe()
print(inspect.isframe(here), inspect.isframe(f), isinstance(here, types.FrameType))
info = inspect.getframeinfo(here)
print(info.lineno, info.function, info.code_context, info.index)
print(inspect.getframeinfo(here, 3).code_context, inspect.getframeinfo(here, 0).code_context)
print([x.function for x in inspect.getouterframes(other.here())])
try:
    (lambda: 1 / 0)()
except ZeroDivisionError:
    print([(x.function, x.lineno, x.code_context) for x in inspect.trace()])
print(type(here).__name__, type(here.f_code).__name__, inspect.iscode(here.f_code))
print(repr(here).startswith('<frame at 0x'), repr(here).endswith(", line %d, code <module>>" % here.f_lineno))
print(repr(here.f_code).startswith('<code object <module> at 0x'), repr(here.f_code).endswith('line 1>'))
