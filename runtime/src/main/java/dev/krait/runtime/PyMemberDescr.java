package dev.krait.runtime;

/** A {@code __slots__} entry: a data descriptor reading and writing one slot of the instance's slot array. */
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = new PyType("member_descriptor", PyType.OBJECT, PyMemberDescr.class, t -> {
        t.getter("__name__", s -> PyStr.of(((PyMemberDescr) s).name));
        t.getter("__objclass__", s -> ((PyMemberDescr) s).owner);
    });

    private final PyType owner;
    private final String name;
    private final int index;

    PyMemberDescr(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject[] slots(PyObject obj) {
        if (!(obj instanceof PyInstance inst) || !obj.type().isSubtypeOf(owner) || inst.slotValues == null) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.type().name + "' object");
        }
        return inst.slotValues;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyObject type) {
        if (obj == null) return this;
        PyObject v = slots(obj)[index];
        if (v == null) throw Errors.noAttribute(obj, name);
        return v;
    }

    @Override
    public boolean isDataDescr() {
        return true;
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        PyObject[] s = slots(obj);
        if (value == null && s[index] == null) throw Errors.noAttribute(obj, name);
        s[index] = value;
    }

    @Override
    public String repr() {
        return "<member '" + name + "' of '" + owner.name + "' objects>";
    }
}
