package dev.krait.runtime;

/**
 * An async generator: a generator body whose {@code yield v} produces a wrapped value and whose {@code await}s
 * yield whatever the awaited object yields. {@code __anext__}, {@code asend}, {@code athrow} and {@code aclose}
 * return awaitables that drive the body until it produces a value (their result) or finishes.
 */
public final class PyAsyncGenerator extends PyObject {
    public static final PyType TYPE = new PyType("async_generator", PyType.OBJECT, PyAsyncGenerator.class, t -> {
        t.acceptableBase = false;
        t.method("__aiter__", (Fn.F1) s -> s);
        t.method("__anext__", (Fn.F1) s -> new Step(hooked(s), PyNone.NONE, null, false).op("anext"));
        t.method("asend", (Fn.F2) (s, v) -> new Step(hooked(s), v, null, false).op("asend"));
        t.method("athrow", (Fn.FV) (a, k) -> new Step(hooked(a[0]), PyNone.NONE,
                GeneratorMethods.exceptionFor(a), false));
        t.method("aclose", (Fn.F1) s -> new Step(hooked(s), PyNone.NONE,
                Errors.make(ExceptionTypes.GENERATOR_EXIT, PyObject.EMPTY), true));
        t.getter("__name__", s -> PyStr.of(((PyAsyncGenerator) s).gen.name()));
        t.getter("__qualname__", s -> PyStr.of(((PyAsyncGenerator) s).gen.qualname()));
        t.getter("ag_running", s -> PyBool.of(((PyAsyncGenerator) s).gen.isRunning() || ((PyAsyncGenerator) s).running));
        t.getter("ag_frame", s -> {
            PyGenerator g = ((PyAsyncGenerator) s).gen;
            return g.isFinished() ? PyNone.NONE : new GeneratorMethods.FrameView(g);
        });
        t.getter("ag_code", s -> ((PyAsyncGenerator) s).gen.function.getAttr("__code__"));
        t.getter("ag_await", s -> {
            PyObject d = ((PyAsyncGenerator) s).gen.delegate;
            return d == null ? PyNone.NONE : d;
        });
    });

    final PyGenerator gen;
    /** A step (__anext__, asend, athrow, aclose) has started and not finished: it is suspended in an await. */
    boolean running;
    private boolean hooksCalled;

    /**
     * The generator, after calling sys.set_asyncgen_hooks()'s firstiter on its first __anext__/asend/athrow/aclose
     * (asyncio uses it to close generators left open when asyncio.run() ends).
     */
    private static PyAsyncGenerator hooked(PyObject s) {
        PyAsyncGenerator a = (PyAsyncGenerator) s;
        if (!a.hooksCalled) {
            a.hooksCalled = true;
            PyObject first = Sys.asyncgenFirstiter;
            if (first != PyNone.NONE) first.call1(a);
        }
        return a;
    }

    public PyAsyncGenerator(PyGenerator gen) {
        this.gen = gen;
        gen.asyncGenerator = true;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<async_generator object " + gen.qualname() + " at " + Protocol.addressOf(this) + ">";
    }

    /** A value produced by {@code yield} in an async generator (as opposed to a value yielded by an await). */
    public static final class Value extends PyObject {
        final PyObject value;

        public Value(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    }

    /** The awaitable returned by __anext__/asend/athrow/aclose. */
    static final class Step extends PyObject {
        static final PyType TYPE = new PyType("async_generator_asend", PyType.OBJECT, Step.class, t -> {
            t.method("__await__", (Fn.F1) s -> s);
            t.method("__iter__", (Fn.F1) s -> s);
            t.method("__next__", (Fn.F1) s -> ((Step) s).send(PyNone.NONE));
            t.method("send", (Fn.F2) (s, v) -> ((Step) s).send(v));
            t.method("throw", (Fn.FV) (a, k) -> ((Step) a[0]).throwIn(GeneratorMethods.exceptionFor(a)));
            t.method("close", (Fn.F1) s -> PyNone.NONE);
        });

        private final PyAsyncGenerator agen;
        private PyObject first;
        private PyException thrown;
        private final boolean closing;
        private boolean started;
        private boolean done;
        private String op;

        Step op(String name) {
            op = name;
            return this;
        }

        Step(PyAsyncGenerator agen, PyObject first, PyException thrown, boolean closing) {
            this.agen = agen;
            this.first = first;
            this.thrown = thrown;
            this.closing = closing;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        /** Raises StopIteration carrying the result (an await reads the value from it), never returns null. */
        @Override
        public PyObject next() {
            return send(PyNone.NONE);
        }

        PyObject send(PyObject v) {
            if (done) throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            PyException t = null;
            if (!started) {
                if (agen.running) {
                    throw Errors.runtimeError(opName() + "(): asynchronous generator is already running");
                }
                PyGenerator g = agen.gen;
                if (first != PyNone.NONE && thrown == null && g.state == 0 && g.delegate == null) {
                    throw Errors.typeError("can't send non-None value to a just-started async generator");
                }
                started = true;
                v = first;
                t = thrown;
                if (t != null && !closing && g.state == PyGenerator.DONE) {
                    done = true;
                    throw Errors.stopIteration(null);
                }
                if (closing && (agen.gen.state == PyGenerator.DONE || agen.gen.state == 0 && agen.gen.delegate == null)) {
                    agen.gen.state = PyGenerator.DONE;
                    done = true;
                    throw Errors.stopIteration(null);
                }
            }
            return drive(v, t);
        }

        PyObject throwIn(PyException e) {
            if (done) throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            started = true;
            return drive(PyNone.NONE, e);
        }

        private String opName() {
            return op != null ? op : closing ? "aclose" : "athrow";
        }

        private PyObject drive(PyObject v, PyException t) {
            PyObject r;
            agen.running = true;
            try {
                r = agen.gen.resume(v, t);
            } catch (PyException e) {
                agen.running = false;
                done = true;
                if (closing && (e.matches(ExceptionTypes.GENERATOR_EXIT) || e.matches(ExceptionTypes.STOP_ASYNC_ITERATION))) {
                    throw Errors.stopIteration(null);
                }
                throw e;
            }
            if (r == null || r instanceof Value) agen.running = false;
            if (r == null) {
                done = true;
                if (closing) throw Errors.stopIteration(null);
                throw Errors.make(ExceptionTypes.STOP_ASYNC_ITERATION, PyObject.EMPTY);
            }
            if (r instanceof Value val) {
                done = true;
                if (closing) throw Errors.runtimeError("async generator ignored GeneratorExit");
                throw Errors.stopIteration(val.value);
            }
            return r;
        }
    }
}
