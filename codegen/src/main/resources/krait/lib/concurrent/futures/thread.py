"""ThreadPoolExecutor: runs submitted calls on a pool of worker threads, started as work arrives.

The workers are daemon threads; when the program ends, an atexit hook lets each pool finish the work already
queued and joins its workers (CPython joins them at the same point)."""
import atexit
import itertools
import os
import queue
import threading

from concurrent.futures import _base

_pools = []            # (work queue, worker threads) of every pool not yet shut down
_pools_lock = threading.Lock()
_exiting = False


def _finish_at_exit():
    global _exiting
    with _pools_lock:
        _exiting = True
        pools = list(_pools)
        del _pools[:]
    for work_queue, _ in pools:
        work_queue.put(None)
    for _, threads in pools:
        for t in list(threads):
            t.join()


atexit.register(_finish_at_exit)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread's initializer failed."""


class _WorkItem:
    __slots__ = ('future', 'fn', 'args', 'kwargs')

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        future = self.future
        if not future.set_running_or_notify_cancel():
            return
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(value)


def _work(pool, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            pool._initializer_failed()
            return
    while True:
        item = work_queue.get()
        if item is not None:
            item.run()
            item = None
            pool._idle_semaphore.release()
            continue
        # None is the signal to stop: pass it on so that every other worker sees it too
        work_queue.put(None)
        return


class ThreadPoolExecutor(_base.Executor):
    """Runs calls on at most max_workers threads (by default min(32, os.cpu_count() + 4))."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter())
        self._initializer = initializer
        self._initargs = initargs
        self._registered = False

    def _broken_error(self):
        return BrokenThreadPool(self._broken)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise self._broken_error()
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._start_worker_if_needed()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _start_worker_if_needed(self):
        # a worker that finished an item and waits for the next one left a token in the semaphore
        if self._idle_semaphore.acquire(timeout=0):
            return
        n = len(self._threads)
        if n >= self._max_workers:
            return
        t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, n), target=_work,
                             args=(self, self._work_queue, self._initializer, self._initargs), daemon=True)
        t.start()
        self._threads.add(t)
        if not self._registered:
            self._registered = True
            with _pools_lock:
                _pools.append((self._work_queue, self._threads))

    def _unregister(self):
        with _pools_lock:
            for i, (q, _) in enumerate(_pools):
                if q is self._work_queue:
                    del _pools[i]
                    break

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(self._broken_error())

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
            self._unregister()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
