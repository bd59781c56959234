"""threading: JVM threads under a global interpreter lock, as in CPython: one thread runs Python code at a time
and hands over when it blocks (sleep, locks, join, waits) or after a few thousand calls."""
import _thread
import sys as _sys
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError',
           'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
Lock = _allocate_lock
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
_active = {}
_limbo = {}
_counter = 0
_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def stack_size(size=0):
    return 0


def _newname(template="Thread-%d"):
    global _counter
    _counter += 1
    return template % _counter


class RLock:
    """A reentrant lock: the owning thread may acquire it again; it is free when released as often."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked", self.__class__.__module__,
            self.__class__.__qualname__, self._owner, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        if hasattr(self._lock, '_release_save'):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if hasattr(self._lock, '_acquire_restore'):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._acquire_restore(saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d>" % (self.__class__.__module__, self.__class__.__qualname__,
                                            hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return "<%s.%s at %s: %s>" % (self.__class__.__module__, self.__class__.__qualname__, hex(id(self)),
                                      'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            while self._state in (-1, 1):
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    if self._action:
                        self._action()
                    self._state = 1
                    self._cond.notify_all()
                else:
                    if not self._cond.wait_for(lambda: self._state != 0, timeout):
                        self._state = -2
                        self._cond.notify_all()
                        raise BrokenBarrierError
                    if self._state < 0:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state == 1:
                    self._state = 0
                    self._cond.notify_all()

    def reset(self):
        with self._cond:
            self._state = -2 if self._count else 0
            self._cond.notify_all()
            if self._count:
                self._state = -1

    def abort(self):
        with self._cond:
            self._state = -2
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 0 else 0

    @property
    def broken(self):
        return self._state == -2


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def excepthook(args):
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    stderr.write("Exception in thread %s:\n" % name)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._done = Event()
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._done.is_set():
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        _limbo[self] = self
        try:
            _thread.start_new_thread(self._bootstrap, ())
        except Exception:
            del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self
        _limbo.pop(self, None)
        self._started.set()
        try:
            self.run()
        except BaseException:
            exc_type, exc_value, exc_tb = _sys.exc_info()
            excepthook(ExceptHookArgs(exc_type, exc_value, exc_tb, self))
        finally:
            self._done.set()
            _active.pop(self._ident, None)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
        self._done.wait(timeout)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started.is_set() and not self._done.is_set()

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        _active[self._ident] = self

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def active_count():
    return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    return list(_active.values()) + list(_limbo.values())


def main_thread():
    return _main_thread


class local:
    """Attributes seen only by the thread that set them."""

    def __init__(self, *args, **kw):
        if (args or kw) and type(self).__init__ is local.__init__:
            raise TypeError("Initialization arguments are not supported")
        object.__setattr__(self, '_local__dicts', {})
        object.__setattr__(self, '_local__args', (args, kw))

    def _local__ns(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        me = get_ident()
        ns = dicts.get(me)
        if ns is None:
            ns = dicts[me] = {}
            args, kw = object.__getattribute__(self, '_local__args')
            if type(self).__init__ is not local.__init__:
                dicts[me] = ns
                type(self).__init__(self, *args, **kw)
        return ns

    def __getattribute__(self, name):
        if name in ('__class__', '__dict__', '_local__ns') or name.startswith('_local__'):
            if name == '__dict__':
                return object.__getattribute__(self, '_local__ns')()
            return object.__getattribute__(self, name)
        ns = object.__getattribute__(self, '_local__ns')()
        if name in ns:
            return ns[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        object.__getattribute__(self, '_local__ns')()[name] = value

    def __delattr__(self, name):
        ns = object.__getattribute__(self, '_local__ns')()
        try:
            del ns[name]
        except KeyError:
            raise AttributeError(name) from None


_main_thread = _MainThread()


def _shutdown():
    """Waits for the threads that are not daemons (the launcher calls it when the main module ends)."""
    for t in list(_active.values()) + list(_limbo.values()):
        if t is not _main_thread and not t.daemon and t.is_alive():
            t.join()
