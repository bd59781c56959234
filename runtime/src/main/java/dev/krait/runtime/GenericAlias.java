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
        t.getter("__parameters__", s -> PyTuple.of(((GenericAlias) s).parameters().toArray(new PyObject[0])));
        t.method("__getitem__", (Fn.F2) (s, key) -> ((GenericAlias) s).subscript(key));
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

    private PyObject[] argArray() {
        return args instanceof PyTuple tu ? tu.items : new PyObject[] {args};
    }

    /** typing.TypeVar and its subclasses (ParamSpec, TypeVarTuple) are written in Python: known by name. */
    private static boolean isTypeVar(PyObject o) {
        for (PyType t : o.type().mro()) {
            if (t.name.equals("TypeVar") && "typing".equals(t.module())) return true;
        }
        return false;
    }

    private static PyObject[] nestedParameters(PyObject a) {
        if (a instanceof GenericAlias g) return g.parameters().toArray(new PyObject[0]);
        if (a instanceof PyType) return new PyObject[0];
        PyObject p = a.lookupAttr("__parameters__");
        return p instanceof PyTuple tu ? tu.items : new PyObject[0];
    }

    /** The type variables in the arguments, first-seen order, nested aliases included (dict[str, T] has T). */
    java.util.List<PyObject> parameters() {
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (PyObject a : argArray()) {
            PyObject[] found = isTypeVar(a) ? new PyObject[] {a} : nestedParameters(a);
            for (PyObject p : found) if (!out.contains(p)) out.add(p);
        }
        return out;
    }

    /** {@code dict[str, T][int]}: the type variables replaced, in order, by the given arguments. */
    PyObject subscript(PyObject key) {
        java.util.List<PyObject> params = parameters();
        if (params.isEmpty()) throw Errors.typeError(repr() + " is not a generic class");
        PyObject[] given = key instanceof PyTuple tu ? tu.items : new PyObject[] {key};
        if (given.length != params.size()) {
            throw Errors.typeError("Too " + (given.length > params.size() ? "many" : "few") + " arguments for " + repr()
                    + "; actual " + given.length + ", expected " + params.size());
        }
        PyObject[] old = argArray();
        PyObject[] now = new PyObject[old.length];
        for (int i = 0; i < old.length; i++) now[i] = substitute(old[i], params, given);
        return new GenericAlias(origin, args instanceof PyTuple ? PyTuple.of(now) : now[0]);
    }

    private static PyObject substitute(PyObject a, java.util.List<PyObject> params, PyObject[] given) {
        if (isTypeVar(a)) {
            int i = params.indexOf(a);
            return i < 0 ? a : given[i];
        }
        PyObject[] inner = nestedParameters(a);
        if (inner.length == 0) return a;
        PyObject[] sub = new PyObject[inner.length];
        for (int i = 0; i < inner.length; i++) sub[i] = substitute(inner[i], params, given);
        return a.getItem(sub.length == 1 ? sub[0] : PyTuple.of(sub));
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
