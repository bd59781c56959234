package dev.krait.runtime;

/**
 * {@code collections.deque}: a ring buffer whose capacity is a power of two, so a logical index maps to a slot
 * with one add and one mask. {@code state} counts the mutations that change the length (CPython's deque->state),
 * which iterators compare to report "deque mutated during iteration".
 */
public class PyDeque extends PyObject {
    static final PyType TYPE = new PyType("collections.deque", PyType.OBJECT, PyDeque.class, DequeMethods::setup);

    private PyObject[] buf = new PyObject[8];
    private int head;
    int size;
    /** The bound on the length, or -1 for an unbounded deque. */
    long maxlen = -1;
    int state;

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The item at logical position i (0 <= i < size). */
    final PyObject get(int i) {
        return buf[(head + i) & (buf.length - 1)];
    }

    final void set(int i, PyObject x) {
        buf[(head + i) & (buf.length - 1)] = x;
    }

    private void grow() {
        PyObject[] nb = new PyObject[buf.length * 2];
        int first = Math.min(size, buf.length - head);
        System.arraycopy(buf, head, nb, 0, first);
        System.arraycopy(buf, 0, nb, first, size - first);
        buf = nb;
        head = 0;
    }

    final void append(PyObject x) {
        if (size == buf.length) grow();
        buf[(head + size) & (buf.length - 1)] = x;
        size++;
        state++;
        if (maxlen >= 0 && size > maxlen) popleft();
    }

    final void appendleft(PyObject x) {
        if (size == buf.length) grow();
        head = (head - 1) & (buf.length - 1);
        buf[head] = x;
        size++;
        state++;
        if (maxlen >= 0 && size > maxlen) pop();
    }

    final PyObject pop() {
        if (size == 0) throw Errors.indexError("pop from an empty deque");
        int i = (head + --size) & (buf.length - 1);
        PyObject x = buf[i];
        buf[i] = null;
        state++;
        return x;
    }

    final PyObject popleft() {
        if (size == 0) throw Errors.indexError("pop from an empty deque");
        PyObject x = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        state++;
        return x;
    }

    /** Appends every item; a bounded deque of length 0 only drains the iterable, as CPython's. */
    final void extend(PyObject iterable) {
        if (iterable == this) iterable = PyTuple.of(toArray());
        if (iterable instanceof PyList || iterable instanceof PyTuple) {
            PyObject[] items = Protocol.toArray(iterable);
            if (maxlen == 0) return;
            for (PyObject x : items) append(x);
            return;
        }
        PyObject it = iterable.iter();
        if (maxlen == 0) {
            while (it.next() != null) { /* consumed, as CPython does */ }
            return;
        }
        for (PyObject x = it.next(); x != null; x = it.next()) append(x);
    }

    final void extendleft(PyObject iterable) {
        if (iterable == this) iterable = PyTuple.of(toArray());
        PyObject it = iterable.iter();
        if (maxlen == 0) {
            while (it.next() != null) { /* consumed, as CPython does */ }
            return;
        }
        for (PyObject x = it.next(); x != null; x = it.next()) appendleft(x);
    }

    final void clear() {
        if (size == 0) return;
        buf = new PyObject[8];
        head = 0;
        size = 0;
        state++;
    }

    /** Rotates right by n (left when negative); moves min(k, size - k) items. */
    final void rotate(long n) {
        if (size <= 1) return;
        state++;
        int k = (int) Math.floorMod(n, (long) size);
        int mask = buf.length - 1;
        if (k <= size / 2) {
            for (int j = 0; j < k; j++) {
                int tail = (head + size - 1) & mask;
                PyObject x = buf[tail];
                buf[tail] = null;
                head = (head - 1) & mask;
                buf[head] = x;
            }
        } else {
            for (int j = size - k; j > 0; j--) {
                PyObject x = buf[head];
                buf[head] = null;
                buf[(head + size) & mask] = x;
                head = (head + 1) & mask;
            }
        }
    }

    final void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = get(i);
            set(i, get(j));
            set(j, t);
        }
    }

    /** Inserts x before logical position i (already clamped to [0, size]). */
    final void insert(int i, PyObject x) {
        if (size == buf.length) grow();
        int mask = buf.length - 1;
        if (i < size - i) {
            head = (head - 1) & mask;
            for (int j = 0; j < i; j++) buf[(head + j) & mask] = buf[(head + j + 1) & mask];
        } else {
            for (int j = size; j > i; j--) buf[(head + j) & mask] = buf[(head + j - 1) & mask];
        }
        buf[(head + i) & mask] = x;
        size++;
        state++;
    }

    /** Removes the item at logical position i, shifting the shorter side. */
    final void removeAt(int i) {
        int mask = buf.length - 1;
        if (i < size - 1 - i) {
            for (int j = i; j > 0; j--) buf[(head + j) & mask] = buf[(head + j - 1) & mask];
            buf[head] = null;
            head = (head + 1) & mask;
        } else {
            for (int j = i; j < size - 1; j++) buf[(head + j) & mask] = buf[(head + j + 1) & mask];
            buf[(head + size - 1) & mask] = null;
        }
        size--;
        state++;
    }

    final PyObject[] toArray() {
        PyObject[] r = new PyObject[size];
        int first = Math.min(size, buf.length - head);
        System.arraycopy(buf, head, r, 0, first);
        System.arraycopy(buf, 0, r, first, size - first);
        return r;
    }

    /** A new plain deque with the same items and bound. */
    final PyDeque copyPlain() {
        PyDeque r = new PyDeque();
        r.maxlen = maxlen;
        int cap = 8;
        while (cap < size) cap <<= 1;
        r.buf = new PyObject[cap];
        int first = Math.min(size, buf.length - head);
        System.arraycopy(buf, head, r.buf, 0, first);
        System.arraycopy(buf, 0, r.buf, first, size - first);
        r.size = size;
        return r;
    }

    /** A subscript as a logical position: CPython's sequence-index conversion and bounds check. */
    private int position(PyObject key) {
        long k;
        if (key instanceof PyInt i) {
            k = i.asItemIndex();
        } else if (key.type().lookup("__index__") != null) {
            k = ((PyInt) PyInt.of(Protocol.indexBig(key))).asItemIndex();
        } else {
            throw Errors.typeError("sequence index must be integer, not '" + key.type().name + "'");
        }
        if (k < 0) k += size;
        if (k < 0 || k >= size) throw Errors.indexError("deque index out of range");
        return (int) k;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i && !i.isBig()) {
            long k = i.v;
            if (k < 0) k += size;
            if (k < 0 || k >= size) throw Errors.indexError("deque index out of range");
            return get((int) k);
        }
        return get(position(key));
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        set(position(key), value);
    }

    @Override
    public void delItem(PyObject key) {
        removeAt(position(key));
    }

    @Override
    public int len() {
        return size;
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }

    @Override
    public boolean contains(PyObject o) {
        int start = state;
        for (int i = 0; i < size; i++) {
            PyObject x = get(i);
            boolean eq = x == o || x.equalsPy(o);
            if (start != state) throw Errors.runtimeError("deque mutated during iteration");
            if (eq) return true;
        }
        return false;
    }

    @Override
    public PyObject iter() {
        return new DequeIterator(this, false);
    }

    @Override
    public PyObject add(PyObject o) {
        PyObject r = Ops.binaryOrNull(this, o, Slot.ADD);
        if (r != null) return r;
        throw Errors.typeError("can only concatenate deque (not \"" + o.type().name + "\") to deque");
    }

    @Override
    public long hash() {
        throw Errors.unhashable(this);
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        // A subclass operand goes through Ops, which gives its reflected override priority.
        if (o instanceof PyDeque d && !(o instanceof SubclassInstance)) return compare(d, op);
        return super.richCompare(o, op);
    }

    /** Compares item by item, as lists compare (on snapshots: a comparison may mutate either deque). */
    final PyObject compare(PyDeque d, CompareOp op) {
        PyObject[] a = toArray();
        PyObject[] b = d.toArray();
        return Sequences.compare(a, a.length, b, b.length, op);
    }

    @Override
    public String repr() {
        String name = this instanceof SubclassInstance ? type().name : "deque";
        if (!ReprGuard.enter(this)) return "[...]";
        try {
            StringBuilder sb = new StringBuilder(name).append("([");
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(get(i).repr());
            }
            sb.append(']');
            if (maxlen >= 0) sb.append(", maxlen=").append(maxlen);
            return sb.append(')').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }
}
