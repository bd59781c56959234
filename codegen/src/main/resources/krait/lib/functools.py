"""Krait's functools: reduce, partial, partialmethod, wraps, lru_cache/cache, cmp_to_key, total_ordering,
cached_property, singledispatch, singledispatchmethod."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)
_missing = object()


def reduce(function, iterable, *initial):
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(initial) > 1:
        raise TypeError('reduce expected at most 3 arguments, got %d' % (len(initial) + 2))
    if initial:
        value = initial[0]
    else:
        value = next(it, _missing)
        if value is _missing:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += ['%s=%r' % (k, v) for k, v in self.keywords.items()]
        return 'functools.partial(%s)' % ', '.join(parts)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        target = getattr(wrapper, attr, None)
        source = getattr(wrapped, attr, None)
        if isinstance(target, dict) and isinstance(source, dict):
            target.update(source)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_missing,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


_SIMPLE_KEY_TYPES = (int, str)


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    if maxsize is not None and maxsize < 0:
        maxsize = 0

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]

    cache_get = cache.get
    bounded = maxsize is not None

    def wrapper(*args, **kwds):
        if kwds or typed:
            key = _make_key(args, kwds, typed)
        elif len(args) == 1 and type(args[0]) in _SIMPLE_KEY_TYPES:
            key = args[0]
        else:
            key = args
        result = cache_get(key, _missing)
        if result is not _missing:
            stats[0] += 1
            if bounded:
                # Most recently used last: the eviction below takes the first key.
                del cache[key]
                cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None or maxsize > 0:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


def cmp_to_key(mycmp):
    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        def __hash__(self):
            raise TypeError("unhashable type: 'functools.KeyWrapper'")
    return KeyWrapper


def total_ordering(cls):
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = '__lt__' if '__lt__' in defined else '__le__' if '__le__' in defined else \
        '__gt__' if '__gt__' in defined else '__ge__'

    derived = {
        '__lt__': {'__gt__': lambda s, o: _nand(s.__lt__(o), s == o), '__le__': lambda s, o: _or(s.__lt__(o), s == o),
                   '__ge__': lambda s, o: _not(s.__lt__(o))},
        '__le__': {'__ge__': lambda s, o: _nor(s.__le__(o), s == o), '__lt__': lambda s, o: _and_not(s.__le__(o), s == o),
                   '__gt__': lambda s, o: _not(s.__le__(o))},
        '__gt__': {'__lt__': lambda s, o: _nand(s.__gt__(o), s == o), '__ge__': lambda s, o: _or(s.__gt__(o), s == o),
                   '__le__': lambda s, o: _not(s.__gt__(o))},
        '__ge__': {'__le__': lambda s, o: _nor(s.__ge__(o), s == o), '__gt__': lambda s, o: _and_not(s.__ge__(o), s == o),
                   '__lt__': lambda s, o: _not(s.__ge__(o))},
    }
    for name, fn in derived[root].items():
        if name not in defined:
            fn.__name__ = name
            setattr(cls, name, fn)
    return cls


def _not(r):
    return r if r is NotImplemented else not r


def _or(r, eq):
    return r if r is NotImplemented else r or eq


def _nand(r, eq):
    return r if r is NotImplemented else not r and not eq


def _nor(r, eq):
    return r if r is NotImplemented else not r or eq


def _and_not(r, eq):
    return r if r is NotImplemented else r and not eq


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.attrname] = value
        return value


class partialmethod:
    """A partial application as a method: the instance (or class) goes first, then the frozen arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if isinstance(self.func, (staticmethod, classmethod)) or get is None:
            bound = get(obj, cls) if get is not None else self.func
            return partial(bound, *self.args, **self.keywords)
        if obj is None:
            def _method(cls_or_self, /, *args, **keywords):
                return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
            return _method
        return partial(self.func, obj, *self.args, **self.keywords)

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += ['%s=%r' % (k, v) for k, v in self.keywords.items()]
        return 'functools.partialmethod(%s)' % ', '.join(parts)


def _first_annotation(func):
    ann = getattr(func, '__annotations__', None) or {}
    for name, value in ann.items():
        if name == 'return':
            continue
        if isinstance(value, str):
            value = eval(value, getattr(func, '__globals__', {}))
        return value
    raise TypeError('Invalid first argument to `register()`: %r. Use either `@register(some_class)` or plain '
                    '`@register` on an annotated function.' % (func,))


def singledispatch(func):
    """A generic function dispatching on the class of its first argument (along its MRO)."""
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        impl = cache.get(cls)
        if impl is None:
            for base in cls.__mro__:
                if base in registry:
                    impl = registry[base]
                    break
            else:
                impl = func
            cache[cls] = impl
        return impl

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            func = cls
            cls = _first_annotation(func)
            if not isinstance(cls, type):
                raise TypeError('Invalid annotation for %r. %r is not a class.' % ('first argument', cls))
        registry[cls] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self or cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = getattr(self.func, '__isabstractmethod__', False)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
