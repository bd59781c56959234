# sched.scheduler with a simulated clock: ordering by time, priority and entry, cancel, queue,
# non-blocking runs, actions that schedule more events, and errors.
import sched

clock = [0.0]


def now():
    return clock[0]


def sleep(d):
    print('  sleep', d)
    clock[0] += d


s = sched.scheduler(now, sleep)
log = []


def act(name, *rest, **kw):
    print('  run', name, rest, kw, 'at', clock[0])
    log.append(name)


e1 = s.enter(5, 1, act, ('five-p1',))
e2 = s.enter(5, 0, act, ('five-p0',))
e3 = s.enter(1, 1, act, argument=('one',), kwargs={'k': 1})
e4 = s.enterabs(3, 1, act, ('abs-three', 'extra'))
e5 = s.enter(5, 1, act, ('five-p1-later',))
e6 = s.enter(2, 1, act, ('cancelled',))
print(e3.time, e3.priority, e3.argument, e3.kwargs, e3.action is act, type(e3).__name__, e3._fields)
print([ev.argument[0] for ev in s.queue], s.empty())
s.cancel(e6)
try:
    s.cancel(e6)
except ValueError as e:
    print('ValueError', e)
print(s.run(blocking=False))
clock[0] = 3.5
print(s.run(blocking=False))
print(log)
s.run()
print(log, s.empty(), s.queue, s.run(blocking=False))


def chain(n):
    print('  chain', n, 'at', clock[0])
    if n:
        s.enter(0.5, 1, chain, (n - 1,))


s.enter(0, 1, chain, (3,))
s.run()


def boom():
    raise RuntimeError('action failed')


s.enter(1, 1, boom)
s.enter(2, 1, act, ('after boom',))
try:
    s.run()
except RuntimeError as e:
    print('RuntimeError', e, [ev.argument for ev in s.queue])
s.run()
print(sched.Event(1, 2, 3, None, (), {}) < sched.Event(1, 2, 4, None, (), {}), sched.__all__)
s2 = sched.scheduler()
ev = s2.enter(0, 0, lambda: print('default clock ran'))
s2.run()
print(s2.empty())
