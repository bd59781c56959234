package dev.krait.runtime;

/**
 * The iterators of a deque, forwards and reversed: an index and a count of items left, checked against the
 * deque's mutation counter as CPython's are (forwards the check comes first, reversed the exhaustion test does).
 */
final class DequeIterator extends PyObject {
    static final PyType TYPE = new PyType("_collections._deque_iterator", PyType.OBJECT, DequeIterator.class,
            t -> setup(t, false));
    static final PyType REVERSE_TYPE = new PyType("_collections._deque_reverse_iterator", PyType.OBJECT,
            DequeIterator.class, t -> setup(t, true));

    private final PyDeque deque;
    private final boolean reverse;
    private final int state;
    private int index;
    private int counter;

    DequeIterator(PyDeque deque, boolean reverse) {
        this.deque = deque;
        this.reverse = reverse;
        this.state = deque.state;
        this.counter = deque.size;
        this.index = reverse ? deque.size - 1 : 0;
    }

    /** The iterator protocol, and (deque, items produced) as the reduction that rebuilds the iterator. */
    private static void setup(PyType t, boolean reverse) {
        BuiltinSetup.iterator(t);
        t.setConstructor((cls, a, k) -> {
            ArgParser p = new ArgParser(cls.name, a, k, 0, "$deque", "$index");
            if (!(p.required(0, "deque") instanceof PyDeque d)) {
                throw Errors.typeError(cls.name + "() argument 1 must be collections.deque, not " + a[0].type().name);
            }
            DequeIterator it = new DequeIterator(d, reverse);
            long skip = Math.min(Protocol.index(p.get(1, PyInt.ZERO)), d.size);
            for (long i = 0; i < skip && it.next() != null; i++) { /* advanced as CPython's constructor does */ }
            return it;
        });
        t.method("__reduce__", (Fn.F1) s -> {
            DequeIterator it = (DequeIterator) s;
            return PyTuple.of(t, PyTuple.of(it.deque, PyInt.of(it.deque.size - it.counter)));
        });
    }

    @Override
    public PyType type() {
        return reverse ? REVERSE_TYPE : TYPE;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        if (reverse) {
            if (counter == 0) return null;
            checkState();
            counter--;
            return deque.get(index--);
        }
        checkState();
        if (counter == 0) return null;
        counter--;
        return deque.get(index++);
    }

    private void checkState() {
        if (deque.state != state) {
            counter = 0;
            throw Errors.runtimeError("deque mutated during iteration");
        }
    }

    /** What {@code __length_hint__} reports: the items not yet produced. */
    @Override
    public int len() {
        return counter;
    }
}
