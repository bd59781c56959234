"""Krait's gc: the interface of CPython's collector. The JVM's collector decides when memory is reclaimed, so
collect() only asks it to run (then calls the callbacks of the weak references it cleared), and the thresholds
and debug flags are remembered without effect."""
from _weakref import _collect

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []
_state = {'enabled': True, 'threshold': (700, 10, 10), 'debug': 0, 'frozen': 0}


def enable():
    _state['enabled'] = True


def disable():
    _state['enabled'] = False


def isenabled():
    return _state['enabled']


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(generation).__name__)
    if not 0 <= generation <= 2:
        raise ValueError('invalid generation')
    return _collect()


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _state['threshold']


def set_threshold(threshold0, threshold1=None, threshold2=None):
    t = list(_state['threshold'])
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _state['threshold'] = tuple(t)


def get_debug():
    return _state['debug']


def set_debug(flags):
    _state['debug'] = flags


def get_objects(generation=None):
    return []


def get_stats():
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


def get_referrers(*objs):
    return []


def get_referents(*objs):
    return []


def is_tracked(obj):
    return not isinstance(obj, (int, float, complex, str, bytes, bool, type(None)))


def is_finalized(obj):
    return False


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0
