package dev.krait.runtime;

/** {@code None}, the only instance of NoneType. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = new PyType("NoneType", PyType.OBJECT, PyNone.class, BuiltinSetup::none);
    public static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isTrue() {
        return false;
    }

    @Override
    public String repr() {
        return "None";
    }

    @Override
    public long hash() {
        return 0xFCA86420L;
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (op == CompareOp.EQ) return PyBool.of(o == this);
        if (op == CompareOp.NE) return PyBool.of(o != this);
        return super.richCompare(o, op);
    }

    @Override
    public PyObject or(PyObject o) {
        if (o instanceof PyType) return UnionType.of(this, o);
        return super.or(o);
    }
}
