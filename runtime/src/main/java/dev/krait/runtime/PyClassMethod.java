package dev.krait.runtime;

/** {@code classmethod(f)}: binds to the class. */
public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = new PyType("classmethod", PyType.OBJECT, PyClassMethod.class, t -> {
        t.setConstructor((cls, a, k) -> {
            if (a.length != 1) throw Errors.typeError("classmethod expected 1 argument, got " + a.length);
            return new PyClassMethod(a[0]);
        });
        t.getter("__func__", s -> ((PyClassMethod) s).func);
        t.getter("__wrapped__", s -> ((PyClassMethod) s).func);
        t.getter("__isabstractmethod__", s -> {
            PyObject g = ((PyClassMethod) s).func.lookupAttr("__isabstractmethod__");
            return PyBool.of(g != null && g.isTrue());
        });
        t.method("__get__", (Fn.FV) (a, k) -> {
            PyObject obj = a.length > 1 ? a[1] : PyNone.NONE;
            PyObject type = a.length > 2 ? a[2] : PyNone.NONE;
            return a[0].descrGet(obj == PyNone.NONE ? null : obj, type);
        });
    });

    final PyObject func;

    public PyClassMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyObject type) {
        PyObject cls = type != null && type != PyNone.NONE ? type : obj.type();
        return new PyMethod(func, cls);
    }

    @Override
    public PyObject lookupAttr(String name) {
        PyObject r = super.lookupAttr(name);
        if (r == null && (name.equals("__name__") || name.equals("__qualname__") || name.equals("__doc__"))) {
            r = func.lookupAttr(name);
        }
        return r;
    }
}
