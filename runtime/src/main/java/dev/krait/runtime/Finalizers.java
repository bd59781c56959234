package dev.krait.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code __del__} without reference counting. CPython calls it the moment an object's last reference goes; a
 * program can only observe that through what {@code __del__} does, mostly printing. So at checkpoints (before
 * print() writes, after a {@code del} statement, after {@code name = None}) Finalizers asks the JVM for a
 * collection when objects with {@code __del__} were made since the last one, and runs the {@code __del__} of those
 * found unreachable. Forced collections stop once they have cost {@link #BUDGET_NANOS} (then only those the JVM
 * makes on its own are used). At exit the objects the main module still holds are finalized in the order
 * CPython's module teardown releases them.
 */
public final class Finalizers {
    private Finalizers() {}

    /**
     * Total time forced collections may take in one program (the property krait.finalizerBudgetMillis changes it:
     * the test runner, whose JVM holds every test's classes, needs more for the same collections).
     */
    private static final long BUDGET_NANOS = Long.getLong("krait.finalizerBudgetMillis", 150L) * 1_000_000L;

    /** Whether a checkpoint may have work: objects with __del__ alive, or finalizations pending. */
    public static volatile boolean armed;
    /** The deepest Python frame that made an object with __del__ since the last collection (-1: none). */
    private static int madeAtDepth = -1;
    /** Objects with __del__ made and not yet finalized (in this run). */
    private static int live;
    /** The Python call depth at the last collection: a print after frames returned may follow a release. */
    private static int depthAtCollection;
    private static boolean ever;
    static int generation;
    private static long serials;
    private static long spent;
    private static boolean running;
    private static final ConcurrentLinkedQueue<FinalizedInstance> QUEUE = new ConcurrentLinkedQueue<>();

    static long nextSerial() {
        return serials++;
    }

    static void created() {
        ever = true;
        live++;
        madeAtDepth = Math.max(madeAtDepth, ThreadState.current().depth);
        armed = true;
    }

    static void unreachable(FinalizedInstance o) {
        QUEUE.add(o);
        armed = true;
    }

    /** gc.collect(): a collection the program asked for, then the __del__ of what it found unreachable. */
    static void collectNow() {
        if (!ever) {
            System.gc();
            return;
        }
        collect();
        synchronized (Finalizers.class) {
            if (!running) drain();
        }
    }

    /** After a statement that drops references ({@code del}, {@code x = None}): finalize what became unreachable. */
    public static void checkpoint() {
        if (armed) run(true);
    }

    /**
     * Before output: finalize what may have become unreachable since the last collection. Only worth a collection
     * if frames returned since, or an object with __del__ was made in this frame or one that has returned (which
     * may have replaced another); output from inside a constructor is not.
     */
    static void beforeOutput() {
        if (!armed) return;
        int depth = ThreadState.current().depth;
        run(depth < depthAtCollection || madeAtDepth >= depth);
    }

    private static synchronized void run(boolean collect) {
        if (running) return;
        running = true;
        try {
            if (collect && live > 0 && spent < BUDGET_NANOS) {
                madeAtDepth = -1;
                depthAtCollection = ThreadState.current().depth;
                long t0 = System.nanoTime();
                collect();
                spent += System.nanoTime() - t0;
            }
            drain();
            armed = live > 0 || !QUEUE.isEmpty();
        } finally {
            running = false;
        }
    }

    /**
     * Waits until the collection's finalizations ran. The JVM hands unreachable objects to the finalizer queue on
     * another thread after the collection; a sentinel made unreachable just before it marks when that is done.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void collected() {
        long deadline = System.nanoTime() + 200_000_000L;
        while (!sentinelDone && System.nanoTime() < deadline) {
            Runtime.getRuntime().runFinalization();
            if (!sentinelDone) Thread.onSpinWait();
        }
        Runtime.getRuntime().runFinalization();
    }

    private static volatile boolean sentinelDone;

    /** Made unreachable right before a forced collection; its finalization shows the collection's ran. */
    private static final class Sentinel {
        @Override
        @SuppressWarnings({"deprecation", "removal"})
        protected void finalize() {
            sentinelDone = true;
        }
    }

    private static void collect() {
        sentinelDone = false;
        new Sentinel();
        System.gc();
        collected();
    }

    /**
     * Runs the __del__ of the objects found unreachable. Those found together are finalized in creation order
     * (the order in which a function's locals or a dict's values are released in CPython).
     */
    private static void drain() {
        while (!QUEUE.isEmpty()) {
            List<FinalizedInstance> batch = new ArrayList<>();
            FinalizedInstance o;
            while ((o = QUEUE.poll()) != null) {
                if (o.generation == generation) batch.add(o);
            }
            batch.sort((x, y) -> Long.compare(x.serial, y.serial));
            for (FinalizedInstance f : batch) callDel(f);
        }
    }

    private static void callDel(FinalizedInstance o) {
        if (o.finalized) return;
        o.finalized = true;
        live--;
        PyObject del = o.type.lookup("__del__");
        if (del == null) return;
        try {
            Protocol.callWithSelf(del, o, PyObject.EMPTY, null);
        } catch (PyException e) {
            // CPython reports and ignores it: "Exception ignored in: <function C.__del__ at 0x...>".
            Sys.flushAll();
            String where = del instanceof PyFunction f ? "<function " + f.qualname + " at 0x"
                    + Long.toHexString(Protocol.identityHash(f)) + ">" : del.repr();
            String text = "Exception ignored in: " + where + "\n" + TracebackPrinter.format(e.value);
            PyObject err = Sys.stderr();
            if (err instanceof StdStream s) {
                s.write(text);
                s.flush();
            } else {
                System.err.print(text);
            }
        }
    }

    /**
     * Interpreter exit: the main module's globals are released as CPython's teardown does (names starting with
     * one underscore first, then the rest, each in definition order), finalizing what each held; then whatever
     * else is unreachable. Objects of this run are not finalized after it.
     */
    public static void atExit() {
        if (!ever) return;
        try {
            run(true);
            PyObject main = Sys.MODULES.getStr("__main__");
            if (main instanceof PyModule m) {
                PyDict g = m.dict;
                List<PyObject> first = new ArrayList<>();
                List<PyObject> rest = new ArrayList<>();
                for (int i = 0; i < g.entryLimit(); i++) {
                    PyObject k = g.keyAt(i);
                    if (!(k instanceof PyStr s) || s.value().equals("__builtins__")) continue;
                    String n = s.value();
                    PyObject v = g.valueAt(i);
                    if (v == null) continue;
                    (n.startsWith("_") && !n.startsWith("__") ? first : rest).add(v);
                }
                first.addAll(rest);
                releaseAll(first);
            }
            spent = 0;
            run(true);
        } finally {
            generation++;
            QUEUE.clear();
            armed = false;
            madeAtDepth = -1;
            ever = false;
            spent = 0;
            live = 0;
        }
    }

    /**
     * CPython's collector finalizes a dead module's objects in rounds: first those the globals refer to directly,
     * then, global by global, those reached through plain containers (lists and tuples last item first), then
     * what those objects held, and so on.
     */
    private static void releaseAll(List<PyObject> globals) {
        IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
        List<PyObject> round = new ArrayList<>();
        for (PyObject v : globals) {
            if (seen.put(v, Boolean.TRUE) != null) continue;
            round.add(v);
            if (v instanceof FinalizedInstance f && f.generation == generation) callDel(f);
        }
        while (!round.isEmpty()) {
            List<PyObject> next = new ArrayList<>();
            for (PyObject v : round) contents(v, next, seen);
            for (PyObject v : next) callDel((FinalizedInstance) v);
            round = next;
        }
    }

    /** Adds the objects with __del__ that v holds, directly or through containers without __del__, to found. */
    private static void contents(PyObject v, List<PyObject> found, IdentityHashMap<PyObject, Boolean> seen) {
        if (v instanceof PyInstance inst && !(v instanceof PyType)) {
            if (inst.dict != null) visit(inst.dict, found, seen);
            if (inst.slotValues != null) {
                for (PyObject x : inst.slotValues) visit(x, found, seen);
            }
        } else if (v instanceof PyList l) {
            for (int i = l.size - 1; i >= 0; i--) visit(l.get(i), found, seen);
        } else if (v instanceof PyTuple t) {
            for (int i = t.items.length - 1; i >= 0; i--) visit(t.items[i], found, seen);
        } else if (v instanceof PyDict d) {
            for (int i = 0; i < d.entryLimit(); i++) {
                if (d.keyAt(i) == null) continue;
                visit(d.keyAt(i), found, seen);
                visit(d.valueAt(i), found, seen);
            }
        }
    }

    private static void visit(PyObject x, List<PyObject> found, IdentityHashMap<PyObject, Boolean> seen) {
        if (x == null || seen.put(x, Boolean.TRUE) != null) return;
        if (x instanceof FinalizedInstance f) {
            if (f.generation == generation && !f.finalized) found.add(f);
        } else {
            contents(x, found, seen);
        }
    }
}
