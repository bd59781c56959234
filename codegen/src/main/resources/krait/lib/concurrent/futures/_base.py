"""The pieces shared by every executor: Future, Executor, wait, as_completed and the exceptions."""
import collections
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class _LazyLogger:
    """The 'concurrent.futures' logger, imported the first time something is logged."""

    def __getattr__(self, name):
        import logging
        return getattr(logging.getLogger("concurrent.futures"), name)


LOGGER = _LazyLogger()


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor can no longer run the work given to it."""


class _Waiter:
    """What wait() and as_completed() block on: each future reports to it when it finishes or is cancelled,
    and its event is set once the caller's condition holds (mode is a return_when value or _AS_COMPLETED)."""

    def __init__(self, mode, pending):
        self.mode = mode
        self.pending = pending
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished_futures = []

    def _report(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            self.pending -= 1
            if (self.mode in (FIRST_COMPLETED, _AS_COMPLETED) or self.pending <= 0
                    or (failed and self.mode == FIRST_EXCEPTION)):
                self.event.set()

    def add_result(self, future):
        self._report(future, False)

    def add_exception(self, future):
        self._report(future, True)

    def add_cancelled(self, future):
        self._report(future, False)


class _AcquireFutures:
    """Holds the conditions of several futures at once (in id order, so two holders cannot deadlock)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *args):
        for f in self.futures:
            f._condition.release()


def _install_waiter(fs, mode):
    if mode not in (_AS_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return condition: %r" % mode)
    waiter = _Waiter(mode, sum(1 for f in fs if f._state not in _DONE_STATES))
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def as_completed(fs, timeout=None):
    """An iterator over the given futures that yields each as it completes (finished or cancelled).

    Raises TimeoutError if __next__() is called and the result isn't available after timeout seconds
    from the original call to as_completed()."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = set(f for f in fs if f._state in _DONE_STATES)
        pending = fs - finished
        waiter = _install_waiter(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        while finished:
            f = finished.pop()
            with f._condition:
                f._waiters.remove(waiter)
            yield f
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            finished.reverse()
            while finished:
                f = finished.pop()
                pending.discard(f)
                with f._condition:
                    f._waiters.remove(waiter)
                yield f
    finally:
        for f in fs:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures to complete; returns a named 2-tuple of sets (done, not_done).

    return_when is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if f._state in _DONE_STATES)
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            for f in done:
                if f._state == FINISHED and f._exception is not None:
                    return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Future:
    """The result of an asynchronous computation."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            where = '%s at %#x state=%s' % (self.__class__.__name__, id(self),
                                             _STATE_TO_DESCRIPTION_MAP[self._state])
            if self._state == FINISHED:
                if self._exception:
                    return '<%s raised %s>' % (where, self._exception.__class__.__name__)
                return '<%s returned %s>' % (where, self._result.__class__.__name__)
            return '<%s>' % where

    def cancel(self):
        """Cancels the future if possible; returns True if it is (now) cancelled, False if it is running
        or done."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Return True if the future is currently executing."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished executing."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future is cancelled or finishes; at once if it already has."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        """The value the call returned, waiting at most timeout seconds for it.

        Raises CancelledError if the future was cancelled, TimeoutError if it did not finish in time, and
        the call's exception if it raised one."""
        try:
            with self._condition:
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self.__get_result()
                self._condition.wait(timeout)
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self.__get_result()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting at most timeout seconds."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        """For executors: marks the future running (True), or reports that it was cancelled (False)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """For executors and tests: sets the result and wakes whoever waits."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors and tests: sets the exception and wakes whoever waits."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor:
    """The abstract base class of executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) and returns a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls running concurrently: every call is submitted at once and the
        results come back in order; TimeoutError if they are not all there timeout seconds after the call."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources; with wait, returns when the pending work is done."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
