package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

/** {@code int | None}: the result of {@code |} on types (PEP 604). */
public final class UnionType extends PyObject {
    public static final PyType TYPE = new PyType("UnionType", PyType.OBJECT, UnionType.class, t -> {
        t.getter("__args__", s -> PyTuple.of(((UnionType) s).args));
        t.method("__or__", (Fn.F2) (s, o) -> of(s, o));
        t.method("__ror__", (Fn.F2) (s, o) -> of(o, s));
    });

    final PyObject[] args;

    private UnionType(PyObject[] args) {
        this.args = args;
    }

    static PyObject of(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) return Singletons.NOT_IMPLEMENTED;
        List<PyObject> all = new ArrayList<>();
        add(all, a);
        add(all, b);
        if (all.size() == 1) return all.get(0);
        return new UnionType(all.toArray(new PyObject[0]));
    }

    private static boolean unionable(PyObject o) {
        return o instanceof PyType || o == PyNone.NONE || o instanceof UnionType || o instanceof GenericAlias;
    }

    private static void add(List<PyObject> all, PyObject o) {
        if (o instanceof UnionType u) {
            for (PyObject x : u.args) add(all, x);
            return;
        }
        PyObject v = o == PyNone.NONE ? PyNone.TYPE : o;
        for (PyObject x : all) if (x == v) return;
        all.add(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject or(PyObject o) {
        PyObject r = of(this, o);
        return r == Singletons.NOT_IMPLEMENTED ? super.or(o) : r;
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder();
        for (PyObject a : args) {
            if (sb.length() > 0) sb.append(" | ");
            sb.append(a == PyNone.TYPE ? "None" : GenericAlias.typeRepr(a));
        }
        return sb.toString();
    }

    @Override
    public long hash() {
        long h = 0;
        for (PyObject a : args) h ^= a.hash();
        return h;
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && o instanceof UnionType u) {
            boolean eq = java.util.Set.of(args).equals(java.util.Set.of(u.args));
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        return super.richCompare(o, op);
    }
}
