package dev.krait.runtime;

/** The methods and attributes of generator and coroutine objects. */
final class GeneratorMethods {
    private GeneratorMethods() {}

    private static PyGenerator g(PyObject o) {
        return (PyGenerator) o;
    }

    /** throw(type[, value[, tb]]) or throw(exception) as CPython accepts them. */
    static PyException exceptionFor(PyObject[] a) {
        PyObject typ = a.length > 1 ? a[1] : null;
        PyObject val = a.length > 2 ? a[2] : PyNone.NONE;
        PyObject tb = a.length > 3 ? a[3] : PyNone.NONE;
        if (typ == null) throw Errors.typeError("throw expected at least 1 argument, got 0");
        if (tb != PyNone.NONE && !(tb instanceof Traceback)) {
            throw Errors.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException e;
        if (typ instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            if (val instanceof PyBaseException ve && ve.type().isSubtypeOf(t)) {
                e = ve;
            } else if (val == PyNone.NONE) {
                e = (PyBaseException) t.call0();
            } else if (val instanceof PyTuple tu) {
                e = (PyBaseException) t.call(tu.items, null);
            } else {
                e = (PyBaseException) t.call1(val);
            }
        } else if (typ instanceof PyBaseException be) {
            if (val != PyNone.NONE) throw Errors.typeError("instance exception may not have a separate value");
            e = be;
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + typ.type().name);
        }
        if (tb instanceof Traceback t) e.traceback = t;
        PyException j = e.toJava();
        j.reraised = false;
        return j;
    }

    static void common(PyType t) {
        t.method("send", (Fn.F2) (s, v) -> g(s).send(v));
        t.method("throw", (Fn.FV) (a, k) -> g(a[0]).throwInto(exceptionFor(a)));
        t.method("close", (Fn.F1) s -> {
            g(s).close();
            return PyNone.NONE;
        });
        t.getset("__name__", s -> PyStr.of(g(s).name()), (s, v) -> {
            g(s).name = nameValue(v, "__name__");
            return PyNone.NONE;
        });
        t.getset("__qualname__", s -> PyStr.of(g(s).qualname()), (s, v) -> {
            g(s).qualname = nameValue(v, "__qualname__");
            return PyNone.NONE;
        });
    }

    private static String nameValue(PyObject v, String attr) {
        if (!(v instanceof PyStr s)) throw Errors.typeError(attr + " must be set to a string object");
        return s.value();
    }

    static void setup(PyType t) {
        t.acceptableBase = false;
        common(t);
        t.method("__iter__", (Fn.F1) s -> s);
        t.method("__next__", (Fn.F1) s -> {
            PyObject r = g(s).next();
            if (r == null) throw Errors.stopIteration(g(s).returnValue == null || g(s).returnValue == PyNone.NONE ? null : take(g(s)));
            return r;
        });
        t.getter("gi_running", s -> PyBool.of(g(s).isRunning()));
        t.getter("gi_frame", s -> g(s).isFinished() ? PyNone.NONE : new FrameView(g(s)));
        t.getter("gi_yieldfrom", s -> g(s).delegate == null ? PyNone.NONE : g(s).delegate);
        t.getter("gi_code", s -> g(s).function.getAttr("__code__"));
        t.getter("gi_suspended", s -> PyBool.of(g(s).state > 0 && !g(s).isRunning()));
    }

    private static PyObject take(PyGenerator gen) {
        PyObject v = gen.returnValue;
        gen.returnValue = null;
        return v;
    }

    static void setupCoroutine(PyType t) {
        t.acceptableBase = false;
        common(t);
        t.method("__await__", (Fn.F1) s -> new CoroutineWrapper(g(s)));
        t.getter("cr_running", s -> PyBool.of(g(s).isRunning()));
        t.getter("cr_frame", s -> g(s).isFinished() ? PyNone.NONE : new FrameView(g(s)));
        t.getter("cr_await", s -> g(s).delegate == null ? PyNone.NONE : g(s).delegate);
        t.getter("cr_code", s -> g(s).function.getAttr("__code__"));
        t.getter("cr_suspended", s -> PyBool.of(g(s).state > 0 && !g(s).isRunning()));
    }

    /** A stand-in frame object for gi_frame: enough for f_code and f_lineno checks. */
    static final class FrameView extends PyObject {
        static final PyType TYPE = new PyType("frame", PyType.OBJECT, FrameView.class, t -> {
            t.getter("f_code", s -> ((FrameView) s).gen.function.getAttr("__code__"));
            t.getter("f_lineno", s -> PyInt.of(((FrameView) s).gen.function.firstLine));
            t.getter("f_locals", s -> new PyDict());
        });
        final PyGenerator gen;

        FrameView(PyGenerator gen) {
            this.gen = gen;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /** The iterator returned by {@code coroutine.__await__()}. */
    static final class CoroutineWrapper extends PyObject {
        static final PyType TYPE = new PyType("coroutine_wrapper", PyType.OBJECT, CoroutineWrapper.class, t -> {
            BuiltinSetup.iterator(t);
            // send(None), so that the coroutine's return value arrives as StopIteration.value.
            t.method("__next__", (Fn.F1) s -> ((CoroutineWrapper) s).coro.send(PyNone.NONE));
            t.method("send", (Fn.F2) (s, v) -> ((CoroutineWrapper) s).coro.send(v));
            t.method("throw", (Fn.FV) (a, k) -> ((CoroutineWrapper) a[0]).coro.throwInto(exceptionFor(a)));
            t.method("close", (Fn.F1) s -> {
                ((CoroutineWrapper) s).coro.close();
                return PyNone.NONE;
            });
        });
        final PyGenerator coro;

        CoroutineWrapper(PyGenerator coro) {
            this.coro = coro;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            return coro.resume(PyNone.NONE, null);
        }
    }
}
