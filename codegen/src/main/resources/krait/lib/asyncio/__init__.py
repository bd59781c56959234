"""Krait's asyncio: a single-threaded event loop (ready queue and timer heap) with CPython's scheduling order,
Future, Task, sleep, gather, wait_for, wait, as_completed, TaskGroup, Queue, Event, Lock, Semaphore."""
import time as _time
import heapq as _heapq
import sys as _sys
import _ksocket

__all__ = ['run', 'sleep', 'gather', 'create_task', 'wait_for', 'wait', 'as_completed', 'Future', 'Task', 'Queue',
           'Event', 'Lock', 'Semaphore', 'CancelledError', 'TimeoutError', 'get_event_loop', 'new_event_loop',
           'get_running_loop', 'ensure_future', 'iscoroutine', 'isfuture', 'TimerHandle', 'Handle', 'current_task', 'all_tasks', 'TaskGroup', 'shield',
           'open_connection', 'start_server', 'StreamReader', 'StreamWriter', 'IncompleteReadError',
           'LimitOverrunError']


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


TimeoutError = TimeoutError
_PENDING, _CANCELLED, _FINISHED = 'PENDING', 'CANCELLED', 'FINISHED'
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class Handle:
    __slots__ = ('_callback', '_args', '_cancelled', '_when', '_loop')

    def __init__(self, callback, args, when=None, loop=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._when = when
        self._loop = loop

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def when(self):
        return self._when

    def _format(self):
        name = getattr(self._callback, '__qualname__', None) or repr(self._callback)
        return '%s(%s)' % (name, ', '.join(repr(a) for a in self._args))

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self._format())

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            # As in CPython: reported to the loop's exception handler, and the loop goes on.
            if self._loop is None:
                raise
            self._loop.call_exception_handler({'message': 'Exception in callback ' + self._format(),
                                               'exception': exc, 'handle': self})


class TimerHandle(Handle):
    __slots__ = ()


class BaseEventLoop:
    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._seq = 0
        self._stopping = False
        self._running = False
        self._closed = False
        self._tasks = []
        # Sockets watched by the selector (made on first use): socket -> Handle run when it is ready.
        self._selector = None
        self._readers = {}
        self._writers = {}
        self._exception_handler = None
        # Async generators iterated while this loop ran (sys.set_asyncgen_hooks), closed by shutdown_asyncgens().
        self._asyncgens = []
        self._asyncgens_shutdown_called = False

    def time(self):
        return _time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append('%s: %r' % (key, context[key]))
        if exc is not None:
            import traceback
            lines.append(''.join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip())
        print('\n'.join(lines), file=_sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self.default_exception_handler({'message': 'Unhandled error in exception handler',
                                            'exception': exc, 'context': context})

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, None, self)
        self._ready.append(h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        h = TimerHandle(callback, args, when, self)
        self._seq += 1
        _heapq.heappush(self._scheduled, (when, self._seq, h))
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        task = Task(coro, loop=self, name=name)
        return task

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    def stop(self):
        self._stopping = True

    def _watch(self, sock):
        if self._selector is None:
            self._selector = _ksocket.Selector()
        events = (1 if sock in self._readers else 0) | (2 if sock in self._writers else 0)
        if events:
            self._selector.register(sock, events, sock)
        else:
            self._selector.unregister(sock)

    def _add_reader(self, sock, callback, *args):
        self._readers[sock] = Handle(callback, args, None, self)
        self._watch(sock)

    def _remove_reader(self, sock):
        if self._readers.pop(sock, None) is None:
            return False
        self._watch(sock)
        return True

    def _add_writer(self, sock, callback, *args):
        self._writers[sock] = Handle(callback, args, None, self)
        self._watch(sock)

    def _remove_writer(self, sock):
        if self._writers.pop(sock, None) is None:
            return False
        self._watch(sock)
        return True

    add_reader = _add_reader
    remove_reader = _remove_reader
    add_writer = _add_writer
    remove_writer = _remove_writer

    def _run_once(self):
        scheduled = self._scheduled
        while scheduled and scheduled[0][2]._cancelled:
            _heapq.heappop(scheduled)
        if self._ready:
            timeout = 0
        elif scheduled:
            timeout = max(0, scheduled[0][0] - self.time())
        else:
            timeout = None
        if self._readers or self._writers:
            for sock, events in self._selector.select(timeout):
                if events & 1:
                    h = self._readers.get(sock)
                    if h is not None:
                        self._ready.append(h)
                if events & 2:
                    h = self._writers.get(sock)
                    if h is not None:
                        self._ready.append(h)
        elif timeout:
            _time.sleep(timeout)
        if scheduled:
            now = self.time()
            while scheduled and scheduled[0][0] <= now:
                h = _heapq.heappop(scheduled)[2]
                if not h._cancelled:
                    self._ready.append(h)
        ready = self._ready
        self._ready = []
        for h in ready:
            if not h._cancelled:
                h._run()

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        previous = _running_loop
        _running_loop = self
        self._running = True
        old_hooks = _sys.get_asyncgen_hooks()
        _sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook)
        try:
            while not self._stopping:
                if not self._ready and not self._scheduled and not self._readers and not self._writers:
                    break
                self._run_once()
        finally:
            self._stopping = False
            self._running = False
            _running_loop = previous
            _sys.set_asyncgen_hooks(firstiter=old_hooks[0], finalizer=old_hooks[1])

    def _asyncgen_firstiter_hook(self, agen):
        if not self._asyncgens_shutdown_called:
            self._asyncgens.append(agen)

    async def shutdown_asyncgens(self):
        """Closes the async generators iterated in this loop and not finished (asyncio.run calls it)."""
        self._asyncgens_shutdown_called = True
        agens = [a for a in self._asyncgens if a.ag_frame is not None]
        self._asyncgens.clear()
        if not agens:
            return
        results = await gather(*[a.aclose() for a in agens], return_exceptions=True)
        for result, agen in zip(results, agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result, 'asyncgen': agen})

    def run_until_complete(self, future):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        fut = ensure_future(future, loop=self)
        fut.add_done_callback(lambda f: self.stop())
        self.run_forever()
        if not fut.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return fut.result()


_running_loop = None
_event_loop = None
_current_tasks = {}


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = BaseEventLoop()
    return _event_loop


def new_event_loop():
    return BaseEventLoop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def result(self):
        if self._state == _CANCELLED:
            raise CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        before = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f != fn]
        return before - len(self._callbacks)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self._state.lower())


class Task(Future):
    _counter = 0

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        Task._counter += 1
        self._name = name if name is not None else 'Task-%d' % Task._counter
        self._coro = coro
        self._must_cancel = False
        self._fut_waiter = None
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        self._loop._tasks.append(self)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)
            self._must_cancel = False
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            Future.cancel(self, msg=e.args[0] if e.args else None)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if isinstance(result, Future) and result._asyncio_future_blocking:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup)
                self._fut_waiter = result
                if self._must_cancel:
                    if self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError('Task got bad yield: %r' % (result,)))
        finally:
            _current_tasks.pop(self._loop, None)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()

    def __repr__(self):
        state = 'pending' if not self.done() else 'cancelled' if self.cancelled() else 'finished'
        return '<Task %s name=%r coro=%r>' % (state, self._name, self._coro)


def iscoroutine(obj):
    # 3.11 counts generators too (generator-based coroutines).
    return type(obj).__name__ in ('coroutine', 'generator') or hasattr(type(obj), '__await__') and hasattr(obj, 'send')


def isfuture(obj):
    return isinstance(obj, Future)


def iscoroutinefunction(func):
    return getattr(func, '_is_coroutine', False) or getattr(getattr(func, '__code__', None), 'co_flags', 0) & 0x180 != 0


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(type(coro_or_future), '__await__'):
        async def _wrap():
            return await coro_or_future
        return loop.create_task(_wrap())
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def current_task(loop=None):
    return _current_tasks.get(loop or get_running_loop())


def all_tasks(loop=None):
    loop = loop or get_running_loop()
    return {t for t in loop._tasks if not t.done()}


class _Yield:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


class _GatheringFuture(Future):
    """gather()'s future: cancelling it cancels the children, and it completes once they have."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled = True
        if cancelled:
            self._cancel_requested = True
        return cancelled


def gather(*coros_or_futures, return_exceptions=False):
    loop = get_event_loop() if _running_loop is None else _running_loop
    if not coros_or_futures:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    seen = {}
    for arg in coros_or_futures:
        if id(arg) in seen:
            children.append(seen[id(arg)])
            continue
        fut = ensure_future(arg, loop=loop)
        seen[id(arg)] = fut
        children.append(fut)
    outer = _GatheringFuture(list(seen.values()), loop=loop)
    state = {'finished': 0}
    n = len(children)

    def done_callback(fut):
        state['finished'] += 1
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(CancelledError())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == n:
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
                return
            results = []
            for f in children:
                if f.cancelled():
                    results.append(CancelledError())
                else:
                    exc = f.exception()
                    results.append(exc if exc is not None else f.result())
            outer.set_result(results)

    unique = list(seen.values())
    n = len(unique)
    for fut in unique:
        fut.add_done_callback(done_callback)
    return outer


def shield(arg):
    """An outer future that follows arg's result; cancelling it leaves arg running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def inner_done(f):
        if outer.cancelled():
            return
        if f.cancelled():
            outer.cancel()
        elif f.exception() is not None:
            outer.set_exception(f.exception())
        else:
            outer.set_result(f.result())

    def outer_done(f):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        fut.cancel()
        raise TimeoutError()
    waiter = loop.create_future()
    handle = loop.call_later(timeout, _release, waiter)
    cb = lambda f: _release(waiter)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            fut.remove_done_callback(cb)
            fut.cancel()
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        fut.cancel()
        cancelled = loop.create_future()
        fut.add_done_callback(lambda f: _release(cancelled))
        await cancelled
        raise TimeoutError()
    finally:
        handle.cancel()


def _release(waiter):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    waiter = loop.create_future()
    handle = loop.call_later(timeout, _release, waiter) if timeout is not None else None
    counter = [len(fs)]

    def on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            _release(waiter)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    loop = get_event_loop() if _running_loop is None else _running_loop
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    total = len(todo)
    done_queue = Queue()
    timer = None

    def on_done(f):
        if f not in todo:
            return
        todo.discard(f)
        done_queue.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    def on_timeout():
        # Whatever has not finished by now makes its wait_one raise TimeoutError.
        for f in todo:
            f.remove_done_callback(on_done)
            done_queue.put_nowait(None)
        todo.clear()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)

    async def wait_one():
        f = await done_queue.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for _ in range(total):
        yield wait_one()


def run(main, *, debug=None):
    global _event_loop
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = new_event_loop()
    previous = _event_loop
    _event_loop = loop
    try:
        return loop.run_until_complete(main)
    finally:
        pending = [t for t in loop._tasks if not t.done()]
        for t in pending:
            t.cancel()
        if pending:
            loop.run_until_complete(gather(*pending, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        _event_loop = previous


class TaskGroup:
    def __init__(self):
        self._tasks = []
        self._errors = []

    async def __aenter__(self):
        self._loop = get_running_loop()
        return self

    def create_task(self, coro, *, name=None, context=None):
        task = self._loop.create_task(coro, name=name)
        self._tasks.append(task)
        return task

    async def __aexit__(self, et, exc, tb):
        if exc is not None and not isinstance(exc, CancelledError):
            self._errors.append(exc)
            for t in self._tasks:
                t.cancel()
        while True:
            pending = [t for t in self._tasks if not t.done()]
            if not pending:
                break
            await wait(pending, return_when=FIRST_COMPLETED)
            for t in self._tasks:
                if t.done() and not t.cancelled() and t.exception() is not None and t.exception() not in self._errors:
                    self._errors.append(t.exception())
                    for other in self._tasks:
                        other.cancel()
        for t in self._tasks:
            if t.done() and not t.cancelled() and t.exception() is not None and t.exception() not in self._errors:
                self._errors.append(t.exception())
        if self._errors:
            group = ExceptionGroup if all(isinstance(e, Exception) for e in self._errors) else BaseExceptionGroup
            raise group('unhandled errors in a TaskGroup', self._errors)
        return False


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._finished = None

    def _put(self, item):
        self._items.append(item)

    def _get(self):
        return self._items.pop(0)

    def qsize(self):
        return len(self._items)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    def _wake(self, waiters):
        while waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)
                break

    async def put(self, item):
        while self.full():
            putter = get_event_loop().create_future()
            self._putters.append(putter)
            await putter
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._wake(self._getters)

    async def get(self):
        while self.empty():
            getter = get_event_loop().create_future()
            self._getters.append(getter)
            await getter
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wake(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished -= 1
        if self._unfinished == 0 and self._finished is not None:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            if self._finished is None:
                self._finished = Event()
            self._finished.clear()
            await self._finished.wait()


class PriorityQueue(Queue):
    def _put(self, item):
        _heapq.heappush(self._items, item)

    def _get(self):
        return _heapq.heappop(self._items)


class LifoQueue(Queue):
    def _get(self):
        return self._items.pop()


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_event_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return True
        fut = get_event_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, *exc):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_event_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else Lock()
        self._waiters = []

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    async def __aenter__(self):
        await self._lock.acquire()
        return None

    async def __aexit__(self, *exc):
        self._lock.release()

    async def wait(self):
        if not self._lock.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self._lock.release()
        fut = get_event_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            if fut in self._waiters:
                self._waiters.remove(fut)
            await self._lock.acquire()

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._lock.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in list(self._waiters):
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Timeout:
    def __init__(self, when):
        self._when = when
        self._handle = None
        self._task = None
        self._expired = False

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._handle is not None:
            self._handle.cancel()
        self._when = when
        if when is not None and self._task is not None:
            self._handle = get_running_loop().call_at(when, self._on_timeout)

    def expired(self):
        return self._expired

    async def __aenter__(self):
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    def _on_timeout(self):
        self._expired = True
        self._task.cancel()

    async def __aexit__(self, et, ev, tb):
        if self._handle is not None:
            self._handle.cancel()
        if self._expired and et is CancelledError:
            raise TimeoutError from ev
        return None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---------------------------------------------------------------------------------------------- streams over TCP

class IncompleteReadError(EOFError):
    def __init__(self, partial, expected):
        shown = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {shown} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


_DEFAULT_LIMIT = 2 ** 16


class StreamReader:
    """Bytes received on a connection, buffered; the read coroutines wait on a future until data or EOF arrives."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = loop if loop is not None else get_event_loop()
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def set_transport(self, transport):
        self._transport = transport

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        if not data:
            return
        self._buffer.extend(data)
        self._wakeup_waiter()
        if self._transport is not None and not self._paused and len(self._buffer) > 2 * self._limit:
            self._paused = True
            self._transport.pause_reading()

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is already waiting for incoming data')
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        sep = b'\n'
        try:
            return await self.readuntil(sep)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                del self._buffer[:e.consumed + len(sep)]
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(e.args[0])

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        start = 0
        while True:
            buffered = len(self._buffer)
            if buffered - start >= seplen:
                found = self._buffer.find(separator, start)
                if found != -1:
                    break
                start = buffered + 1 - seplen
                if start > self._limit:
                    raise LimitOverrunError('Separator is not found, and chunk exceed the limit', start)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if found > self._limit:
            raise LimitOverrunError('Separator is found, but chunk is longer than limit', found)
        end = found + seplen
        chunk = bytes(self._buffer[:end])
        del self._buffer[:end]
        self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                partial = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(partial, n)
            await self._wait_for_data('readexactly')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line


class _SocketTransport:
    """A connected socket in the loop: received bytes go to the reader; writes are sent at once, and what the
    kernel does not take yet is buffered and sent when the selector says the socket is writable."""

    _HIGH_WATER = 64 * 1024
    _LOW_WATER = 16 * 1024

    def __init__(self, loop, sock, reader, server=None):
        self._loop = loop
        self._sock = sock
        self._reader = reader
        self._server = server
        self._buffer = bytearray()
        self._closing = False
        self._lost = False
        self._eof_written = False
        self._reading = True
        self._drain_waiters = []
        self._closed = loop.create_future()
        self._extra = {'socket': sock}
        try:
            self._extra['sockname'] = sock.getsockname()
            self._extra['peername'] = sock.getpeername()
        except OSError:
            pass
        if server is not None:
            server._attach()
        reader.set_transport(self)
        loop._add_reader(sock, self._read_ready)

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def _read_ready(self):
        try:
            data = self._sock.recv(262144)
        except OSError as exc:
            self._fatal_error(exc)
            return
        if data is None:
            return
        if data:
            self._reader.feed_data(data)
            return
        # The peer closed its side: no more data will come.
        self._loop._remove_reader(self._sock)
        self._reading = False
        self._reader.feed_eof()
        if self._eof_written and not self._buffer:
            self.close()

    def pause_reading(self):
        if self._reading and not self._closing:
            self._reading = False
            self._loop._remove_reader(self._sock)

    def resume_reading(self):
        if not self._reading and not self._closing and not self._reader._eof:
            self._reading = True
            self._loop._add_reader(self._sock, self._read_ready)

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data argument must be a bytes-like object, not '{type(data).__name__}'")
        if self._eof_written:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data or self._lost:
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)
            except OSError as exc:
                self._fatal_error(exc)
                return
            if n == len(data):
                return
            data = memoryview(data)[n:]
            self._loop._add_writer(self._sock, self._write_ready)
        self._buffer.extend(data)

    def writelines(self, list_of_data):
        for data in list_of_data:
            self.write(data)

    def _write_ready(self):
        try:
            n = self._sock.send(self._buffer)
        except OSError as exc:
            self._loop._remove_writer(self._sock)
            self._buffer.clear()
            self._fatal_error(exc)
            return
        if n:
            del self._buffer[:n]
        if len(self._buffer) <= self._LOW_WATER:
            self._wake_drainers(None)
        if not self._buffer:
            self._loop._remove_writer(self._sock)
            if self._closing:
                self._connection_lost(None)
            elif self._eof_written:
                self._sock.shutdown_write()

    def _wake_drainers(self, exc):
        waiters, self._drain_waiters = self._drain_waiters, []
        for w in waiters:
            if not w.done():
                if exc is None:
                    w.set_result(None)
                else:
                    w.set_exception(exc)

    def get_write_buffer_size(self):
        return len(self._buffer)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof_written:
            return
        self._eof_written = True
        if not self._buffer:
            self._sock.shutdown_write()

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        if self._reading:
            self._reading = False
            self._loop._remove_reader(self._sock)
        if not self._buffer:
            self._loop.call_soon(self._connection_lost, None)

    def abort(self):
        self._buffer.clear()
        self._loop._remove_writer(self._sock)
        self._closing = True
        self._loop._remove_reader(self._sock)
        self._loop.call_soon(self._connection_lost, None)

    def _fatal_error(self, exc):
        self._buffer.clear()
        self._loop._remove_writer(self._sock)
        if not self._closing:
            self._closing = True
            if self._reading:
                self._reading = False
                self._loop._remove_reader(self._sock)
            self._loop.call_soon(self._connection_lost, exc)

    def _connection_lost(self, exc):
        if self._lost:
            return
        self._lost = True
        self._sock.close()
        if exc is None:
            self._reader.feed_eof()
        else:
            self._reader.set_exception(exc)
        self._wake_drainers(exc if exc is not None else ConnectionResetError('Connection lost'))
        if not self._closed.done():
            self._closed.set_result(None)
        if self._server is not None:
            self._server._detach()
            self._server = None


class StreamWriter:
    """Writes to a connection: write() never blocks; drain() waits while too much is buffered."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._transport._closed

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        transport = self._transport
        if transport.is_closing():
            await sleep(0)
        if transport._lost:
            raise ConnectionResetError('Connection lost')
        if len(transport._buffer) <= transport._HIGH_WATER:
            return
        waiter = self._loop.create_future()
        transport._drain_waiters.append(waiter)
        await waiter


class Server:
    """A listening socket: accepts connections and runs the client callback for each (a task when it is a
    coroutine function)."""

    def __init__(self, loop, sockets, client_connected_cb, limit):
        self._loop = loop
        self._sockets = sockets
        self._callback = client_connected_cb
        self._limit = limit
        self._serving = False
        self._serving_forever_fut = None
        self._active_count = 0
        self._waiters = []

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters, self._waiters = self._waiters, None
        for w in waiters or ():
            if not w.done():
                w.set_result(None)

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for s in self._sockets:
            self._loop._add_reader(s, self._accept, s)

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    def _accept(self, listener):
        while True:
            conn = listener.accept()
            if conn is None:
                return
            reader = StreamReader(limit=self._limit, loop=self._loop)
            transport = _SocketTransport(self._loop, conn, reader, self)
            writer = StreamWriter(transport, None, reader, self._loop)
            result = self._callback(reader, writer)
            if iscoroutine(result):
                self._loop.create_task(result)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for s in sockets:
            self._loop._remove_reader(s)
            s.close()
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, backlog=100,
                       start_serving=True, **kwds):
    loop = get_running_loop()
    sock = _ksocket.listen(host, 0 if port is None else port, backlog)
    server = Server(loop, [sock], client_connected_cb, limit)
    if start_serving:
        server._start_serving()
        await sleep(0)
    return server


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    sock = _ksocket.connect(host, port)
    try:
        if not sock.finish_connect():
            connected = loop.create_future()

            def writable():
                loop._remove_writer(sock)
                if not connected.done():
                    connected.set_result(None)
            loop._add_writer(sock, writable)
            try:
                await connected
            finally:
                loop._remove_writer(sock)
            sock.finish_connect()
    except BaseException:
        sock.close()
        raise
    reader = StreamReader(limit=limit, loop=loop)
    transport = _SocketTransport(loop, sock, reader)
    writer = StreamWriter(transport, None, reader, loop)
    return reader, writer
