package dev.krait.runtime;

/** Per-thread interpreter state: the exception being handled (for sys.exc_info, bare raise and chaining). */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> OTHER = ThreadLocal.withInitial(ThreadState::new);

    /** The exception currently being handled by an except block, or null. */
    public PyBaseException handled;
    /** Python frames active on this thread, checked against sys.getrecursionlimit(). */
    public int depth;
    /** Calls made on this thread, counted only while threads share the {@link Gil} (to hand it over now and then). */
    int calls;

    /** Entry of a compiled frame: counts it, raising RecursionError past the limit. Returns the state for leaving. */
    public static ThreadState enter() {
        ThreadState s = current();
        if (Gil.active && (++s.calls & 0xFFF) == 0) Gil.yieldNow();
        if (++s.depth > Sys.recursionLimit) {
            s.depth--;
            throw Errors.recursionError();
        }
        return s;
    }

    /** The state of the calling thread; Krait's own threads carry it in a field (no ThreadLocal lookup). */
    public static ThreadState current() {
        Thread t = Thread.currentThread();
        if (t instanceof KraitThread k) return k.state;
        return OTHER.get();
    }

    /** Enters an except block for {@code e}; returns the previous handled exception for {@link #exitHandler}. */
    public static PyBaseException enterHandler(PyException e) {
        ThreadState s = current();
        PyBaseException prev = s.handled;
        s.handled = e.value;
        return prev;
    }

    /** The exception being handled now (what a finally body entered normally must restore). */
    public static PyBaseException currentHandled() {
        return current().handled;
    }

    public static void exitHandler(PyBaseException prev) {
        current().handled = prev;
    }

    /** A thread that carries its ThreadState directly. */
    public static class KraitThread extends Thread {
        final ThreadState state = new ThreadState();

        public KraitThread(ThreadGroup group, Runnable r, String name, long stackSize) {
            super(group, r, name, stackSize);
        }
    }
}
