"""A general-purpose event scheduler: events run in order of (time, priority, entry order), time
as measured by `timefunc`, waiting with `delayfunc` in between. Usable from several threads."""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count
from time import monotonic as _time

__all__ = ["scheduler"]

# The sequence number makes events of equal time and priority run in the order they were
# entered, and keeps tuple comparison from ever reaching the action.
Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Enter an event at an absolute time; the returned event can be cancelled."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Enter an event `delay` time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Check whether the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run events until the queue is empty; with blocking=False, run the events that are due
        and return the delay until the next one (None if there is none)."""
        q = self._queue
        while True:
            with self._lock:
                if not q:
                    break
                when, _, _, action, argument, kwargs = q[0]
                now = self.timefunc()
                due = when <= now
                if due:
                    heapq.heappop(q)
            if not due:
                if not blocking:
                    return when - now
                self.delayfunc(when - now)
            else:
                # actions and delayfunc may change the queue or raise: state stays consistent
                action(*argument, **kwargs)
                self.delayfunc(0)   # lets other threads run

    @property
    def queue(self):
        """The upcoming events, in the order they will run."""
        with self._lock:
            return sorted(self._queue)
