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
        return SetMethods.intersection(asSet(), o);
    }

    @Override
    public PyObject or(PyObject o) {
        if (kind == DictIterator.VALUES) return super.or(o);
        return SetMethods.union(asSet(), o);
    }

    @Override
    public PyObject sub(PyObject o) {
        if (kind == DictIterator.VALUES) return super.sub(o);
        return SetMethods.difference(asSet(), o);
    }

    @Override
    public PyObject xor(PyObject o) {
        if (kind == DictIterator.VALUES) return super.xor(o);
        return SetMethods.symmetricDifference(asSet(), o);
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
            t.method(sl.name, (Fn.F2) (a, b) -> BuiltinSetup.apply(sl, a, b));
            t.method(sl.rname, (Fn.F2) (a, b) -> BuiltinSetup.apply(sl, SetMethods.toSet(b), ((DictView) a).asSet()));
        }
    }
}
