"""Krait's _operator: the operator functions (as in operator) and _compare_digest."""
from operator import *  # noqa: F401,F403


def _compare_digest(a, b):
    """Compares two str (ASCII) or bytes-like values in time independent of where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        for v in (a, b):
            if not isinstance(v, (bytes, bytearray)):
                raise TypeError("a bytes-like object is required, not '%s'" % type(v).__name__)
    a = bytes(a)
    b = bytes(b)
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
