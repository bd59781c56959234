package dev.krait.runtime;

/** The methods of {@code tuple}. */
final class TupleMethods {
    private TupleMethods() {}

    static void setup(PyType t) {
        t.setConstructor((cls, a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError("tuple() takes no keyword arguments");
            if (a.length > 1) throw Errors.typeError("tuple expected at most 1 argument, got " + a.length);
            if (a.length == 0) return PyTuple.EMPTY;
            if (a[0] instanceof PyTuple tu && a[0].getClass() == PyTuple.class) return tu;
            return PyTuple.of(Protocol.toArray(a[0]).clone());
        });
        Subclasses.defineNew(t);
        BuiltinSetup.containerDunders(t);
        t.method("__hash__", (Fn.F1) s -> PyInt.of(s.hash()));
        t.method("__add__", (Fn.F2) (a, b) -> b instanceof PyTuple ? a.add(b) : Singletons.NOT_IMPLEMENTED);
        t.method("__mul__", (Fn.F2) (a, b) -> b instanceof PyInt ? a.mul(b) : Singletons.NOT_IMPLEMENTED);
        t.method("__rmul__", (Fn.F2) (a, b) -> b instanceof PyInt ? a.mul(b) : Singletons.NOT_IMPLEMENTED);
        BuiltinSetup.compareDunders(t, o -> o instanceof PyTuple);
        t.method("index", (Fn.FV) (a, k) -> {
            PyTuple self = (PyTuple) a[0];
            if (a.length < 2) throw Errors.typeError("index expected at least 1 argument, got 0");
            long[] range = ListMethods.startStop(a, 2, self.size());
            for (long i = range[0]; i < range[1]; i++) {
                if (self.items[(int) i] == a[1] || self.items[(int) i].equalsPy(a[1])) return PyInt.of(i);
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        t.method("count", (Fn.F2) (s, x) -> {
            int n = 0;
            for (PyObject y : ((PyTuple) s).items) if (y == x || y.equalsPy(x)) n++;
            return PyInt.of(n);
        });
        t.def("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__",
                (Fn.F2) (c, x) -> new GenericAlias(c, x))));
    }
}
