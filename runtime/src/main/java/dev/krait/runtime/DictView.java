package dev.krait.runtime;

/** {@code dict.keys()}, {@code .values()}, {@code .items()}: live views; keys and items are set-like. */
final class DictView extends PyObject {
    static final PyType KEYS_TYPE = new PyType("dict_keys", PyType.OBJECT, DictView.class, DictView::setupSetLike);
    static final PyType VALUES_TYPE = new PyType("dict_values", PyType.OBJECT, DictView.class, DictView::setup);
    static final PyType ITEMS_TYPE = new PyType("dict_items", PyType.OBJECT, DictView.class, DictView::setupSetLike);

    final PyDict d;
    final int kind;

    DictView(PyDict d, int kind) {
        this.d = d;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return kind == DictIterator.KEYS ? KEYS_TYPE : kind == DictIterator.VALUES ? VALUES_TYPE : ITEMS_TYPE;
    }

    @Override
    public int len() {
        return d.used;
    }

    @Override
    public boolean isTrue() {
        return d.used != 0;
    }

    @Override
    public PyObject iter() {
        return new DictIterator(d, kind);
    }

    @Override
    public boolean contains(PyObject o) {
        if (kind == DictIterator.KEYS) return d.contains(o);
        if (kind == DictIterator.ITEMS) {
            if (!(o instanceof PyTuple t) || t.size() != 2) return false;
            PyObject v = d.get(t.get(0));
            return v != null && (v == t.get(1) || v.equalsPy(t.get(1)));
        }
        return super.contains(o);
    }

    private PySet asSet() {
        PySet s = new PySet();
        s.update(this);
        return s;
    }

    @Override
    public PyObject and(PyObject o) {
        if (kind == DictIterator.VALUES) return super.and(o);
        return setOp(Slot.AND, this, o);
    }

    @Override
    public PyObject or(PyObject o) {
        if (kind == DictIterator.VALUES) return super.or(o);
        return setOp(Slot.OR, this, o);
    }

    @Override
    public PyObject sub(PyObject o) {
        if (kind == DictIterator.VALUES) return super.sub(o);
        return setOp(Slot.SUB, this, o);
    }

    @Override
    public PyObject xor(PyObject o) {
        if (kind == DictIterator.VALUES) return super.xor(o);
        return setOp(Slot.XOR, this, o);
    }

    /**
     * CPython's dictviews_and/or/sub/xor, also when the view is the right operand (left is then any iterable):
     * a new set built from the left operand, updated in place, so that the result's table (and so its
     * iteration order) is CPython's.
     */
    static PyObject setOp(Slot op, PyObject left, PyObject right) {
        if (op == Slot.AND) return intersect(left, right);
        PySet r = setOf(left);
        switch (op) {
            case OR: r.update(right); break;
            case SUB: SetMethods.differenceUpdate(r, right); break;
            default: SetMethods.symmetricDifferenceUpdate(r, right);
        }
        return r;
    }

    /** set(x), taking the dict fast path for the keys view of a plain dict as CPython does. */
    private static PySet setOf(PyObject x) {
        PySet r = new PySet();
        if (x instanceof DictView v && v.kind == DictIterator.KEYS && v.d.getClass() == PyDict.class) r.update(v.d);
        else r.update(x);
        return r;
    }

    /** _PyDictView_Intersect: a set's own intersection when it is the larger, else iterate the smaller side. */
    private static PyObject intersect(PyObject self, PyObject other) {
        if (!(self instanceof DictView)) {
            PyObject t = self;
            self = other;
            other = t;
        }
        int lenSelf = self.len();
        if (other.getClass() == PySet.class && !((PySet) other).frozen && lenSelf <= other.len()) {
            return SetMethods.intersection((PySet) other, self);
        }
        if (other instanceof DictView ov && ov.kind != DictIterator.VALUES && other.len() > lenSelf) {
            PyObject t = self;
            self = other;
            other = t;
        }
        PySet result = new PySet();
        PyObject it = other.iter();
        for (PyObject k = it.next(); k != null; k = it.next()) if (self.contains(k)) result.addKey(k);
        return result;
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (kind != DictIterator.VALUES && (o instanceof DictView || o instanceof PySet)) {
            PySet other = o instanceof PySet s ? s : ((DictView) o).asSet();
            return asSet().richCompare(other, op);
        }
        return super.richCompare(o, op);
    }

    @Override
    public long hash() {
        throw Errors.unhashable(this);
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(type().name).append("([");
        PyObject it = iter();
        boolean first = true;
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (!first) sb.append(", ");
            first = false;
            sb.append(x.repr());
        }
        return sb.append("])").toString();
    }

    static void setup(PyType t) {
        t.method("__len__", (Fn.F1) s -> PyInt.of(s.len()));
        t.method("__iter__", (Fn.F1) PyObject::iter);
        t.method("__reversed__", (Fn.F1) s -> new DictReverseIterator(((DictView) s).d, ((DictView) s).kind));
        t.getter("mapping", s -> new MappingProxy(((DictView) s).d));
    }

    static void setupSetLike(PyType t) {
        setup(t);
        t.method("__contains__", (Fn.F2) (s, o) -> PyBool.of(s.contains(o)));
        t.method("isdisjoint", (Fn.F2) (s, o) -> {
            PyObject it = o.iter();
            for (PyObject x = it.next(); x != null; x = it.next()) if (s.contains(x)) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        for (Slot sl : new Slot[] {Slot.AND, Slot.OR, Slot.SUB, Slot.XOR}) {
            t.method(sl.name, (Fn.F2) (a, b) -> setOp(sl, a, b));
            t.method(sl.rname, (Fn.F2) (a, b) -> setOp(sl, b, a));
        }
    }
}
