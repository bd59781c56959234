package dev.krait.runtime;

/**
 * A variable shared between a function and the functions nested in it ({@code types.CellType}); {@code value}
 * is null while unbound. A function's cells are fields of its compiled class, listed by {@code __closure__}.
 */
public final class PyCell extends PyObject {
    public static final PyType TYPE = new PyType("cell", PyType.OBJECT, PyCell.class, PyCell::setup);

    public PyObject value;

    public PyCell() {}

    public PyCell(PyObject value) {
        this.value = value;
    }

    private static void setup(PyType t) {
        t.setConstructor((cls, a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError("cell() takes no keyword arguments");
            if (a.length > 1) throw Errors.typeError("cell expected at most 1 argument, got " + a.length);
            return a.length == 0 ? new PyCell() : new PyCell(a[0]);
        });
        t.getsetdel("cell_contents", self -> {
            PyObject v = ((PyCell) self).value;
            if (v == null) throw Errors.valueError("Cell is empty");
            return v;
        }, (self, v) -> {
            ((PyCell) self).value = v;
            return PyNone.NONE;
        });
        t.def("__hash__", PyNone.NONE);
        BuiltinSetup.compareDunders(t, o -> o instanceof PyCell);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public long hash() {
        throw Errors.unhashable(this);
    }

    /** Cells compare by contents; an empty cell comes before any other. */
    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (!(o instanceof PyCell c)) return super.richCompare(o, op);
        PyObject a = value;
        PyObject b = c.value;
        if (a != null && b != null) return a.richCompare(b, op);
        return PyBool.of(op.test(Boolean.compare(a != null, b != null)));
    }

    @Override
    public String repr() {
        return value == null ? "<cell at " + Protocol.addressOf(this) + ": empty>"
                : "<cell at " + Protocol.addressOf(this) + ": " + value.type().name + " object at "
                + Protocol.addressOf(value) + ">";
    }
}
