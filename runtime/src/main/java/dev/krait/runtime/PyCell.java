package dev.krait.runtime;

/** A variable shared between a function and the functions nested in it; {@code value} is null while unbound. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = new PyType("cell", PyType.OBJECT, PyCell.class, t -> {
        t.getset("cell_contents", self -> {
            PyObject v = ((PyCell) self).value;
            if (v == null) throw Errors.valueError("Cell is empty");
            return v;
        }, (self, v) -> {
            ((PyCell) self).value = v;
            return PyNone.NONE;
        });
    });

    public PyObject value;

    public PyCell() {}

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return value == null ? "<cell at " + Protocol.addressOf(this) + ": empty>"
                : "<cell at " + Protocol.addressOf(this) + ": " + value.type().name + " object at "
                + Protocol.addressOf(value) + ">";
    }
}
