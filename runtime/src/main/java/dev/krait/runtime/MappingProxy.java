package dev.krait.runtime;

/** A read-only view of a class namespace ({@code C.__dict__}). */
public final class MappingProxy extends PyObject {
    public static final PyType TYPE = new PyType("mappingproxy", PyType.OBJECT, MappingProxy.class, t -> {
        t.method("keys", (Fn.F1) s -> ((MappingProxy) s).dict.getAttr("keys").call0());
        t.method("values", (Fn.F1) s -> ((MappingProxy) s).dict.getAttr("values").call0());
        t.method("items", (Fn.F1) s -> ((MappingProxy) s).dict.getAttr("items").call0());
        t.method("get", (Fn.FV) (a, k) -> ((MappingProxy) a[0]).dict.getAttr("get").call(java.util.Arrays.copyOfRange(a, 1, a.length), k));
        t.method("copy", (Fn.F1) s -> ((MappingProxy) s).dict.copy());
        BuiltinSetup.containerDunders(t);
        t.setConstructor((cls, a, k) -> {
            ArgParser p = new ArgParser("mappingproxy", a, k, 0, "mapping");
            PyObject m = p.required(0, "mapping");
            if (m instanceof PyDict d) return new MappingProxy(d);
            if (m instanceof MappingProxy mp) return new MappingProxy(mp.dict);
            throw Errors.typeError("mappingproxy() argument must be a mapping, not " + m.type().name());
        });
    });

    final PyDict dict;

    MappingProxy(PyDict dict) {
        this.dict = dict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject getItem(PyObject key) {
        return dict.getItem(key);
    }

    @Override
    public int len() {
        return dict.len();
    }

    @Override
    public boolean contains(PyObject o) {
        return dict.contains(o);
    }

    @Override
    public PyObject iter() {
        return dict.iter();
    }

    @Override
    public String repr() {
        return "mappingproxy(" + dict.repr() + ")";
    }

    /** str() of a mappingproxy is the str() of its mapping. */
    @Override
    public String str() {
        return dict.str();
    }
}
