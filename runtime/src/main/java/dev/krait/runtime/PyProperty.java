package dev.krait.runtime;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python accessors. */
public final class PyProperty extends PyObject {
    public static final PyType TYPE = new PyType("property", PyType.OBJECT, PyProperty.class, PyProperty::setup);

    PyObject fget;
    PyObject fset;
    PyObject fdel;
    PyObject doc;
    String name;

    PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        if (doc == PyNone.NONE && fget != PyNone.NONE) {
            PyObject d = fget.lookupAttr("__doc__");
            doc = d == null ? PyNone.NONE : d;
        }
        this.doc = doc;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyObject type) {
        if (obj == null) return this;
        if (fget == PyNone.NONE) {
            throw Errors.attributeError(name == null ? "unreadable attribute"
                    : "property '" + name + "' of '" + obj.type().name + "' object has no getter");
        }
        return fget.call1(obj);
    }

    @Override
    public boolean isDataDescr() {
        return true;
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        if (value == null) {
            if (fdel == PyNone.NONE) {
                throw Errors.attributeError(name == null ? "can't delete attribute"
                        : "property '" + name + "' of '" + obj.type().name + "' object has no deleter");
            }
            fdel.call1(obj);
            return;
        }
        if (fset == PyNone.NONE) {
            throw Errors.attributeError(name == null ? "can't set attribute"
                    : "property '" + name + "' of '" + obj.type().name + "' object has no setter");
        }
        fset.call2(obj, value);
    }

    private PyProperty copyWith(PyObject g, PyObject s, PyObject d) {
        PyObject newDoc = doc;
        PyProperty p = new PyProperty(g, s, d, g != fget ? PyNone.NONE : newDoc);
        p.name = name;
        return p;
    }

    private static PyProperty self(PyObject o) {
        return (PyProperty) o;
    }

    static void setup(PyType t) {
        t.setConstructor((cls, a, k) -> {
            ArgParser p = new ArgParser("property", a, k, 0, "fget", "fset", "fdel", "doc");
            return new PyProperty(p.get(0, PyNone.NONE), p.get(1, PyNone.NONE), p.get(2, PyNone.NONE), p.get(3, PyNone.NONE));
        });
        t.getter("fget", s -> self(s).fget);
        t.getter("fset", s -> self(s).fset);
        t.getter("fdel", s -> self(s).fdel);
        t.getset("__doc__", s -> self(s).doc, (s, v) -> {
            self(s).doc = v;
            return PyNone.NONE;
        });
        t.method("getter", (Fn.F2) (s, f) -> self(s).copyWith(f, self(s).fset, self(s).fdel));
        t.method("setter", (Fn.F2) (s, f) -> self(s).copyWith(self(s).fget, f, self(s).fdel));
        t.method("deleter", (Fn.F2) (s, f) -> self(s).copyWith(self(s).fget, self(s).fset, f));
        t.method("__set_name__", (Fn.F3) (s, owner, name) -> {
            self(s).name = name.str();
            return PyNone.NONE;
        });
        t.method("__get__", (Fn.FV) (a, k) -> {
            PyObject obj = a.length > 1 ? a[1] : PyNone.NONE;
            return self(a[0]).descrGet(obj == PyNone.NONE ? null : obj, a.length > 2 ? a[2] : PyNone.NONE);
        });
        t.method("__set__", (Fn.F3) (s, obj, v) -> {
            self(s).descrSet(obj, v);
            return PyNone.NONE;
        });
        t.method("__delete__", (Fn.F2) (s, obj) -> {
            self(s).descrSet(obj, null);
            return PyNone.NONE;
        });
        t.getter("__isabstractmethod__", s -> {
            PyObject g = self(s).fget.lookupAttr("__isabstractmethod__");
            return PyBool.of(g != null && g.isTrue());
        });
    }
}
