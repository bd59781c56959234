package dev.krait.runtime;


/** {@code slice(start, stop, step)}. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = new PyType("slice", PyType.OBJECT, PySlice.class, BuiltinSetup::slice);

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code slice.indices(length)} as (start, stop, step), with CPython's clamping. */
    public long[] indices(long length) {
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = clampIndex(step);
            if (st == 0) throw Errors.valueError("slice step cannot be zero");
            // A step beyond the length selects one item whatever its size: keep it in int range for int-indexed
            // sequences (slice.indices() and range slicing use the exact step).
            if (length <= Integer.MAX_VALUE && Math.abs(st) > Integer.MAX_VALUE) st = st < 0 ? -Integer.MAX_VALUE : Integer.MAX_VALUE;
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long a;
        if (start == PyNone.NONE) {
            a = st < 0 ? upper : lower;
        } else {
            a = clampIndex(start);
            if (a < 0) {
                a += length;
                if (a < lower) a = lower;
            } else if (a > upper) {
                a = upper;
            }
        }
        long b;
        if (stop == PyNone.NONE) {
            b = st < 0 ? lower : upper;
        } else {
            b = clampIndex(stop);
            if (b < 0) {
                b += length;
                if (b < lower) b = lower;
            } else if (b > upper) {
                b = upper;
            }
        }
        return new long[] {a, b, st};
    }

    private static long clampIndex(PyObject o) {
        if (!(o instanceof PyInt)) {
            if (o.type().lookup("__index__") == null) {
                throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
            }
            o = PyInt.of(Protocol.indexBig(o));
        }
        PyInt i = (PyInt) o;
        if (!i.isBig()) return Math.max(i.v, Long.MIN_VALUE + 1);
        return i.big.signum() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
    }

    /** Number of items selected by (start, stop, step) already clamped. */
    public static long length(long start, long stop, long step) {
        if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
        return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    }

    @Override
    public String repr() {
        return "slice(" + start.repr() + ", " + stop.repr() + ", " + step.repr() + ")";
    }

    @Override
    public long hash() {
        throw Errors.unhashable(this);
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (o instanceof PySlice s) {
            PyTuple a = PyTuple.of(start, stop, step);
            PyTuple b = PyTuple.of(s.start, s.stop, s.step);
            return a.richCompare(b, op);
        }
        return super.richCompare(o, op);
    }

}
