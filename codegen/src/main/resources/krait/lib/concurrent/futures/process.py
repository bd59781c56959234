"""ProcessPoolExecutor: Krait has no processes to fork, so this pool runs its calls on worker threads (under
the global lock, so CPU-bound work does not run in parallel). The arguments and results are not pickled."""
import itertools
import os

from concurrent.futures import _base
from concurrent.futures import thread as _thread_pool


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a worker of the pool failed (here: when its initializer raised)."""


class _Pool(_thread_pool.ThreadPoolExecutor):
    def _broken_error(self):
        return BrokenProcessPool(self._broken)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A child process terminated abruptly, the process pool is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except _thread_pool.queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenProcessPool(
                        'A process in the process pool was terminated abruptly while the future was '
                        'running or pending.'))


def _call_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


class ProcessPoolExecutor(_base.Executor):
    """Runs calls on at most max_workers workers (by default os.cpu_count()); in Krait they are threads."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if type(max_tasks_per_child) is not int:
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._mp_context = mp_context
        self._pool = _Pool(max_workers, 'ProcessPoolExecutor-%d' % self._counter(), initializer, initargs)

    def submit(self, fn, /, *args, **kwargs):
        return self._pool.submit(fn, *args, **kwargs)

    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls sent to the workers chunksize at a time."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        if chunksize == 1:
            return super().map(fn, *iterables, timeout=timeout)
        it = zip(*iterables)
        chunks = iter(lambda: list(itertools.islice(it, chunksize)), [])
        results = super().map(_call_chunk, itertools.repeat(fn), chunks, timeout=timeout)

        def flatten():
            for chunk in results:
                yield from chunk
        return flatten()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._pool.shutdown(wait, cancel_futures=cancel_futures)

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
