package dev.krait.runtime;

/** A code object from {@code compile()}: source compiled in memory, run by exec/eval with a namespace. */
public abstract class PyCode extends PyObject {
    public static final PyType TYPE = new PyType("code", PyType.OBJECT, PyCode.class, t -> {
        t.getter("co_filename", s -> PyStr.of(((PyCode) s).filename));
        t.getter("co_name", s -> PyStr.of("<module>"));
    });

    public final String filename;
    /** "exec", "eval" or "single". */
    public final String mode;

    protected PyCode(String filename, String mode) {
        this.filename = filename;
        this.mode = mode;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Runs the code with these globals and locals; returns the value for "eval" mode, None otherwise. */
    public abstract PyObject run(PyDict globals, PyObject locals);

    @Override
    public String repr() {
        return "<code object <module> at " + Protocol.addressOf(this) + ", file \"" + filename + "\", line 1>";
    }
}
