"""Krait's weakref: ref, proxy, WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod and finalize, on JVM
weak references. An object dies when the JVM's collector finds it unreachable (gc.collect() asks it to run), not
as soon as its last reference goes as in CPython."""
from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType, _process
import sys as _sys

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary', 'ReferenceType', 'ProxyType',
           'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']


class ProxyType:
    """A proxy forwarding attribute access and the common operations to a weakly referenced object."""
    __slots__ = ('_ref',)

    def __init__(self, obj, callback=None):
        if callback is None:
            object.__setattr__(self, '_ref', ref(obj))
        else:
            object.__setattr__(self, '_ref', ref(obj, lambda r, p=self: callback(p)))

    def _target(self):
        o = object.__getattribute__(self, '_ref')()
        if o is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return o

    def __getattr__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_ref')()
        return '<weakproxy at %#x; %s>' % (id(self), 'dead' if o is None else 'to %r at %#x' % (type(o).__name__, id(o)))

    def __str__(self):
        return str(ProxyType._target(self))

    def __bool__(self):
        return bool(ProxyType._target(self))

    def __len__(self):
        return len(ProxyType._target(self))

    def __iter__(self):
        return iter(ProxyType._target(self))

    def __contains__(self, x):
        return x in ProxyType._target(self)

    def __getitem__(self, k):
        return ProxyType._target(self)[k]

    def __setitem__(self, k, v):
        ProxyType._target(self)[k] = v

    def __delitem__(self, k):
        del ProxyType._target(self)[k]

    def __eq__(self, other):
        return ProxyType._target(self) == other

    def __ne__(self, other):
        return ProxyType._target(self) != other

    def __lt__(self, other):
        return ProxyType._target(self) < other

    def __le__(self, other):
        return ProxyType._target(self) <= other

    def __gt__(self, other):
        return ProxyType._target(self) > other

    def __ge__(self, other):
        return ProxyType._target(self) >= other

    def __add__(self, other):
        return ProxyType._target(self) + other

    def __sub__(self, other):
        return ProxyType._target(self) - other

    def __mul__(self, other):
        return ProxyType._target(self) * other

    def __hash__(self):
        raise TypeError("unhashable type: 'weakproxy'")


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to obj that does not keep it alive."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakMethod:
    """A weak reference to a bound method: dead when either its object or its function is."""
    __slots__ = ('_obj_ref', '_func_ref', '_meth_type', '_alive_callback', '__weakref__')

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'.format(type(meth))) from None

        def _cb(arg, self_ref=[None]):
            if callback is not None:
                callback(self)
        self._obj_ref = ref(obj, _cb if callback is not None else None)
        self._func_ref = ref(func, _cb if callback is not None else None)
        self._meth_type = type(meth)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value is collected."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        data = self.data

        def remove(wr, key=key, data=data):
            if data.get(key) is wr:
                del data[key]
        return ref(value, remove)

    def __getitem__(self, key):
        _process()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        _process()
        del self.data[key]

    def __contains__(self, key):
        _process()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        _process()
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __iter__(self):
        _process()
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def keys(self):
        return iter(self)

    def items(self):
        _process()
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def values(self):
        for k, v in self.items():
            yield v

    def itervaluerefs(self):
        _process()
        yield from list(self.data.values())

    def valuerefs(self):
        _process()
        return list(self.data.values())

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def pop(self, key, *args):
        _process()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        _process()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    def update(self, other=(), /, **kw):
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def __or__(self, other):
        c = self.copy()
        c.update(other)
        return c

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key is collected."""

    def __init__(self, dict=None):
        self.data = {}
        data = self.data

        def remove(k, data=data):
            try:
                del data[k]
            except KeyError:
                pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        _process()
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        _process()
        del self.data[ref(key)]

    def __contains__(self, key):
        _process()
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        _process()
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __iter__(self):
        _process()
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def keys(self):
        return iter(self)

    def items(self):
        _process()
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, v

    def values(self):
        for k, v in self.items():
            yield v

    def keyrefs(self):
        _process()
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, v = self.data.popitem()
            o = wr()
            if o is not None:
                return o, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if hasattr(dict, 'items'):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy


class WeakSet:
    """A set holding its elements weakly."""

    def __init__(self, data=None):
        self.data = set()
        d = self.data

        def remove(item, d=d):
            d.discard(item)
        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        _process()
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        _process()
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        _process()
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return '{%s}' % ', '.join(repr(o) for o in self) if False else '<%s at %#x>' % (type(self).__name__, id(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            wr = self.data.pop()
            o = wr()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        return WeakSet(list(self) + list(other))

    def __and__(self, other):
        return WeakSet(x for x in self if x in other)

    def __sub__(self, other):
        return WeakSet(x for x in self if x not in other)

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(map(id, self)) == set(map(id, other))

    def issubset(self, other):
        return all(x in other for x in self)

    def issuperset(self, other):
        return all(x in self for x in other)

    def isdisjoint(self, other):
        return not any(x in other for x in self)


class finalize:
    """Calls func(*args, **kwargs) once, when obj is collected, when called, or at exit (if atexit is true)."""
    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        self._key = object()
        self.atexit = True
        info = (func, args, kwargs or None)
        finalize._registry[self._key] = info
        self._info = info
        key = self._key

        def callback(wr, key=key):
            info = finalize._registry.pop(key, None)
            if info is not None:
                f, a, k = info
                f(*a, **(k or {}))
        self._ref = ref(obj, callback)

    def __call__(self, _=None):
        info = finalize._registry.pop(self._key, None)
        if info is not None:
            f, a, k = info
            return f(*a, **(k or {}))

    def detach(self):
        obj = self._ref()
        info = finalize._registry.pop(self._key, None)
        if obj is not None and info is not None:
            return (obj, info[0], info[1], info[2] or {})

    def peek(self):
        obj = self._ref()
        info = finalize._registry.get(self._key)
        if obj is not None and info is not None:
            return (obj, info[0], info[1], info[2] or {})

    @property
    def alive(self):
        return self._key in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))
