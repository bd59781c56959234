package dev.krait.runtime;

/** A module object: a name and a namespace dict (the module's globals). */
public final class PyModule extends PyObject {
    public static final PyType TYPE = new PyType("module", PyType.OBJECT, PyModule.class, t -> {
        t.setConstructor((cls, a, k) -> {
            if (a.length < 1) throw Errors.typeError("module() missing required argument 'name' (pos 1)");
            PyModule m = new PyModule(a[0].str());
            if (a.length > 1) m.dict.setStr("__doc__", a[1]);
            return m;
        });
        t.getter("__dict__", s -> ((PyModule) s).dict);
    });

    public final PyDict dict;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        if (dict.getStr("__name__") == null) dict.setStr("__name__", PyStr.of(name));
        if (dict.getStr("__doc__") == null) dict.setStr("__doc__", PyNone.NONE);
        if (dict.getStr("__package__") == null) dict.setStr("__package__", PyNone.NONE);
        if (dict.getStr("__loader__") == null) dict.setStr("__loader__", PyNone.NONE);
        if (dict.getStr("__spec__") == null) dict.setStr("__spec__", PyNone.NONE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        PyObject n = dict.getStr("__name__");
        return n == null ? "?" : n.str();
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    @Override
    public PyObject lookupAttr(String name) {
        PyObject v = dict.getStr(name);
        if (v != null) return v;
        if (name.equals("__dict__")) return dict;
        if (name.equals("__class__")) return TYPE;
        PyObject ga = dict.getStr("__getattr__");
        if (ga != null) {
            try {
                return ga.call1(PyStr.of(name));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) return null;
                throw e;
            }
        }
        return super.lookupAttr(name);
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = lookupAttr(name);
        if (v == null) throw Errors.noAttribute(this, name);
        return v;
    }

    @Override
    public void setAttr(String name, PyObject value) {
        dict.setStr(name, value);
    }

    @Override
    public void delAttr(String name) {
        if (dict.removeStr(name) == null) throw Errors.noAttribute(this, name);
    }

    public PyObject get(String name) {
        return dict.getStr(name);
    }

    public void set(String name, PyObject v) {
        dict.setStr(name, v);
    }

    @Override
    public String repr() {
        PyObject f = dict.getStr("__file__");
        if (f != null && f != PyNone.NONE) return "<module '" + name() + "' from '" + f.str() + "'>";
        return "<module '" + name() + "' (built-in)>";
    }
}
