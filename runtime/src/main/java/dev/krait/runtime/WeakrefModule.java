package dev.krait.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The {@code _weakref} module under {@code weakref}: references on JVM weak references. A referent dies when the
 * JVM's collector finds it unreachable, not when its last reference goes as in CPython; {@code gc.collect()}
 * asks the collector to run and then calls the callbacks of the references it cleared.
 */
final class WeakrefModule {
    private WeakrefModule() {}

    static final PyType REF = new PyType("ReferenceType", PyType.OBJECT, Ref.class, WeakrefModule::setupRef);

    static {
        REF.module = "weakref";
    }

    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    /** The references to each live referent (the callback-less one first when there is one). */
    private static final Map<PyObject, List<WeakReference<Ref>>> REFS = new WeakHashMap<>();

    /** The JVM reference behind a Python one; it keeps its Python reference so the callback can receive it. */
    private static final class Target extends WeakReference<PyObject> {
        final Ref owner;
        boolean processed;

        Target(PyObject referent, Ref owner) {
            super(referent, QUEUE);
            this.owner = owner;
        }
    }

    /** The references with callbacks whose Python reference is alive, for collect() to find cleared ones at once. */
    private static final Map<Target, Boolean> WITH_CALLBACK = new WeakHashMap<>();

    /** A weak reference: calling it gives the referent, or None once the referent has been collected. */
    static final class Ref extends PyObject {
        final Target target;
        final PyObject callback;
        private long hash;
        private boolean hashed;

        Ref(PyObject referent, PyObject callback) {
            this.target = new Target(referent, this);
            this.callback = callback;
            if (callback != PyNone.NONE) {
                synchronized (WITH_CALLBACK) {
                    WITH_CALLBACK.put(target, Boolean.TRUE);
                }
            }
        }

        @Override
        public PyType type() {
            return REF;
        }

        PyObject get() {
            PyObject o = target.get();
            return o == null ? PyNone.NONE : o;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            if (args.length != 0) throw Errors.typeError("weakref expected 0 arguments, got " + args.length);
            processQueue();
            return get();
        }

        @Override
        public PyObject call0() {
            return call(PyObject.EMPTY, null);
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        @Override
        public long hash() {
            if (hashed) return hash;
            PyObject o = target.get();
            if (o == null) throw Errors.typeError("weak object has gone away");
            hash = o.hash();
            hashed = true;
            return hash;
        }

        @Override
        public PyObject richCompare(PyObject other, CompareOp op) {
            if (!(other instanceof Ref r) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return Singletons.NOT_IMPLEMENTED;
            }
            PyObject a = target.get();
            PyObject b = r.target.get();
            boolean eq = a == null || b == null ? this == r : a.equalsPy(b);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }

        @Override
        public String repr() {
            PyObject o = target.get();
            String at = "<weakref at 0x" + Long.toHexString(System.identityHashCode(this));
            if (o == null) return at + "; dead>";
            return at + "; to '" + o.type().name() + "' at 0x" + Long.toHexString(System.identityHashCode(o)) + ">";
        }
    }

    /** Refuses the objects CPython cannot reference weakly. */
    private static void check(PyObject o) {
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr || o instanceof PyBytes || o instanceof PyTuple
                || o instanceof PyList || o instanceof PyDict || o instanceof PyNone || o instanceof PyComplex
                || o instanceof PyByteArray) {
            throw Errors.typeError("cannot create weak reference to '" + o.type().name() + "' object");
        }
    }

    static synchronized Ref newRef(PyObject o, PyObject callback) {
        check(o);
        processQueue();
        List<WeakReference<Ref>> list = REFS.computeIfAbsent(o, k -> new ArrayList<>());
        list.removeIf(w -> w.get() == null);
        if (callback == PyNone.NONE) {
            // Without a callback, one reference per object is shared, as in CPython.
            for (WeakReference<Ref> w : list) {
                Ref r = w.get();
                if (r != null && r.callback == PyNone.NONE) return r;
            }
        }
        Ref r = new Ref(o, callback);
        if (callback == PyNone.NONE) list.add(0, new WeakReference<>(r));
        else list.add(new WeakReference<>(r));
        return r;
    }

    /** Calls the callbacks of references whose referents the collector has cleared. */
    static void processQueue() {
        java.lang.ref.Reference<? extends PyObject> cleared;
        while ((cleared = QUEUE.poll()) != null) fire((Target) cleared);
    }

    private static void fire(Target t) {
        synchronized (t) {
            if (t.processed) return;
            t.processed = true;
        }
        synchronized (WITH_CALLBACK) {
            WITH_CALLBACK.remove(t);
        }
        Ref r = t.owner;
        if (r.callback == PyNone.NONE) return;
        try {
            r.callback.call1(r);
        } catch (PyException e) {
            // CPython reports an exception in a callback as unraisable and goes on.
            String text = "Exception ignored in: " + r.callback.repr() + "\n" + TracebackPrinter.format(e.value);
            PyObject w = Sys.stderr().lookupAttr("write");
            if (w != null) w.call1(PyStr.of(text));
        }
    }

    /** gc.collect(): runs the JVM's collector, then the callbacks of what it cleared. */
    static PyObject collect() {
        Finalizers.collectNow();
        // The cleared references are found directly, without waiting for the JVM to enqueue them.
        List<Target> cleared = new ArrayList<>();
        synchronized (WITH_CALLBACK) {
            for (Target t : WITH_CALLBACK.keySet()) {
                if (t != null && t.refersTo(null)) cleared.add(t);
            }
        }
        for (Target t : cleared) fire(t);
        processQueue();
        return PyInt.ZERO;
    }

    private static List<Ref> live(PyObject o) {
        List<Ref> out = new ArrayList<>();
        synchronized (WeakrefModule.class) {
            List<WeakReference<Ref>> list = REFS.get(o);
            if (list != null) {
                for (WeakReference<Ref> w : list) {
                    Ref r = w.get();
                    if (r != null && r.target.get() != null) out.add(r);
                }
            }
        }
        return out;
    }

    static void setupRef(PyType t) {
        t.setConstructor((cls, a, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("ref() takes no keyword arguments");
            if (a.length < 1 || a.length > 2) {
                throw Errors.typeError("__new__ expected at " + (a.length < 1 ? "least 1 argument" : "most 2 arguments")
                        + ", got " + a.length);
            }
            return newRef(a[0], a.length > 1 ? a[1] : PyNone.NONE);
        });
        t.getter("__callback__", s -> ((Ref) s).callback);
        t.method("__call__", (Fn.F1) s -> ((Ref) s).call0());
        t.method("__hash__", (Fn.F1) s -> PyInt.of(s.hash()));
        BuiltinSetup.compareDunders(t, o -> o instanceof Ref);
    }

    static PyModule create() {
        ModuleDef d = new ModuleDef("_weakref");
        d.set("ref", REF).set("ReferenceType", REF);
        d.fn("getweakrefcount", o -> PyInt.of(live(o).size()));
        d.fn("getweakrefs", o -> {
            PyList l = new PyList();
            for (Ref r : live(o)) l.append(r);
            return l;
        });
        d.fn("_collect", WeakrefModule::collect);
        d.fn("_process", () -> {
            processQueue();
            return PyNone.NONE;
        });
        return d.module;
    }
}
