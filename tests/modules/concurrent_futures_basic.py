import concurrent.futures as cf
from concurrent.futures import (ThreadPoolExecutor, ProcessPoolExecutor, Future, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
import os
import threading
import time


def square(x):
    return x * x


def boom(x):
    raise ValueError("bad %d" % x)


def slow(x, delay=0.05):
    time.sleep(delay)
    return x


print(cf.TimeoutError is TimeoutError)
print(issubclass(cf.CancelledError, cf._base.Error), issubclass(cf.BrokenExecutor, RuntimeError))
print(issubclass(cf.thread.BrokenThreadPool, cf.BrokenExecutor))
print(issubclass(cf.process.BrokenProcessPool, cf.BrokenExecutor))
print(sorted(cf.__all__))

# submit, result, context manager
with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in futs])
    print(all(f.done() for f in futs), any(f.running() for f in futs), any(f.cancelled() for f in futs))
    print(list(ex.map(square, range(5))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7], timeout=10, chunksize=2)))
    f = ex.submit(slow, "kw", delay=0.01)
    print(f.result(timeout=5))

ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()  # a second shutdown is harmless

for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)

# exceptions
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(boom, 3)
    try:
        f.result()
    except ValueError as e:
        print("result raised", repr(e))
    print(repr(f.exception()))
    print(repr(f).split(' at ')[0], repr(f).split('state=')[1])
    ok = ex.submit(square, 7)
    ok.result()
    print(repr(ok).split('state=')[1])
    it = ex.map(boom, [1, 2])
    try:
        list(it)
    except ValueError as e:
        print("map raised", e)

# Future used directly
f = Future()
print(repr(f).split('state=')[1])
print(f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
try:
    f.result(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError", repr(e))
try:
    f.exception(timeout=0)
except cf.TimeoutError:
    print("exception() timed out")
print(f.set_running_or_notify_cancel(), f.running())
print(f.cancel())
f.set_result(42)
print(f.result(), f.exception(), f.done(), f.cancel())
f.add_done_callback(lambda fut: calls.append(("cb2", fut.result())))
print(calls)
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).split(':')[0])
try:
    f.set_exception(ValueError())
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).split(':')[0])

f = Future()
print(f.cancel(), f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
try:
    f.exception()
except cf.CancelledError:
    print("exception() CancelledError")
print(f.set_running_or_notify_cancel())
print(repr(f).split('state=')[1])

f = Future()
f.set_exception(KeyError("k"))
print(repr(f.exception()), repr(f).split('state=')[1])
try:
    f.result()
except KeyError as e:
    print("KeyError", e)


# cancellation of pending work and shutdown(cancel_futures=True)
gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(gate.wait)
rest = [ex.submit(square, i) for i in range(5)]
print(rest[0].cancel(), rest[0].cancelled())
time.sleep(0.05)
print(first.running(), first.cancel())
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), sum(1 for r in rest if r.cancelled() or r.done()))

# wait
with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(slow, i, 0.01 * i) for i in range(4)]
    done, not_done = wait(fs)
    print(sorted(f.result() for f in done), not_done)
    r = wait(fs, return_when=FIRST_COMPLETED)
    print(type(r).__name__, len(r.done), len(r.not_done))
    gate2 = threading.Event()
    blocked = ex.submit(gate2.wait)
    quick = ex.submit(square, 3)
    done, not_done = wait([blocked, quick], return_when=FIRST_COMPLETED)
    print([f.result() for f in done], len(not_done))
    bad = ex.submit(boom, 1)
    done, not_done = wait([blocked, bad], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done), type(bad.exception()).__name__)
    done, not_done = wait([blocked], timeout=0.05)
    print(len(done), len(not_done))
    try:
        wait([blocked], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    gate2.set()
    print(wait([blocked]).not_done)

# as_completed
with ThreadPoolExecutor(3) as ex:
    fs = {ex.submit(slow, i, 0.02 * (3 - i)): i for i in range(3)}
    got = []
    for f in as_completed(fs):
        got.append((fs[f], f.result()))
    print(sorted(got))
    gate3 = threading.Event()
    stuck = ex.submit(gate3.wait)
    done_f = ex.submit(square, 5)
    done_f.result()
    seen = []
    try:
        for f in as_completed([stuck, done_f], timeout=0.1):
            seen.append(f.result())
    except TimeoutError as e:
        print("as_completed:", e, seen)
    gate3.set()

# thread names and initializer
names = set()
def record():
    names.add(threading.current_thread().name)
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker", initializer=record) as ex:
    ex.submit(time.sleep, 0).result()
print(names)
with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(lambda: threading.current_thread().name).result().split('-')[0])

def bad_init():
    raise OSError("no")
import logging
logging.disable(logging.CRITICAL)
ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(square, 2)
try:
    f.result(timeout=5)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
time.sleep(0.05)
try:
    ex.submit(square, 2)
except cf.thread.BrokenThreadPool as e:
    print("submit:", type(e).__name__, e)
ex.shutdown()
logging.disable(logging.NOTSET)

# ProcessPoolExecutor
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pex:
        print(pex.submit(square, 12).result())
        print(list(pex.map(square, range(7), chunksize=3)))
        print(list(pex.map(square, range(4))))
        try:
            pex.map(square, [1], chunksize=0)
        except ValueError as e:
            print("ValueError:", e)
    try:
        pex.submit(square, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e)

# a callback that raises is logged, later callbacks still run
results = []
f = Future()
f.add_done_callback(lambda fut: 1 / 0)
f.add_done_callback(lambda fut: results.append(fut.result()))
logging.disable(logging.CRITICAL)
f.set_result("x")
logging.disable(logging.NOTSET)
print(results)

# work still queued at exit is finished before the program ends
ex = ThreadPoolExecutor(max_workers=2)
for i in range(3):
    ex.submit(slow, i, 0.02).add_done_callback(lambda fut: print("finished at exit", fut.result() >= 0))
print("end of main")
