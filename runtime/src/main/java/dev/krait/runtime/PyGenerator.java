package dev.krait.runtime;

/**
 * A generator, coroutine or async generator object: the suspended frame of a compiled generator function. The
 * body is a state machine ({@link GeneratorBody}); this class implements send/throw/close, PEP 380 delegation
 * ({@code yield from} / {@code await}) and PEP 479.
 */
public class PyGenerator extends PyObject {
    public static final PyType TYPE = new PyType("generator", PyType.OBJECT, PyGenerator.class, GeneratorMethods::setup);
    public static final PyType COROUTINE_TYPE = new PyType("coroutine", PyType.OBJECT, PyGenerator.class,
            GeneratorMethods::setupCoroutine);

    public static final int DONE = -1;
    /** Returned by the body to say "delegate to {@link #delegate} now". */
    public static final PyObject DELEGATE = new Singletons.Simple(PyType.OBJECT, "<delegate>");

    public final GeneratorBody body;
    final PyFunction function;
    /** Resume point; 0 before the first resume, DONE when finished. */
    public int state;
    /** Saved JVM locals and operand stack values across a suspension (the transformed body fills them). */
    public Object[] refs;
    public int[] ints;
    public PyObject returnValue;
    /** The iterator a {@code yield from} / {@code await} is delegating to, or null. */
    public PyObject delegate;
    boolean running;
    final boolean coroutine;
    /** The body of an async generator (PyAsyncGenerator): StopAsyncIteration raised in it is an error too. */
    boolean asyncGenerator;
    boolean awaited;
    private PyBaseException savedHandled;

    public PyGenerator(PyFunction function, GeneratorBody body, Object[] initialLocals, boolean coroutine) {
        this.function = function;
        this.body = body;
        this.refs = initialLocals;
        this.coroutine = coroutine;
    }

    /**
     * One run of the body. Compiled generator functions subclass PyGenerator and override this with a direct
     * call to their own body, so a consumer's next() on one kind of generator inlines down to it.
     */
    protected PyObject step(PyObject sent, Throwable thrown) {
        return body.resumeGen(this, sent, thrown);
    }

    @Override
    public PyType type() {
        return coroutine ? COROUTINE_TYPE : TYPE;
    }

    /** Makes sure the save areas can hold this many references and ints (called at each suspension). */
    public void ensureSpill(int nrefs, int nints) {
        if (refs == null || refs.length < nrefs) refs = new Object[nrefs];
        if (ints == null || ints.length < nints) ints = new int[nints];
    }

    /** Set by assigning the generator's __name__ / __qualname__ (null: the function's). */
    String name;
    String qualname;

    public String name() {
        return name != null ? name : function.name;
    }

    public String qualname() {
        return qualname != null ? qualname : function.qualname;
    }

    public boolean isFinished() {
        return state == DONE;
    }

    // ------------------------------------------------------------------ protocol

    @Override
    public PyObject iter() {
        if (coroutine) return super.iter();
        return this;
    }

    @Override
    public PyObject next() {
        return resume(PyNone.NONE, null);
    }

    /** {@code send(v)}: the next yielded value; raises StopIteration(value) when the body returns. */
    public PyObject send(PyObject v) {
        if (state == 0 && v != PyNone.NONE && delegate == null) {
            throw Errors.typeError("can't send non-None value to a just-started " + kind());
        }
        PyObject r = resume(v, null);
        if (r == null) throw Errors.stopIteration(takeReturn());
        return r;
    }

    /** {@code throw(exc)}: raises exc at the suspension point. */
    public PyObject throwInto(PyException exc) {
        PyObject r = resume(PyNone.NONE, exc);
        if (r == null) throw Errors.stopIteration(takeReturn());
        return r;
    }

    private PyObject takeReturn() {
        PyObject v = returnValue;
        returnValue = null;
        return v == PyNone.NONE ? null : v;
    }

    String kind() {
        return coroutine ? "coroutine" : "generator";
    }

    /**
     * Resumes with a value or an exception; returns the next yielded value, or null when the generator finished
     * (its return value then in {@link #returnValue}).
     */
    public PyObject resume(PyObject sent, Throwable thrown) {
        if (running) throw Errors.valueError(kind() + " already executing");
        if (state == DONE) {
            if (coroutine && thrown == null) {
                throw Errors.runtimeError("cannot reuse already awaited coroutine");
            }
            if (thrown != null) throw Errors.fromJava(thrown);
            return null;
        }
        if (delegate != null) {
            DelegateStep step = stepDelegate(sent, thrown);
            if (step.yielded != null) return step.yielded;
            sent = step.value;
            thrown = step.error;
        }
        return runBody(sent, thrown);
    }

    /** Kept under the JIT's inlining size limit, so hot loops over a generator inline it and its step(). */
    private PyObject runBody(PyObject sent, Throwable thrown) {
        ThreadState ts = ThreadState.current();
        PyBaseException callerHandled = ts.handled;
        ts.handled = savedHandled;
        running = true;
        try {
            PyObject r = step(sent, thrown);
            if (r == DELEGATE) return delegateLoop();
            return state == DONE ? null : r;
        } catch (RuntimeException e) {
            throw failed(e);
        } catch (Error e) {
            state = DONE;
            refs = null;
            throw e;
        } finally {
            running = false;
            savedHandled = ts.handled;
            ts.handled = callerHandled;
        }
    }

    /** The body asked to delegate (yield from / await): drive the delegate, resuming the body when it is done. */
    private PyObject delegateLoop() {
        while (true) {
            DelegateStep st = stepDelegate(PyNone.NONE, null);
            if (st.yielded != null) return st.yielded;
            PyObject r = step(st.value, st.error);
            if (r != DELEGATE) return state == DONE ? null : r;
        }
    }

    /** The body raised: the generator is finished; PEP 479 turns a StopIteration leaving it into RuntimeError. */
    private RuntimeException failed(RuntimeException e) {
        state = DONE;
        refs = null;
        if (!(e instanceof PyException pe)) return e;
        boolean stopAsync = asyncGenerator && pe.matches(ExceptionTypes.STOP_ASYNC_ITERATION);
        if (pe.matches(ExceptionTypes.STOP_ITERATION) || stopAsync) {
            PyException re = Errors.runtimeError((asyncGenerator ? "async generator" : kind()) + " raised "
                    + (stopAsync ? "StopAsyncIteration" : "StopIteration"));
            re.value.cause = pe.value;
            re.value.context = pe.value;
            re.value.suppressContext = true;
            return re;
        }
        return pe;
    }

    /** The outcome of one step of delegation: a value to yield, or the delegate's result or error. */
    private record DelegateStep(PyObject yielded, PyObject value, Throwable error) {}

    /** PEP 380: forwards send/throw to the delegate iterator. */
    private DelegateStep stepDelegate(PyObject sent, Throwable thrown) {
        PyObject d = delegate;
        running = true;
        try {
            PyObject r;
            if (thrown != null) {
                PyException pe = Errors.fromJava(thrown);
                if (pe.matches(ExceptionTypes.GENERATOR_EXIT)) {
                    delegate = null;
                    closeDelegate(d);
                    return new DelegateStep(null, null, pe);
                }
                r = delegateThrow(d, pe);
            } else if (sent == PyNone.NONE) {
                r = d instanceof PyGenerator g ? g.resume(PyNone.NONE, null) : nextOf(d);
            } else if (d instanceof PyGenerator g) {
                r = g.resume(sent, null);
            } else {
                r = d.getAttr("send").call1(sent);
            }
            if (r != null) return new DelegateStep(r, null, null);
            delegate = null;
            PyObject value = d instanceof PyGenerator g ? g.takeReturnForDelegation() : PyNone.NONE;
            return new DelegateStep(null, value, null);
        } catch (PyException e) {
            delegate = null;
            if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                PyObject v = e.value.attr("value");
                return new DelegateStep(null, v, null);
            }
            return new DelegateStep(null, null, e);
        } finally {
            running = false;
        }
    }

    /**
     * The next item of a delegate iterator. A class written in Python may end with StopIteration(value), which
     * is the value of the yield from, so its __next__ is called directly for the exception to arrive here.
     */
    private static PyObject nextOf(PyObject d) {
        if (d instanceof GeneratorMethods.CoroutineWrapper w) return w.coro.send(PyNone.NONE);
        if (d.type().isBuiltin()) return d.next();
        PyObject f = d.type().lookup("__next__");
        if (f == null) return d.next();
        return Protocol.call0(f, d);
    }

    private PyObject takeReturnForDelegation() {
        PyObject v = returnValue;
        returnValue = null;
        return v == null ? PyNone.NONE : v;
    }

    private static PyObject delegateThrow(PyObject d, PyException pe) {
        if (d instanceof PyGenerator g) return g.resume(PyNone.NONE, pe);
        PyObject t = d.lookupAttr("throw");
        if (t == null) throw pe;
        PyBaseException v = pe.value;
        try {
            return t.call1(v);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION)) throw e;
            throw e;
        }
    }

    private static void closeDelegate(PyObject d) {
        if (d instanceof PyGenerator g) {
            g.close();
            return;
        }
        PyObject c = d.lookupAttr("close");
        if (c != null) c.call0();
    }

    /** {@code close()}: raises GeneratorExit inside; a yield in response is a RuntimeError. */
    public void close() {
        if (state == DONE) return;
        if (running) throw Errors.valueError(kind() + " already executing");
        if (state == 0 && delegate == null) {
            state = DONE;
            refs = null;
            return;
        }
        PyException exit = Errors.make(ExceptionTypes.GENERATOR_EXIT, PyObject.EMPTY);
        PyObject r;
        try {
            r = resume(PyNone.NONE, exit);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.GENERATOR_EXIT) || e.matches(ExceptionTypes.STOP_ITERATION)) return;
            throw e;
        }
        if (r != null) throw Errors.runtimeError(kind() + " ignored GeneratorExit");
    }

    @Override
    public String repr() {
        return "<" + kind() + " object " + function.qualname + " at " + Protocol.addressOf(this) + ">";
    }

    @Override
    public long hash() {
        return Protocol.identityHash(this);
    }

    public boolean isRunning() {
        return running;
    }
}
