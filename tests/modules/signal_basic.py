# signal: the constants and enums, the handler table with CPython's checks, raise_signal with handlers.
import signal

print(signal.SIGINT, repr(signal.SIGINT), signal.SIGTERM.name, int(signal.SIGKILL), signal.NSIG)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.SIG_DFL == 0, signal.SIG_IGN == 1)
print(repr(signal.SIG_BLOCK), repr(signal.SIG_UNBLOCK), repr(signal.SIG_SETMASK))
print([(s.name, s.value) for s in signal.Signals])
print(signal.SIGIOT is signal.SIGABRT, signal.SIGCLD is signal.SIGCHLD, signal.SIGPOLL is signal.SIGIO)
print(signal.Signals(15), signal.Signals['SIGHUP'], signal.Signals.__module__)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(25)))
print([signal.strsignal(i) for i in range(1, 32)])
print(signal.strsignal(34), signal.strsignal(64))
print(len(signal.valid_signals()), signal.SIGRTMIN in signal.valid_signals(), 32 in signal.valid_signals())

calls = []
def handler(signum, frame):
    calls.append((signum, frame is not None))

old = signal.signal(signal.SIGUSR1, handler)
print(repr(old), signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(calls)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(calls, repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.signal(signal.SIGUSR1, 0)), repr(signal.getsignal(signal.SIGUSR1)))

old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler)
signal.signal(signal.SIGINT, old)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('default_int_handler raised')

for args in [(signal.SIGKILL, signal.SIG_IGN), (signal.SIGSTOP, handler), (100, signal.SIG_IGN),
             (0, signal.SIG_DFL), (-1, handler), (2, 5), (2, 'x'), ('2', handler)]:
    try:
        signal.signal(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [0, 65, 'x']:
    try:
        signal.getsignal(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.strsignal(0)
except ValueError as e:
    print(e)

import threading
def in_thread():
    try:
        signal.signal(signal.SIGUSR2, handler)
    except ValueError as e:
        print(e)
t = threading.Thread(target=in_thread)
t.start()
t.join()
