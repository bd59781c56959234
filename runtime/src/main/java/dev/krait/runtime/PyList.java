package dev.krait.runtime;

import java.util.Arrays;

/** {@code list}: a growable array. */
public class PyList extends PyObject {
    public static final PyType TYPE = new PyType("list", PyType.OBJECT, PyList.class, ListMethods::setup);

    public PyObject[] items;
    public int size;

    public PyList() {
        items = new PyObject[4];
    }

    public PyList(int capacity) {
        items = new PyObject[Math.max(capacity, 4)];
    }

    /** Wraps the array (the caller hands it over). */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    public static PyList of(PyObject... items) {
        return new PyList(items.clone());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void append(PyObject o) {
        if (size == items.length) items = Arrays.copyOf(items, size + (size >> 1) + 4);
        items[size++] = o;
    }

    public void ensureCapacity(int n) {
        if (n > items.length) items = Arrays.copyOf(items, Math.max(n, size + (size >> 1) + 4));
    }

    /** Appends every item of an iterable. */
    public void extend(PyObject iterable) {
        if (iterable instanceof PyList l) {
            int n = l.size;
            ensureCapacity(size + n);
            System.arraycopy(l.items, 0, items, size, n);
            size += n;
            return;
        }
        if (iterable instanceof PyTuple t) {
            ensureCapacity(size + t.items.length);
            System.arraycopy(t.items, 0, items, size, t.items.length);
            size += t.items.length;
            return;
        }
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) append(x);
    }

    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    int index(PyObject key, String what) {
        long k;
        if (key instanceof PyInt i) {
            k = i.asItemIndex();
        } else if (key.type().lookup("__index__") != null) {
            k = Protocol.index(key);
        } else {
            throw Errors.typeError("list indices must be integers or slices, not " + key.type().name);
        }
        if (k < 0) k += size;
        if (k < 0 || k >= size) throw Errors.indexError(what);
        return (int) k;
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
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i && !i.isBig()) {
            long k = i.v;
            if (k < 0) k += size;
            if (k < 0 || k >= size) throw Errors.indexError("list index out of range");
            return items[(int) k];
        }
        if (key instanceof PySlice s) {
            long[] idx = s.indices(size);
            return new PyList(Sequences.slice(items, idx));
        }
        return items[index(key, "list index out of range")];
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            ListMethods.setSlice(this, s, value);
            return;
        }
        items[index(key, "list assignment index out of range")] = value;
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PySlice s) {
            ListMethods.delSlice(this, s);
            return;
        }
        removeAt(index(key, "list assignment index out of range"));
    }

    public PyObject removeAt(int i) {
        PyObject o = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return o;
    }

    public void insert(int i, PyObject o) {
        if (size == items.length) items = Arrays.copyOf(items, size + (size >> 1) + 4);
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = o;
        size++;
    }

    @Override
    public boolean contains(PyObject o) {
        for (int i = 0; i < size; i++) {
            PyObject x = items[i];
            if (x == o || x.equalsPy(o)) return true;
        }
        return false;
    }

    @Override
    public PyObject iter() {
        return new ListIterator(this);
    }

    @Override
    public PyObject add(PyObject o) {
        if (o instanceof SubclassInstance) {
            PyObject r = Ops.reflectedFirst(this, o, Slot.ADD);
            if (r != null) return r;
        }
        if (o instanceof PyList l) {
            PyObject[] r = Arrays.copyOf(items, size + l.size);
            System.arraycopy(l.items, 0, r, size, l.size);
            return new PyList(r);
        }
        PyObject r = Ops.binaryOrNull(this, o, Slot.ADD);
        if (r != null) return r;
        throw Errors.typeError("can only concatenate list (not \"" + o.type().name + "\") to list");
    }

    @Override
    public PyObject iadd(PyObject o) {
        extend(o);
        return this;
    }

    @Override
    public PyObject mul(PyObject o) {
        if (o instanceof PyInt n) return new PyList(Sequences.repeat(items, size, n.asLongClamped()));
        return super.mul(o);
    }

    @Override
    public PyObject imul(PyObject o) {
        if (o instanceof PyInt n) {
            PyObject[] r = Sequences.repeat(items, size, n.asLongClamped());
            items = r.length == 0 ? new PyObject[4] : r;
            size = r.length;
            return this;
        }
        return super.imul(o);
    }

    @Override
    public long hash() {
        throw Errors.unhashable(this);
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (o instanceof PyList l) return Sequences.compare(items, size, l.items, l.size, op);
        return super.richCompare(o, op);
    }

    @Override
    public String repr() {
        if (size == 0) return "[]";
        if (!ReprGuard.enter(this)) return "[...]";
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(items[i].repr());
            }
            return sb.append(']').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }
}
