package dev.krait.runtime;

/** {@code bool}: a subclass of int with exactly two instances. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = new PyType("bool", PyInt.TYPE, PyBool.class, BuiltinSetup::bool);
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isTrue() {
        return this == TRUE;
    }

    @Override
    public String repr() {
        return this == TRUE ? "True" : "False";
    }

    @Override
    public PyObject and(PyObject o) {
        if (o instanceof PyBool b) return of(this == TRUE && b == TRUE);
        return super.and(o);
    }

    @Override
    public PyObject or(PyObject o) {
        if (o instanceof PyBool b) return of(this == TRUE || b == TRUE);
        return super.or(o);
    }

    @Override
    public PyObject xor(PyObject o) {
        if (o instanceof PyBool b) return of(this != b);
        return super.xor(o);
    }

    @Override
    public PyObject pos() {
        return PyInt.of(v);
    }
}
