"""Krait's _collections_abc: the same classes as collections.abc (the standard library imports them from here)."""
from collections.abc import *  # noqa: F401,F403
from collections.abc import __all__, _check_methods  # noqa: F401
