package dev.krait.runtime;

/** {@code range(...)} construction and methods. */
final class RangeMethods {
    private RangeMethods() {}

    private static java.math.BigInteger arg(PyObject o) {
        if (o instanceof PyInt i) return i.toBig();
        if (o instanceof PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        return Protocol.indexBig(o);
    }

    /** The long form when the span stop - start does not overflow (so the length is exact); null otherwise. */
    private static PyRange fast(long st, long sp, long step) {
        if (step == Long.MIN_VALUE || step == 0) return null;
        long span = step > 0 ? sp - st : st - sp;
        boolean overflow = step > 0 ? ((sp ^ st) & (sp ^ span)) < 0 : ((st ^ sp) & (st ^ span)) < 0;
        return overflow ? null : new PyRange(st, sp, step);
    }

    private static boolean small(PyObject o) {
        return o instanceof PyInt i && !i.isBig();
    }

    static void setup(PyType t) {
        t.acceptableBase = false;
        t.setConstructor((cls, a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError("range() takes no keyword arguments");
            switch (a.length) {
                case 1:
                    if (small(a[0])) return new PyRange(0, ((PyInt) a[0]).v, 1);
                    return PyRange.of(java.math.BigInteger.ZERO, arg(a[0]), java.math.BigInteger.ONE);
                case 2: {
                    PyRange r = small(a[0]) && small(a[1]) ? fast(((PyInt) a[0]).v, ((PyInt) a[1]).v, 1) : null;
                    return r != null ? r : PyRange.of(arg(a[0]), arg(a[1]), java.math.BigInteger.ONE);
                }
                case 3: {
                    PyRange r = small(a[0]) && small(a[1]) && small(a[2])
                            ? fast(((PyInt) a[0]).v, ((PyInt) a[1]).v, ((PyInt) a[2]).v) : null;
                    return r != null ? r : PyRange.of(arg(a[0]), arg(a[1]), arg(a[2]));
                }
                default:
                    throw Errors.typeError(a.length == 0 ? "range expected at least 1 argument, got 0"
                            : "range expected at most 3 arguments, got " + a.length);
            }
        });
        BuiltinSetup.containerDunders(t);
        t.method("__hash__", (Fn.F1) s -> PyInt.of(s.hash()));
        t.method("__reversed__", (Fn.F1) s -> ((PyRange) s).reversedIter());
        t.getter("start", s -> PyInt.of(((PyRange) s).bigStart()));
        t.getter("stop", s -> PyInt.of(((PyRange) s).bigStop()));
        t.getter("step", s -> PyInt.of(((PyRange) s).bigStep()));
        t.method("count", (Fn.F2) (s, x) -> {
            if (x.getClass() == PyInt.class || x.getClass() == PyBool.class) return PyInt.of(s.contains(x) ? 1 : 0);
            long n = 0;
            PyObject it = s.iter();
            for (PyObject y = it.next(); y != null; y = it.next()) if (y.equalsPy(x)) n++;
            return PyInt.of(n);
        });
        t.method("index", (Fn.F2) (s, x) -> {
            PyRange r = (PyRange) s;
            if (x.getClass() == PyInt.class && s.contains(x)) {
                if (r.big == null) return PyInt.of((((PyInt) x).v - r.start) / r.step);
                return PyInt.of(((PyInt) x).toBig().subtract(r.bigStart()).divide(r.bigStep()));
            }
            long i = 0;
            if (x.getClass() != PyInt.class) {
                PyObject it = s.iter();
                for (PyObject y = it.next(); y != null; y = it.next(), i++) if (y.equalsPy(x)) return PyInt.of(i);
            }
            throw Errors.valueError(x.repr() + " is not in range");
        });
    }
}
