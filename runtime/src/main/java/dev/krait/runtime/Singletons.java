package dev.krait.runtime;

/** {@code NotImplemented} and {@code Ellipsis}. */
public final class Singletons {
    private Singletons() {}

    public static final PyType NOT_IMPLEMENTED_TYPE =
            new PyType("NotImplementedType", PyType.OBJECT, Simple.class, BuiltinSetup::noInstances);
    public static final PyType ELLIPSIS_TYPE = new PyType("ellipsis", PyType.OBJECT, Simple.class, BuiltinSetup::noInstances);

    public static final PyObject NOT_IMPLEMENTED = new Simple(NOT_IMPLEMENTED_TYPE, "NotImplemented");
    public static final PyObject ELLIPSIS = new Simple(ELLIPSIS_TYPE, "Ellipsis");

    static final class Simple extends PyObject {
        private final PyType type;
        private final String repr;

        Simple(PyType type, String repr) {
            this.type = type;
            this.repr = repr;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr() {
            return repr;
        }

        @Override
        public long hash() {
            return System.identityHashCode(this);
        }

        @Override
        public PyObject richCompare(PyObject o, CompareOp op) {
            if (op == CompareOp.EQ) return PyBool.of(o == this);
            if (op == CompareOp.NE) return PyBool.of(o != this);
            return super.richCompare(o, op);
        }
    }
}
