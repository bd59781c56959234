package dev.krait.runtime;

/**
 * A function defined in Python. Each compiled {@code def} is a final subclass whose body is a JVM method taking
 * the parameters as arguments; it overrides {@code call0..call3} for the arities it can take without binding,
 * and {@link #invoke} for the general path after {@link Signature#bind}.
 */
public abstract class PyFunction extends PyObject {
    public static final PyType TYPE = new PyType("function", PyType.OBJECT, PyFunction.class, FunctionMethods::setup);

    public final Signature sig;
    public String name;
    public String qualname;
    public final PyDict globals;
    /** Defaults of the last positional parameters, or null. */
    public PyObject[] defaults;
    /** Defaults of keyword-only parameters, or null. */
    public PyDict kwdefaults;
    public PyObject doc = PyNone.NONE;
    public PyObject module;
    PyDict dict;
    public PyDict annotations;
    /** Source file and first line, for __code__ and tracebacks. */
    public final String file;
    public final int firstLine;

    protected PyFunction(Signature sig, String name, String qualname, PyDict globals, String file, int firstLine) {
        this.sig = sig;
        this.name = name;
        this.qualname = qualname;
        this.globals = globals;
        this.file = file;
        this.firstLine = firstLine;
        PyObject modName = globals == null ? null : globals.getStr("__name__");
        this.module = modName == null ? PyNone.NONE : modName;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Runs the body with one value per parameter slot (as produced by {@link Signature#bind}). */
    public abstract PyObject invoke(PyObject[] slots);

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return invoke(sig.bind(this, args, kwnames));
    }

    @Override
    public PyObject call0() {
        return invoke(sig.bind(this, EMPTY, null));
    }

    @Override
    public PyObject call1(PyObject a) {
        return invoke(sig.bind(this, new PyObject[] {a}, null));
    }

    @Override
    public PyObject call2(PyObject a, PyObject b) {
        return invoke(sig.bind(this, new PyObject[] {a, b}, null));
    }

    @Override
    public PyObject call3(PyObject a, PyObject b, PyObject c) {
        return invoke(sig.bind(this, new PyObject[] {a, b, c}, null));
    }

    /**
     * The cells of the free variables, in {@code co_freevars} order (sorted by name), for {@code __closure__};
     * null when there are none. Compiled functions with free variables override it to list their cell fields.
     */
    public PyCell[] closure() {
        return null;
    }

    /** The default for positional parameter {@code i} when the call left it out, or null. */
    protected final PyObject defaultFor(int i) {
        PyObject[] d = defaults;
        if (d == null) return null;
        int k = i - (sig.argcount - d.length);
        return k >= 0 ? d[k] : null;
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyObject type) {
        return obj == null ? this : new PyMethod(this, obj);
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override
    public String repr() {
        return "<function " + qualname + " at " + Protocol.addressOf(this) + ">";
    }

    @Override
    public long hash() {
        return Protocol.identityHash(this);
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (op == CompareOp.EQ) return PyBool.of(o == this);
        if (op == CompareOp.NE) return PyBool.of(o != this);
        return super.richCompare(o, op);
    }
}
