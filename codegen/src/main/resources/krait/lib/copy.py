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
    if cls is tuple or issubclass(cls, type):
        return x
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    rv = _reduce(x, cls)
    if rv is not None:
        return _from_reduce(x, rv, False, None)
    return _reconstruct(x, False, None)


def _reduce(x, cls):
    # A class's own __reduce_ex__ or __reduce__ (Enum members, user classes) decides how it is copied;
    # object's default is the plain reconstruction below.
    if getattr(cls, '__reduce_ex__', None) is not object.__reduce_ex__:
        return x.__reduce_ex__(4)
    if getattr(cls, '__reduce__', None) is not None:
        return x.__reduce__()
    return None


def _from_reduce(x, rv, deep, memo):
    if isinstance(rv, str):
        return x
    if not isinstance(rv, tuple):
        raise Error("__reduce__ must return a string or tuple")
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
    return y


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
        y = x
        for a, b in zip(items, x):
            if a is not b:
                y = tuple(items)
                break
        memo[key] = y
        return y
    if cls is set:
        y = set(deepcopy(item, memo) for item in x)
        memo[key] = y
        return y
    if issubclass(cls, type):
        return x
    hook = getattr(x, '__deepcopy__', None)
    if hook is not None:
        y = hook(memo)
    else:
        rv = _reduce(x, cls)
        y = _reconstruct(x, True, memo) if rv is None else _from_reduce(x, rv, True, memo)
    memo[key] = y
    return y


def _set_state(y, state):
    """Hands a reduction's state to the new object: its __setstate__, else (dict, slots) set as attributes."""
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for k, v in slotstate.items():
            setattr(y, k, v)


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
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        # object's default reduction copies what __getstate__ returns and hands it to __setstate__
        state = getstate()
        if state is None:
            return y
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
        return y
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
