package dev.krait.runtime;

/** Iterator over bytes as ints. */
final class BytesIterator extends PyObject {
    static final PyType TYPE = new PyType("bytes_iterator", PyType.OBJECT, BytesIterator.class, BuiltinSetup::iterator);
    private final byte[] data;
    private final int n;
    private int i;

    BytesIterator(byte[] data, int n) {
        this.data = data;
        this.n = n;
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
        return i < n ? PyInt.of(data[i++] & 0xff) : null;
    }
}
