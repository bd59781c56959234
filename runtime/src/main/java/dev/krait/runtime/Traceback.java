package dev.krait.runtime;

/** One entry of a Python traceback (CPython's traceback object): file, function and line of a frame. */
public final class Traceback extends PyObject {
    public static final PyType TYPE = new PyType("traceback", PyType.OBJECT, Traceback.class, t -> {
        t.getter("tb_lineno", s -> PyInt.of(((Traceback) s).line));
        t.getter("tb_next", s -> ((Traceback) s).next == null ? PyNone.NONE : ((Traceback) s).next);
        t.getter("tb_frame", s -> new FrameSummary((Traceback) s));
    });

    public final String file;
    public final String function;
    public final int line;
    public final Traceback next;
    /** The local variable names of the frame's code (CPython's co_varnames), or null; for suggestions. */
    final String[] varnames;

    public Traceback(String file, String function, int line, Traceback next) {
        this(file, function, line, next, null);
    }

    Traceback(String file, String function, int line, Traceback next, String[] varnames) {
        this.file = file;
        this.function = function;
        this.line = line;
        this.next = next;
        this.varnames = varnames;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * Adds the frame (file, function, line) to a caught exception's traceback, unless the exception was
     * re-raised by this same frame. Called by every handler of compiled code.
     */
    public static PyException record(Throwable t, String file, String function, int line) {
        return record(t, file, function, line, null);
    }

    /** As {@link #record(Throwable, String, String, int)}, for a function frame with these local names. */
    public static PyException record(Throwable t, String file, String function, int line, String[] varnames) {
        PyException e = Errors.fromJava(t);
        if (e.reraised) {
            e.reraised = false;
            return e;
        }
        PyBaseException v = e.value;
        if (v.traceback == null && v.context == null) {
            // First frame: the exception was just raised here; chain it to the one being handled.
            PyBaseException handled = ThreadState.current().handled;
            if (handled != null && handled != v) v.context = handled;
        }
        v.traceback = new Traceback(file, function, line, v.traceback, varnames);
        return e;
    }

    /** A minimal frame object for {@code tb_frame}: enough for f_code.co_name / co_filename and f_lineno. */
    static final class FrameSummary extends PyObject {
        static final PyType TYPE = new PyType("frame", PyType.OBJECT, FrameSummary.class, t -> {
            t.getter("f_lineno", s -> PyInt.of(((FrameSummary) s).tb.line));
            t.getter("f_code", s -> new CodeSummary(((FrameSummary) s).tb.file, ((FrameSummary) s).tb.function));
        });
        final Traceback tb;

        FrameSummary(Traceback tb) {
            this.tb = tb;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    static final class CodeSummary extends PyObject {
        static final PyType TYPE = new PyType("code", PyType.OBJECT, CodeSummary.class, t -> {
            t.getter("co_filename", s -> PyStr.of(((CodeSummary) s).file));
            t.getter("co_name", s -> PyStr.of(((CodeSummary) s).name));
        });
        final String file;
        final String name;

        CodeSummary(String file, String name) {
            this.file = file;
            this.name = name;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
