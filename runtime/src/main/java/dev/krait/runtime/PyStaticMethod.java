package dev.krait.runtime;

/** {@code staticmethod(f)}: no binding. */
public final class PyStaticMethod extends PyObject {
    public static final PyType TYPE = new PyType("staticmethod", PyType.OBJECT, PyStaticMethod.class, t -> {
        t.setConstructor((cls, a, k) -> {
            if (a.length != 1) throw Errors.typeError("staticmethod expected 1 argument, got " + a.length);
            return new PyStaticMethod(a[0]);
        });
        t.getter("__func__", s -> ((PyStaticMethod) s).func);
        t.getter("__wrapped__", s -> ((PyStaticMethod) s).func);
        t.getter("__isabstractmethod__", s -> {
            PyObject g = ((PyStaticMethod) s).func.lookupAttr("__isabstractmethod__");
            return PyBool.of(g != null && g.isTrue());
        });
        t.method("__get__", (Fn.FV) (a, k) -> ((PyStaticMethod) a[0]).func);
    });

    final PyObject func;

    public PyStaticMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyObject type) {
        return func;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return func.call(args, kwnames);
    }

    @Override
    public boolean isCallable() {
        return true;
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
