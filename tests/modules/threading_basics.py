# threading (threads, locks, conditions, events, semaphores, local, Timer, excepthook), queue between threads, atexit.
import threading, time, queue, atexit
atexit.register(print, "bye from atexit")
results = []
lock = threading.Lock()
def worker(n):
    time.sleep(0.01 * (5 - n))
    with lock:
        results.append(n * n)
threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), threads[0].name, threads[0].is_alive(), threading.active_count())
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
ev = threading.Event()
out = []
def waiter():
    ev.wait()
    out.append("woke")
t = threading.Thread(target=waiter); t.start()
time.sleep(0.05); out.append("setting"); ev.set(); t.join()
print(out)
cond = threading.Condition()
items = []
def consumer():
    with cond:
        while not items:
            cond.wait()
        out.append(("consumed", items.pop()))
c = threading.Thread(target=consumer); c.start()
with cond:
    items.append(42); cond.notify()
c.join(); print(out[-1])
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.acquire(); print(sem.acquire(blocking=False)); sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print(e)
loc = threading.local(); loc.x = 1
def seeloc():
    out.append(hasattr(loc, "x"))
t = threading.Thread(target=seeloc); t.start(); t.join(); print(out[-1], loc.x)
def boom():
    raise ValueError("in thread")
t = threading.Thread(target=boom, name="T-boom"); t.start(); t.join()
print("after boom")
def counter(n):
    s = 0
    for i in range(n):
        s += i
    res.append(s)
res = []
ts = [threading.Thread(target=counter, args=(100000,)) for _ in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print(res)
tm = threading.Timer(0.01, lambda: out.append("timer")); tm.start(); tm.join(); print(out[-1])
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print(e)
print(repr(threading.Thread(target=print, name="x")))
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
        time.sleep(0.001)
    q.put(None)
got = []
def consumer2():
    while True:
        x = q.get()
        if x is None:
            break
        got.append(x)
        q.task_done()
ct = threading.Thread(target=consumer2); ct.start()
pt = threading.Thread(target=producer); pt.start()
pt.join(); ct.join(); print(got)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")
