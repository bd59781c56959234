package dev.krait.runtime;

/** An instance of a user-defined class whose only built-in base is object: a type and a namespace. */
public class PyInstance extends PyObject {
    /** Not final: assigning {@code obj.__class__} swaps it for a class of the same layout. */
    PyType type;
    PyDict dict;
    /** Values of the __slots__ of the class and its bases (null when there are none). */
    PyObject[] slotValues;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type.instancesHaveDict ? new PyDict() : null;
        if (type.slotCount > 0) this.slotValues = new PyObject[type.slotCount];
    }

    /** A new plain instance of type (one whose {@code __del__} the runtime must run, if the class has one). */
    static PyInstance make(PyType type) {
        return type.hasDel ? new FinalizedInstance(type) : new PyInstance(type);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    @Override
    public boolean replaceInstanceDict(PyDict d) {
        if (dict == null) return false;
        dict = d;
        return true;
    }

    @Override
    public long hash() {
        PyObject f = type.lookup("__hash__");
        if (f == BuiltinSetup.OBJECT_HASH) return Protocol.identityHash(this);
        return Protocol.hashSlot(this);
    }

    @Override
    public String repr() {
        PyObject f = type.lookup("__repr__");
        if (f == BuiltinSetup.OBJECT_REPR) return Protocol.defaultRepr(this);
        return Protocol.reprSlot(this);
    }

    @Override
    public boolean equalsPy(PyObject o) {
        if (o == this) return true;
        return eq(o).isTrue();
    }
}
