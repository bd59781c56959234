package dev.krait.runtime;

import java.util.Arrays;

/** {@code tuple}: an immutable array. */
public class PyTuple extends PyObject {
    public static final PyType TYPE = new PyType("tuple", PyType.OBJECT, PyTuple.class, TupleMethods::setup);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    public final PyObject[] items;

    /** Wraps the array without copying: the caller hands it over. */
    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    @Override
    public int len() {
        return items.length;
    }

    @Override
    public boolean isTrue() {
        return items.length != 0;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i) {
            long k = i.asItemIndex();
            int n = items.length;
            if (k < 0) k += n;
            if (k < 0 || k >= n) throw Errors.indexError("tuple index out of range");
            return items[(int) k];
        }
        if (key instanceof PySlice s) {
            long[] idx = s.indices(items.length);
            return of(Sequences.slice(items, idx));
        }
        if (key.type().lookup("__index__") != null) return getItem(PyInt.of(Protocol.index(key)));
        throw Errors.typeError("tuple indices must be integers or slices, not " + key.type().name);
    }

    @Override
    public boolean contains(PyObject o) {
        for (PyObject x : items) if (x == o || x.equalsPy(o)) return true;
        return false;
    }

    @Override
    public PyObject iter() {
        return new ArrayIterator(items, items.length, ArrayIterator.TUPLE_TYPE);
    }

    @Override
    public PyObject add(PyObject o) {
        if (o instanceof SubclassInstance) {
            PyObject r = Ops.reflectedFirst(this, o, Slot.ADD);
            if (r != null) return r;
        }
        if (o instanceof PyTuple t) {
            PyObject[] r = Arrays.copyOf(items, items.length + t.items.length);
            System.arraycopy(t.items, 0, r, items.length, t.items.length);
            return of(r);
        }
        PyObject r = Ops.binaryOrNull(this, o, Slot.ADD);
        if (r != null) return r;
        throw Errors.typeError("can only concatenate tuple (not \"" + o.type().name + "\") to tuple");
    }

    @Override
    public PyObject mul(PyObject o) {
        if (o instanceof PyInt n) return of(Sequences.repeat(items, items.length, n.asLongClamped()));
        return super.mul(o);
    }

    @Override
    public long hash() {
        // CPython 3.11's xxHash-based tuple hash, so sets of tuples iterate in CPython's order.
        long acc = 2870177450012600261L;
        for (PyObject x : items) {
            long lane = x.hash();
            acc += lane * -4417276706812531889L;
            acc = (acc << 31) | (acc >>> 33);
            acc *= -7046029288634856825L;
        }
        acc += items.length ^ (2870177450012600261L ^ 3527539L);
        if (acc == -1) return 1546275796;
        return acc;
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (o instanceof PyTuple t) return Sequences.compare(items, items.length, t.items, t.items.length, op);
        return super.richCompare(o, op);
    }

    /** Fast path of sorting: the first differing items decide with their own lessThan. */
    @Override
    public boolean lessThan(PyObject o) {
        if (!(o instanceof PyTuple t) || getClass() != PyTuple.class || o.getClass() != PyTuple.class) return super.lessThan(o);
        PyObject[] b = t.items;
        int n = Math.min(items.length, b.length);
        for (int i = 0; i < n; i++) {
            PyObject x = items[i];
            PyObject y = b[i];
            if (x != y && !x.equalsPy(y)) return x.lessThan(y);
        }
        return items.length < b.length;
    }

    @Override
    public boolean equalsPy(PyObject o) {
        if (o == this) return true;
        if (o instanceof PyTuple t) return Sequences.compare(items, items.length, t.items, t.items.length, CompareOp.EQ).isTrue();
        return super.equalsPy(o);
    }

    @Override
    public String repr() {
        if (items.length == 0) return "()";
        if (!ReprGuard.enter(this)) return "(...)";
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(items[i].repr());
            }
            if (items.length == 1) sb.append(',');
            return sb.append(')').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }
}
