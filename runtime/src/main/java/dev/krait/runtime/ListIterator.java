package dev.krait.runtime;

/** Iterator over a list that sees appends made while iterating, as CPython's. */
final class ListIterator extends PyObject {
    static final PyType TYPE = new PyType("list_iterator", PyType.OBJECT, ListIterator.class, BuiltinSetup::iterator);
    private PyList list;
    private int i;

    ListIterator(PyList list) {
        this.list = list;
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
        PyList l = list;
        if (l == null) return null;
        if (i < l.size) return l.items[i++];
        list = null;
        return null;
    }
}
