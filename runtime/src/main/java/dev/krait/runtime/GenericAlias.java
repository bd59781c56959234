package dev.krait.runtime;

/** {@code list[int]}: a parameterised built-in type, as in annotations (PEP 585). */
public final class GenericAlias extends PyObject {
    public static final PyType TYPE = new PyType("types.GenericAlias", PyType.OBJECT, GenericAlias.class, t -> {
        // types.GenericAlias(cls, args): what a class's __class_getitem__ returns (PEP 585)
        t.setConstructor((cls, a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError("GenericAlias() takes no keyword arguments");
            if (a.length != 2) throw Errors.typeError("GenericAlias expected 2 arguments, got " + a.length);
            return new GenericAlias(a[0], a[1]);
        });
        t.getter("__origin__", s -> ((GenericAlias) s).origin);
        t.getter("__args__", s -> ((GenericAlias) s).args instanceof PyTuple tu ? tu : PyTuple.of(((GenericAlias) s).args));
        t.method("__or__", (Fn.F2) (s, o) -> UnionType.of(s, o));
        t.method("__ror__", (Fn.F2) (s, o) -> UnionType.of(o, s));
    });

    final PyObject origin;
    final PyObject args;

    public GenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] a, String[] kw) {
        return origin.call(a, kw);
    }

    @Override
    public PyObject lookupAttr(String name) {
        PyObject r = super.lookupAttr(name);
        if (r == null && !name.startsWith("__")) r = origin.lookupAttr(name);
        return r;
    }

    @Override
    public PyObject or(PyObject o) {
        return UnionType.of(this, o);
    }

    static String typeRepr(PyObject o) {
        if (o instanceof PyType t) {
            return "builtins".equals(t.module) ? t.qualname : t.module + "." + t.qualname;
        }
        if (o == Singletons.ELLIPSIS) return "...";
        return o.repr();
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(typeRepr(origin)).append('[');
        if (args instanceof PyTuple t) {
            if (t.size() == 0) sb.append("()");
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(typeRepr(t.get(i)));
            }
        } else {
            sb.append(typeRepr(args));
        }
        return sb.append(']').toString();
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && o instanceof GenericAlias g) {
            boolean eq = origin.equalsPy(g.origin) && args.equalsPy(g.args);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        return super.richCompare(o, op);
    }

    @Override
    public long hash() {
        return origin.hash() ^ args.hash();
    }
}
