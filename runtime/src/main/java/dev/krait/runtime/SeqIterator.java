package dev.krait.runtime;

/** The old sequence protocol: iterate by calling __getitem__ with 0, 1, 2... until IndexError. */
final class SeqIterator extends PyObject {
    static final PyType TYPE = new PyType("iterator", PyType.OBJECT, SeqIterator.class, BuiltinSetup::iterator);
    private PyObject seq;
    private long i;

    SeqIterator(PyObject seq) {
        this.seq = seq;
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
        if (seq == null) return null;
        try {
            return seq.getItem(PyInt.of(i++));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.INDEX_ERROR) || e.matches(ExceptionTypes.STOP_ITERATION)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }
}
