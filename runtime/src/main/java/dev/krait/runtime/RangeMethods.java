package dev.krait.runtime;

/** {@code range(...)} construction and methods. */
final class RangeMethods {
    private RangeMethods() {}

    private static long arg(PyObject o) {
        if (o instanceof PyInt i && !i.isBig()) return i.v;
        if (o instanceof PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        java.math.BigInteger b = Protocol.indexBig(o);
        if (b.bitLength() >= 64) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return b.longValue();
    }

    static void setup(PyType t) {
        t.acceptableBase = false;
        t.setConstructor((cls, a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError("range() takes no keyword arguments");
            switch (a.length) {
                case 1: return new PyRange(0, arg(a[0]), 1);
                case 2: return new PyRange(arg(a[0]), arg(a[1]), 1);
                case 3: return new PyRange(arg(a[0]), arg(a[1]), arg(a[2]));
                default:
                    throw Errors.typeError(a.length == 0 ? "range expected at least 1 argument, got 0"
                            : "range expected at most 3 arguments, got " + a.length);
            }
        });
        BuiltinSetup.containerDunders(t);
        t.method("__hash__", (Fn.F1) s -> PyInt.of(s.hash()));
        t.method("__reversed__", (Fn.F1) s -> {
            PyRange r = (PyRange) s;
            long last = r.start + (r.length - 1) * r.step;
            return new RangeIterator(last, -r.step, r.length);
        });
        t.getter("start", s -> PyInt.of(((PyRange) s).start));
        t.getter("stop", s -> PyInt.of(((PyRange) s).stop));
        t.getter("step", s -> PyInt.of(((PyRange) s).step));
        t.method("count", (Fn.F2) (s, x) -> {
            if (x.getClass() == PyInt.class) return PyInt.of(s.contains(x) ? 1 : 0);
            long n = 0;
            PyObject it = s.iter();
            for (PyObject y = it.next(); y != null; y = it.next()) if (y.equalsPy(x)) n++;
            return PyInt.of(n);
        });
        t.method("index", (Fn.F2) (s, x) -> {
            PyRange r = (PyRange) s;
            if (x.getClass() == PyInt.class && s.contains(x)) return PyInt.of((((PyInt) x).v - r.start) / r.step);
            long i = 0;
            if (x.getClass() != PyInt.class) {
                PyObject it = s.iter();
                for (PyObject y = it.next(); y != null; y = it.next(), i++) if (y.equalsPy(x)) return PyInt.of(i);
            }
            throw Errors.valueError(x.repr() + " is not in range");
        });
    }
}
