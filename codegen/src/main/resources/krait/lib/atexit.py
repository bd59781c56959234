"""atexit: functions run when the program ends (after the main module, also after an uncaught exception or
SystemExit), last registered first."""
import sys as _sys

_callbacks = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            import traceback
            print("Exception ignored in atexit callback: %r" % (func,), file=_sys.stderr)
            traceback.print_exception(type(e), e, e.__traceback__, file=_sys.stderr)
