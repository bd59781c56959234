"""Krait's copy: shallow and deep copies, honouring __copy__ and __deepcopy__."""


class Error(Exception):
    pass


error = Error
_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(lambda: 0), frozenset)


def copy(x):
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if cls is tuple:
        return x
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    return _reconstruct(x, False, None)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
        return y
    if cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            return memo[key]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
        memo[key] = y
        return y
    if cls is set:
        y = set(deepcopy(item, memo) for item in x)
        memo[key] = y
        return y
    hook = getattr(x, '__deepcopy__', None)
    if hook is not None:
        y = hook(memo)
    else:
        y = _reconstruct(x, True, memo)
    memo[key] = y
    return y


def _reconstruct(x, deep, memo):
    cls = type(x)
    if isinstance(x, (list, dict, set, tuple)):
        if isinstance(x, tuple):
            items = tuple(deepcopy(i, memo) for i in x) if deep else tuple(x)
            y = tuple.__new__(cls, items)
        else:
            y = cls.__new__(cls)
            if deep:
                memo[id(x)] = y
            if isinstance(x, dict):
                for k, v in x.items():
                    dict.__setitem__(y, deepcopy(k, memo) if deep else k, deepcopy(v, memo) if deep else v)
            elif isinstance(x, list):
                list.extend(y, [deepcopy(i, memo) for i in x] if deep else x)
            else:
                set.update(y, [deepcopy(i, memo) for i in x] if deep else x)
    else:
        y = object.__new__(cls)
        if deep:
            memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    slots = []
    for klass in cls.__mro__:
        s = klass.__dict__.get('__slots__', ())
        slots.extend([s] if isinstance(s, str) else s)
    for name in slots:
        if name in ('__dict__', '__weakref__') or not hasattr(x, name):
            continue
        value = getattr(x, name)
        object.__setattr__(y, name, deepcopy(value, memo) if deep else value)
    return y
