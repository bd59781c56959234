package dev.krait.runtime;

/** Iterator over a fixed array (tuples and snapshots). */
final class ArrayIterator extends PyObject {
    static final PyType TUPLE_TYPE = new PyType("tuple_iterator", PyType.OBJECT, ArrayIterator.class, BuiltinSetup::iterator);
    private final PyObject[] items;
    private final int n;
    private final PyType type;
    private int i;

    ArrayIterator(PyObject[] items, int n, PyType type) {
        this.items = items;
        this.n = n;
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        return i < n ? items[i++] : null;
    }

    @Override
    public int len() {
        return n - i;
    }
}
