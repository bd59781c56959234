package dev.krait.runtime;

/** One entry of a Python traceback (CPython's traceback object): file, function and line of a frame. */
public final class Traceback extends PyObject {
    public static final PyType TYPE = new PyType("traceback", PyType.OBJECT, Traceback.class, t -> {
        t.getter("tb_lineno", s -> PyInt.of(((Traceback) s).line));
        t.getter("tb_next", s -> ((Traceback) s).next == null ? PyNone.NONE : ((Traceback) s).next);
        t.getter("tb_frame", s -> new FrameSummary((Traceback) s));
    });

    /**
     * The library module whose frames tracebacks leave out: CPython's warn and warn_explicit are C code, so an
     * 'error' filter's exception starts at the line that warned.
     */
    private static final String HIDDEN_FILE = "<krait>/warnings.py";

    public final String file;
    public final String function;
    public final int line;
    public final Traceback next;
    /** The local variable names of the frame's code (CPython's co_varnames), or null; for suggestions. */
    final String[] varnames;
    /** Where in the line the failing operation is (code points; -1 when unknown), and its caret anchors. */
    int col = -1;
    int endLine = -1;
    int endCol = -1;
    int leftAnchor = -1;
    int rightAnchor = -1;

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

    /**
     * As {@link #record(Throwable, String, String, int)} for compiled code: {@code pos} indexes the class's
     * position table (seven chars per entry, each value + 1: line, column, end line, end column, caret anchors,
     * and a method call's attribute end, reported when the method lookup itself failed).
     */
    public static PyException record(Throwable t, String file, String function, int pos, String table, String[] varnames) {
        int base = pos * 7;
        if (base + 7 > table.length()) base = 0;
        PyException j = Errors.fromJava(t);
        Traceback before = j.value.traceback;
        PyException e = record(j, file, function, Math.max(0, table.charAt(base) - 1), varnames);
        Traceback tb = e.value.traceback;
        if (tb != before && base > 0) {
            tb.col = table.charAt(base + 1) - 1;
            tb.endLine = table.charAt(base + 2) - 1;
            tb.endCol = table.charAt(base + 3) - 1;
            tb.leftAnchor = table.charAt(base + 4) - 1;
            tb.rightAnchor = table.charAt(base + 5) - 1;
            int lookupEnd = table.charAt(base + 6) - 1;
            if (e.value.failedLookup) {
                e.value.failedLookup = false;
                if (lookupEnd >= 0) {
                    tb.endLine = tb.line;
                    tb.endCol = lookupEnd;
                }
            }
        }
        return e;
    }

    /** As {@link #record(Throwable, String, String, int)}, for a function frame with these local names. */
    public static PyException record(Throwable t, String file, String function, int line, String[] varnames) {
        PyException e = Errors.fromJava(t);
        if (file.equals(HIDDEN_FILE)) return e;
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
