package dev.krait.runtime;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code _thread}: JVM threads running Python functions under the {@link Gil}, and the basic lock that
 * {@code threading} builds its primitives on.
 */
final class ThreadModule {
    private ThreadModule() {}

    private static final long STACK_SIZE = 64L << 20;
    private static final AtomicInteger RUNNING = new AtomicInteger();
    static final double TIMEOUT_MAX = 9223372036.0;

    static PyModule create() {
        ModuleDef d = new ModuleDef("_thread");
        d.set("LockType", LockObject.TYPE);
        d.set("error", ExceptionTypes.RUNTIME_ERROR);
        d.set("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
        d.fn("allocate_lock", () -> new LockObject());
        d.fn("get_ident", () -> PyInt.of(Thread.currentThread().getId()));
        d.fn("get_native_id", () -> PyInt.of(Thread.currentThread().getId()));
        d.fn("_count", () -> PyInt.of(RUNNING.get()));
        d.fn("stack_size", () -> PyInt.of(0));
        d.also("stack_size", (Fn.F1) s -> PyInt.of(0));
        d.fn("start_new_thread", (Fn.F2) (f, args) -> start(f, args, null));
        d.also("start_new_thread", (Fn.F3) ThreadModule::start);
        return d.module;
    }

    private static PyObject start(PyObject f, PyObject args, PyObject kwargs) {
        if (!(args instanceof PyTuple t)) throw Errors.typeError("2nd arg must be a tuple");
        if (!f.isCallable()) throw Errors.typeError("first arg must be callable");
        Gil.activate();
        PyObject out = Sys.stdout();
        Thread th = new ThreadState.KraitThread(null, () -> {
            Gil.acquire();
            try {
                if (kwargs instanceof PyDict kw && kw.size() > 0) {
                    PyObject[] all = new PyObject[t.items.length + kw.size()];
                    String[] names = new String[kw.size()];
                    System.arraycopy(t.items, 0, all, 0, t.items.length);
                    int i = 0;
                    PyObject it = kw.iter();
                    for (PyObject k = it.next(); k != null; k = it.next()) {
                        names[i] = k.str();
                        all[t.items.length + i++] = kw.getItem(k);
                    }
                    f.call(all, names);
                } else {
                    f.call(t.items, null);
                }
            } catch (PyException e) {
                if (!e.value.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                    Sys.flushAll();
                    TracebackPrinter.printUncaught(e.value);
                }
            } catch (StackOverflowError e) {
                TracebackPrinter.printUncaught(Errors.recursionError().value);
            } finally {
                RUNNING.decrementAndGet();
                Gil.release();
            }
        }, "Dummy-" + RUNNING.get(), STACK_SIZE);
        th.setDaemon(true);
        RUNNING.incrementAndGet();
        th.start();
        return PyInt.of(th.getId());
    }

    /** {@code _thread.lock}: not reentrant, releasable by any thread, as in CPython. */
    static final class LockObject extends PyObject {
        static final PyType TYPE = new PyType("lock", PyType.OBJECT, LockObject.class, t -> {
            Fn.FV acquire = (a, k) -> ((LockObject) a[0]).acquire(java.util.Arrays.copyOfRange(a, 1, a.length), k);
            t.method("acquire", acquire);
            t.method("acquire_lock", acquire);
            t.method("__enter__", (Fn.F1) self -> ((LockObject) self).acquire(PyObject.EMPTY, null));
            t.method("release", (Fn.F1) self -> ((LockObject) self).release());
            t.method("release_lock", (Fn.F1) self -> ((LockObject) self).release());
            t.method("__exit__", (Fn.FV) (a, k) -> ((LockObject) a[0]).release());
            t.method("locked", (Fn.F1) self -> PyBool.of(((LockObject) self).sem.availablePermits() == 0));
            t.method("locked_lock", (Fn.F1) self -> PyBool.of(((LockObject) self).sem.availablePermits() == 0));
        });

        final Semaphore sem = new Semaphore(1);

        @Override
        public PyType type() {
            return TYPE;
        }

        PyObject acquire(PyObject[] a, String[] k) {
            ArgParser p = new ArgParser("acquire", a, k, 0, "blocking", "timeout");
            boolean blocking = p.get(0, PyBool.TRUE).isTrue();
            double timeout = FloatMethods.toDouble(p.get(1, new PyFloat(-1)));
            if (!blocking && timeout != -1) throw Errors.valueError("can't specify a timeout for a non-blocking call");
            if (timeout < 0 && timeout != -1) throw Errors.valueError("timeout value must be a non-negative number");
            if (sem.tryAcquire()) return PyBool.TRUE;
            if (!blocking) return PyBool.FALSE;
            boolean got = Gil.blocking(() -> {
                try {
                    if (timeout == -1) {
                        sem.acquire();
                        return true;
                    }
                    return sem.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            return PyBool.of(got);
        }

        PyObject release() {
            if (sem.availablePermits() > 0) throw Errors.runtimeError("release unlocked lock");
            sem.release();
            return PyNone.NONE;
        }

        @Override
        public String repr() {
            return "<" + (sem.availablePermits() == 0 ? "locked" : "unlocked") + " _thread.lock object at 0x"
                    + Long.toHexString(System.identityHashCode(this)) + ">";
        }
    }
}
