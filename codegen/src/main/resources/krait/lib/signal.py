"""Krait's signal: Linux's signal numbers as the Signals, Handlers and Sigmasks enums, and a handler table.

The JVM owns the process's signal dispositions, so the handlers set here are recorded (signal, getsignal, with
CPython's checks and errors) and run only by raise_signal in the calling thread: a signal sent from outside the
program still has the JVM's default effect (SIGINT ends it with status 130).
"""

from enum import IntEnum as _IntEnum
from operator import index as _index
import threading as _threading

_NAMES = [
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5), ('SIGABRT', 6), ('SIGIOT', 6),
    ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9), ('SIGUSR1', 10), ('SIGSEGV', 11), ('SIGUSR2', 12),
    ('SIGPIPE', 13), ('SIGALRM', 14), ('SIGTERM', 15), ('SIGSTKFLT', 16), ('SIGCHLD', 17), ('SIGCLD', 17),
    ('SIGCONT', 18), ('SIGSTOP', 19), ('SIGTSTP', 20), ('SIGTTIN', 21), ('SIGTTOU', 22), ('SIGURG', 23),
    ('SIGXCPU', 24), ('SIGXFSZ', 25), ('SIGVTALRM', 26), ('SIGPROF', 27), ('SIGWINCH', 28), ('SIGIO', 29),
    ('SIGPOLL', 29), ('SIGPWR', 30), ('SIGSYS', 31), ('SIGRTMIN', 34), ('SIGRTMAX', 64),
]

Signals = _IntEnum('Signals', _NAMES, module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)], module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

NSIG = 65
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2

# glibc's strsignal texts.
_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted',
    7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock',
    15: 'Terminated', 16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
    20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
    31: 'Bad system call',
}


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python: it raises KeyboardInterrupt."""
    raise KeyboardInterrupt


# CPython starts with SIGINT handled by default_int_handler and SIGPIPE and SIGXFSZ ignored.
_handlers = {SIGINT: default_int_handler, SIGPIPE: SIG_IGN, SIGXFSZ: SIG_IGN}


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def _check(signalnum):
    signalnum = _index(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    return signalnum


def signal(signalnum, handler, /):
    """Sets the action for the given signal and returns the previous one."""
    # As CPython's: anything int() accepts is converted first (so '2' is SIGINT).
    signalnum = _check(_enum_to_int(signalnum))
    handler = _enum_to_int(handler)
    if handler not in (SIG_IGN, SIG_DFL) and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    if _threading.current_thread() is not _threading.main_thread():
        raise ValueError('signal only works in main thread of the main interpreter')
    if signalnum in (SIGKILL, SIGSTOP) or 32 <= signalnum <= 33:
        raise OSError(22, 'Invalid argument')
    old = getsignal(signalnum)
    _handlers[signalnum] = handler if callable(handler) else _int_to_enum(handler, Handlers)
    return old


def getsignal(signalnum, /):
    """The current action for the signal: SIG_IGN, SIG_DFL, None, or a callable."""
    return _handlers.get(_check(signalnum), SIG_DFL)


def strsignal(signalnum, /):
    """The system's description of the signal, None for an unknown one."""
    signalnum = _check(signalnum)
    if 34 <= signalnum <= 64:
        return 'Real-time signal %d' % (signalnum - 34)
    return _DESCRIPTIONS.get(signalnum)


def valid_signals():
    """The set of signal numbers valid on this platform."""
    return {_int_to_enum(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


def raise_signal(signalnum, /):
    """Sends the signal to this process: its Python handler runs at once; SIG_IGN does nothing."""
    signalnum = _check(signalnum)
    handler = getsignal(signalnum)
    if handler == SIG_IGN:
        return
    if callable(handler):
        import sys
        handler(signalnum, sys._getframe(1))
        return
    raise OSError(95, 'raise_signal() of %s with the default action is not supported by Krait'
                  % Signals(signalnum).name)
