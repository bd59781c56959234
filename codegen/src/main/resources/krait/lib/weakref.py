"""weakref: references that do not keep their object alive in CPython. On the JVM an object lives while it is
reachable and is freed by the collector later, not at the last `del`; Krait's references are therefore strong:
a reference always returns its object, and callbacks never run. The containers behave as dicts and sets."""

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet", "WeakMethod",
           "finalize"]

_UNWEAKREFABLE = (int, float, complex, str, bytes, tuple, list, dict, set, frozenset, bool, type(None))


def _check(obj):
    if type(obj) in _UNWEAKREFABLE:
        raise TypeError("cannot create weak reference to '%s' object" % type(obj).__name__)


class ReferenceType:
    __slots__ = ('_obj', '__callback__')

    def __init__(self, obj, callback=None):
        _check(obj)
        self._obj = obj
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj != other._obj

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(self._obj).__name__, id(self._obj))


ref = ReferenceType


class WeakMethod(ReferenceType):
    __slots__ = ()

    def __init__(self, meth, callback=None):
        if not hasattr(meth, '__self__') or not hasattr(meth, '__func__'):
            raise TypeError("argument should be a bound method, not %s" % type(meth).__name__)
        super().__init__(meth.__self__, callback)
        self._obj = meth


def proxy(obj, callback=None):
    _check(obj)
    return obj


ProxyType = type('weakproxy', (), {})
CallableProxyType = type('weakcallableproxy', (), {})
ProxyTypes = (ProxyType, CallableProxyType)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    def __repr__(self):
        return "<WeakValueDictionary at %#x>" % id(self)

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def itervaluerefs(self):
        return iter(self.valuerefs())


class WeakKeyDictionary(dict):
    def __repr__(self):
        return "<WeakKeyDictionary at %#x>" % id(self)

    def keyrefs(self):
        return [ref(k) for k in self.keys()]


class WeakSet(set):
    def __repr__(self):
        return "{}({})".format(type(self).__name__, set(self))


class finalize:
    """Calls func(*args, **kwargs) when called (or at exit in CPython); Krait runs it only when called."""

    def __init__(self, obj, func, /, *args, **kwargs):
        self._info = (obj, func, args, kwargs)

    def __call__(self, _=None):
        info, self._info = self._info, None
        if info is not None:
            obj, func, args, kwargs = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        info, self._info = self._info, None
        if info is not None:
            return (info[0], info[1], info[2], info[3])

    def peek(self):
        info = self._info
        if info is not None:
            return (info[0], info[1], info[2], info[3])

    @property
    def alive(self):
        return self._info is not None

    atexit = True
