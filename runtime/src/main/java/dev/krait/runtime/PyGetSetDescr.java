package dev.krait.runtime;

/** An attribute of a built-in type computed in Java ({@code function.__name__}, {@code BaseException.args}). */
public final class PyGetSetDescr extends PyObject {
    public static final PyType TYPE = new PyType("getset_descriptor", PyType.OBJECT, PyGetSetDescr.class, t -> {
        t.getter("__name__", s -> PyStr.of(((PyGetSetDescr) s).name));
        t.getter("__objclass__", s -> ((PyGetSetDescr) s).owner);
        t.method("__get__", (Fn.FV) (a, k) -> {
            if (a.length < 2 || a.length > 3) throw Errors.typeError("expected 1 or 2 arguments, got " + (a.length - 1));
            PyObject obj = a[1] == PyNone.NONE ? null : a[1];
            PyObject owner = a.length == 3 ? a[2] : obj == null ? null : obj.type();
            return a[0].descrGet(obj, owner);
        });
        t.method("__set__", (Fn.F3) (s, obj, v) -> {
            s.descrSet(obj, v);
            return PyNone.NONE;
        });
        t.method("__delete__", (Fn.F2) (s, obj) -> {
            s.descrSet(obj, null);
            return PyNone.NONE;
        });
    });

    private final PyType owner;
    private final String name;
    private final Fn.F1 get;
    private final Fn.F2 set;
    /** Whether {@code del obj.attr} calls set with a null value (else it is a TypeError). */
    private final boolean deletable;

    PyGetSetDescr(PyType owner, String name, Fn.F1 get, Fn.F2 set) {
        this(owner, name, get, set, false);
    }

    PyGetSetDescr(PyType owner, String name, Fn.F1 get, Fn.F2 set, boolean deletable) {
        this.owner = owner;
        this.name = name;
        this.get = get;
        this.set = set;
        this.deletable = deletable;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyObject type) {
        if (obj == null) return this;
        return get.call(obj);
    }

    @Override
    public boolean isDataDescr() {
        return true;
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        if (set == null) {
            throw Errors.attributeError("attribute '" + name + "' of '" + owner.name + "' objects is not writable");
        }
        if (value == null && !deletable) throw Errors.typeError("cannot delete attribute '" + name + "'");
        set.call(obj, value);
    }

    @Override
    public String repr() {
        return "<attribute '" + name + "' of '" + owner.name + "' objects>";
    }
}
