"""Krait's itertools: the iterator building blocks as iterator classes named as CPython's, arguments checked
when the iterator is made, items produced lazily."""

import sys as _sys


def _is_number(x):
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')
            or hasattr(t, '__complex__'))


def _name(x):
    return type(x).__name__


class count:
    __slots__ = ('_n', '_step')

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError('count() takes at most 2 arguments (%d given)' % len(args))
        for k in kwargs:
            if k not in ('start', 'step'):
                raise TypeError("count() got an unexpected keyword argument '%s'" % k)
        start = args[0] if args else kwargs.get('start', 0)
        step = args[1] if len(args) > 1 else kwargs.get('step', 1)
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)


class cycle:
    __slots__ = ('_it', '_saved', '_i')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._i < 0:
            for x in self._it:
                self._saved.append(x)
                return x
            self._i = 0
        saved = self._saved
        if not saved:
            raise StopIteration
        i = self._i
        self._i = i + 1 if i + 1 < len(saved) else 0
        return saved[i]


class repeat:
    __slots__ = ('_obj', '_times')

    def __init__(self, *args, **kwargs):
        for k in kwargs:
            if k not in ('object', 'times'):
                raise TypeError("repeat() got an unexpected keyword argument '%s'" % k)
        if len(args) > 2:
            raise TypeError('repeat() takes at most 2 arguments (%d given)' % len(args))
        if args:
            self._obj = args[0]
        elif 'object' in kwargs:
            self._obj = kwargs['object']
        else:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        times = args[1] if len(args) > 1 else kwargs.get('times')
        if times is not None:
            if not hasattr(type(times), '__index__'):
                raise TypeError("'%s' object cannot be interpreted as an integer" % _name(times))
            times = max(0, times.__index__())
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        t = self._times
        if t is None:
            return self._obj
        if t <= 0:
            raise StopIteration
        self._times = t - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


_MISSING = object()


class accumulate:
    __slots__ = ('_it', '_func', '_total', '_initial')

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _MISSING if initial is None else initial
        self._initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        total = self._total
        if self._initial:
            self._initial = False
            return total
        value = next(self._it)
        if total is _MISSING:
            self._total = value
            return value
        func = self._func
        total = total + value if func is None else func(total, value)
        self._total = total
        return total


class chain:
    __slots__ = ('_sources', '_it')

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._it = None

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._it = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            it = self._it
            if it is not None:
                for x in it:
                    return x
            self._it = iter(next(self._sources))


class compress:
    __slots__ = ('_data', '_selectors')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        for s in self._selectors:
            d = next(data)
            if s:
                return d
        raise StopIteration


class dropwhile:
    __slots__ = ('_pred', '_it', '_dropping')

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            pred = self._pred
            for x in self._it:
                if not pred(x):
                    self._dropping = False
                    return x
            raise StopIteration
        return next(self._it)


class takewhile:
    __slots__ = ('_pred', '_it', '_done')

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._done:
            for x in self._it:
                if self._pred(x):
                    return x
                self._done = True
                break
        raise StopIteration


class filterfalse:
    __slots__ = ('_pred', '_it')

    def __init__(self, function, iterable, /):
        self._pred = bool if function is None else function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        pred = self._pred
        for x in self._it:
            if not pred(x):
                return x
        raise StopIteration


class groupby:
    def __init__(self, iterable, key=None):
        self._key = key
        self._it = iter(iterable)
        self._pending = False
        self._started = False
        self._grouper = None
        self._tgt = None
        self._cur = None
        self._curkey = None

    def __iter__(self):
        return self

    def __next__(self):
        if not self._pending:
            self._advance()
        while self._pending and self._started and self._curkey == self._tgt:
            self._advance()
        if not self._pending:
            raise StopIteration
        self._started = True
        self._tgt = self._curkey
        self._grouper = g = _grouper(self, self._tgt)
        return self._curkey, g

    def _advance(self):
        for x in self._it:
            self._cur = x
            self._curkey = x if self._key is None else self._key(x)
            self._pending = True
            return
        self._pending = False


class _grouper:
    __slots__ = ('_parent', '_tgt')

    def __init__(self, parent, tgt):
        self._parent = parent
        self._tgt = tgt

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._pending and p._grouper is self and p._curkey == self._tgt:
            x = p._cur
            p._advance()
            return x
        raise StopIteration


def _islice_arg(x, what):
    if x is None:
        return None
    if hasattr(type(x), '__index__'):
        v = x.__index__()
        if 0 <= v <= _sys.maxsize:
            return v
    if what == 'Step':
        raise ValueError('Step for islice() must be a positive integer or None.')
    raise ValueError('%s for islice() must be None or an integer: 0 <= x <= sys.maxsize.' % what)


class islice:
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, iterable, *args):
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if len(args) > 3:
            raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
        if len(args) == 1:
            start, stop, step = 0, _islice_arg(args[0], 'Stop argument'), 1
        else:
            start = _islice_arg(args[0], 'Indices')
            stop = _islice_arg(args[1], 'Stop argument')
            step = 1 if len(args) < 3 or args[2] is None else _islice_arg(args[2], 'Step')
            if step == 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
            if start is None:
                start = 0
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            for x in it:
                break
            else:
                self._it = None
                raise StopIteration
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        for item in it:
            break
        else:
            self._it = None
            raise StopIteration
        self._cnt += 1
        nxt = self._next + self._step
        if stop is not None and nxt > stop:
            nxt = stop
        self._next = nxt
        return item


class starmap:
    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class _tee:
    """One of tee's iterators: a cursor into a linked list of the values read so far, shared with its siblings."""
    __slots__ = ('_src', '_node')

    def __init__(self, src, node):
        self._src = src
        self._node = node

    def __iter__(self):
        return self

    def __next__(self):
        node = self._node
        nxt = node[1]
        if nxt is None:
            nxt = [next(self._src[0]), None]
            node[1] = nxt
        self._node = nxt
        return nxt[0]

    def __copy__(self):
        return _tee(self._src, self._node)


def tee(iterable, n=2, /):
    if not hasattr(type(n), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % _name(n))
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    if type(iterable) is _tee:
        first = iterable.__copy__()
    else:
        first = _tee([iter(iterable)], [None, None])
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


class zip_longest:
    __slots__ = ('_its', '_active', '_fill')

    def __init__(self, *iterables, **kwargs):
        fill = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fill = kwargs['fillvalue']
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fill

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not self._active:
            raise StopIteration
        values = []
        fill = self._fill
        for i in range(len(its)):
            it = its[i]
            if it is None:
                values.append(fill)
                continue
            x = next(it, _MISSING)
            if x is _MISSING:
                self._active -= 1
                if not self._active:
                    raise StopIteration
                its[i] = None
                x = fill
            values.append(x)
        return tuple(values)


class pairwise:
    __slots__ = ('_it', '_last')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._last = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        last = self._last
        if last is _MISSING:
            last = next(it, _MISSING)
            if last is _MISSING:
                raise StopIteration
        x = next(it, _MISSING)
        if x is _MISSING:
            self._last = _MISSING
            raise StopIteration
        self._last = x
        return last, x


# product, permutations, combinations and combinations_with_replacement are in Java, as in CPython's C.
from _kitertools import product, permutations, combinations, combinations_with_replacement
