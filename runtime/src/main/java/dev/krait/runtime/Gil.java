package dev.krait.runtime;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The global interpreter lock, as CPython has one: once a program starts a second thread, a thread runs Python
 * code only while it holds this lock, so the runtime's objects need no locking of their own. A thread lets go
 * of it while it blocks (sleep, lock acquisition, join) and, every few thousand calls, hands it to a waiting
 * thread (the lock is fair). Programs that never start a thread never touch it.
 */
public final class Gil {
    private Gil() {}

    /** Set once, by the thread starting the first other thread (which holds the lock from then on). */
    static boolean active;
    private static final ReentrantLock LOCK = new ReentrantLock(true);

    /** Makes the lock effective; the calling thread becomes its holder. */
    static synchronized void activate() {
        if (active) return;
        LOCK.lock();
        active = true;
    }

    /**
     * Called as a main module's thread ends: it lets go of the lock and the next program run in the same JVM (the
     * test runners run one after another) starts without one, as a fresh process does. Before this, the dead main
     * thread kept the lock and the next program to start a thread hung.
     */
    static synchronized void mainThreadDone() {
        if (!active) return;
        release();
        active = false;
    }

    static void acquire() {
        if (active) LOCK.lock();
    }

    static void release() {
        if (active) while (LOCK.isHeldByCurrentThread()) LOCK.unlock();
    }

    /** Runs a blocking operation with the lock released, so other threads run meanwhile. */
    public static <T> T blocking(Supplier<T> op) {
        if (!active) return op.get();
        int held = LOCK.getHoldCount();
        for (int i = 0; i < held; i++) LOCK.unlock();
        try {
            return op.get();
        } finally {
            for (int i = 0; i < held; i++) LOCK.lock();
        }
    }

    /** Lets a waiting thread run (called periodically from frame entry while threads exist). */
    static void yieldNow() {
        if (LOCK.hasQueuedThreads() && LOCK.getHoldCount() == 1) {
            LOCK.unlock();
            LOCK.lock();
        }
    }
}
