"""Krait's itertools: the iterator building blocks as iterator classes named as CPython's, arguments checked
when the iterator is made, items produced lazily."""


def _name(x):
    return type(x).__name__


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


# These are in Java, as in CPython's C.
from _kitertools import (product, permutations, combinations, combinations_with_replacement, count, repeat, cycle,
                         chain, islice)
