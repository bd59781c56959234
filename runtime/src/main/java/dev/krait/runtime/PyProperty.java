package dev.krait.runtime;

/**
 * {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python accessors. Python subclasses get
 * {@link PropertySub} instances, filled by {@code property.__init__}.
 */
public class PyProperty extends PyObject {
    public static final PyType TYPE = new PyType("property", PyType.OBJECT, PyProperty.class, PyProperty::setup);

    PyObject fget = PyNone.NONE;
    PyObject fset = PyNone.NONE;
    PyObject fdel = PyNone.NONE;
    PyObject doc = PyNone.NONE;
    /** Whether doc was taken from the getter (a copy by getter() then takes the new getter's). */
    boolean getterDoc;
    String name;

    PyProperty() {}

    PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        init(fget, fset, fdel, doc);
    }

    /**
     * property.__init__. Without a doc the getter's {@code __doc__} is used; a subclass instance keeps it in its
     * {@code __dict__}, as CPython does, since the subclass's own {@code __doc__} would shadow the getset.
     */
    final void init(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
        this.name = null;
        this.getterDoc = false;
        if (doc == PyNone.NONE && fget != PyNone.NONE) {
            PyObject d = fget.lookupAttr("__doc__");
            if (d == null) return;
            if (this instanceof SubclassInstance) setAttr("__doc__", d);
            else this.doc = d;
            getterDoc = true;
        }
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

    /** getter()/setter()/deleter(): a new property of the same type, made by calling the type as CPython does. */
    private PyObject copyWith(PyObject g, PyObject s, PyObject d) {
        PyObject newDoc = getterDoc && g != PyNone.NONE ? PyNone.NONE : doc;
        if (!(this instanceof SubclassInstance)) {
            PyProperty p = new PyProperty(g, s, d, newDoc);
            p.name = name;
            return p;
        }
        PyObject r = type().call(new PyObject[] {g, s, d, newDoc}, null);
        if (r instanceof PyProperty p) p.name = name;
        return r;
    }

    private static PyObject[] parse(PyObject[] a, String[] k, int skip) {
        if (k != null) {
            for (String n : k) {
                if (!n.equals("fget") && !n.equals("fset") && !n.equals("fdel") && !n.equals("doc")) {
                    throw Errors.typeError("'" + n + "' is an invalid keyword argument for property()");
                }
            }
        }
        ArgParser p = new ArgParser("property", a, k, skip, "fget", "fset", "fdel", "doc");
        return new PyObject[] {p.get(0, PyNone.NONE), p.get(1, PyNone.NONE), p.get(2, PyNone.NONE), p.get(3, PyNone.NONE)};
    }

    private static PyProperty self(PyObject o) {
        return (PyProperty) o;
    }

    static void setup(PyType t) {
        t.setConstructor((cls, a, k) -> {
            PyObject[] v = parse(a, k, 0);
            return new PyProperty(v[0], v[1], v[2], v[3]);
        });
        Subclasses.defineNew(t);
        t.method("__init__", (Fn.FV) (a, k) -> {
            PyObject[] v = parse(a, k, 1);
            self(a[0]).init(v[0], v[1], v[2], v[3]);
            return PyNone.NONE;
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
