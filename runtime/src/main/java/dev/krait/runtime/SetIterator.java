package dev.krait.runtime;

/** Iterator over a set in table order; mutation while iterating raises RuntimeError as in CPython. */
final class SetIterator extends PyObject {
    static final PyType TYPE = new PyType("set_iterator", PyType.OBJECT, SetIterator.class, BuiltinSetup::iterator);
    private final PySet set;
    private final int expectedUsed;
    private int i;

    SetIterator(PySet set) {
        this.set = set;
        this.expectedUsed = set.used;
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
        if (set.used != expectedUsed) {
            i = Integer.MAX_VALUE;
            throw Errors.runtimeError("Set changed size during iteration");
        }
        PyObject[] keys = set.keys;
        while (i < keys.length) {
            PyObject k = keys[i++];
            if (k != null && k != PySet.DUMMY) return k;
        }
        return null;
    }
}
