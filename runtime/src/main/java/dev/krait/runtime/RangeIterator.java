package dev.krait.runtime;

/** Iterator over a range: a counter, no list. */
public final class RangeIterator extends PyObject {
    static final PyType TYPE = new PyType("range_iterator", PyType.OBJECT, RangeIterator.class, BuiltinSetup::iterator);
    private long next;
    private final long step;
    private long remaining;

    public RangeIterator(long start, long step, long length) {
        this.next = start;
        this.step = step;
        this.remaining = length;
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
        if (remaining <= 0) return null;
        remaining--;
        long v = next;
        next = v + step;
        return PyInt.of(v);
    }

    @Override
    public int len() {
        return (int) Math.min(remaining, Integer.MAX_VALUE);
    }
}
