package dev.krait.runtime;

/** {@code reversed(seq)} over any sequence with __len__ and __getitem__. */
final class ReversedIterator extends PyObject {
    static final PyType TYPE = new PyType("reversed", PyType.OBJECT, ReversedIterator.class, BuiltinSetup::iterator);
    /** CPython's list has its own reverse iterator type; only the name differs here. */
    static final PyType LIST_TYPE = new PyType("list_reverseiterator", PyType.OBJECT, ReversedIterator.class,
            BuiltinSetup::iterator);
    private final PyObject seq;
    private int i;

    ReversedIterator(PyObject seq, int len) {
        this.seq = seq;
        this.i = len - 1;
    }

    @Override
    public PyType type() {
        return seq.getClass() == PyList.class ? LIST_TYPE : TYPE;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        if (i < 0) return null;
        if (seq instanceof PyList l) {
            if (i >= l.size) {
                i = -1;
                return null;
            }
            return l.items[i--];
        }
        return seq.getItem(PyInt.of(i--));
    }

    @Override
    public int len() {
        return Math.max(i + 1, 0);
    }
}
