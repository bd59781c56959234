"""Krait's types: the types of built-in objects, SimpleNamespace, MappingProxyType, new_class, coroutine."""
import sys as _sys


def _f():
    pass


async def _c():
    pass


def _g():
    yield 1


async def _ag():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = None
GeneratorType = type(_g())
_coro = _c()
CoroutineType = type(_coro)
_coro.close()
AsyncGeneratorType = type(_ag())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
FrameType = type(_sys._getframe())
GetSetDescriptorType = type(FunctionType.__dict__['__code__']) if '__code__' in FunctionType.__dict__ else type(None)
MemberDescriptorType = type(None)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())
del _cell_factory
del _coro


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
        return '%s(%s)' % ('namespace' if type(self) is SimpleNamespace else type(self).__name__, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type)
    ns = {}
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    if exec_body is not None:
        exec_body(ns)
    return meta(name, bases, ns, **kwds)


class _GeneratorWrapper:
    """A generator returned by a @coroutine function that is not itself a generator function: awaitable."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if code is not None and code.co_flags & 0x20:
        # A generator function: its generators become awaitable (CPython's CO_ITERABLE_COROUTINE).
        func._is_coroutine = True
        return func

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro).__name__ == 'generator':
            return _GeneratorWrapper(coro)
        return coro

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


def resolve_bases(bases):
    return tuple(bases)


class DynamicClassAttribute(property):
    pass
