package dev.krait.runtime;

import java.math.BigInteger;

/** {@code range}: start, stop and step held as longs (ranges beyond the long range are refused). */
public final class PyRange extends PyObject {
    public static final PyType TYPE = new PyType("range", PyType.OBJECT, PyRange.class, RangeMethods::setup);

    public final long start;
    public final long stop;
    public final long step;
    public final long length;

    public PyRange(long start, long stop, long step) {
        if (step == 0) throw Errors.valueError("range() arg 3 must not be zero");
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = length(start, stop, step);
    }

    private static long length(long start, long stop, long step) {
        if (step > 0 && start >= stop || step < 0 && start <= stop) return 0;
        long span = step > 0 ? stop - start : start - stop;
        // The span fits when the subtraction did not overflow (it is then positive).
        if (span > 0 && step != Long.MIN_VALUE) return (span - 1) / Math.abs(step) + 1;
        BigInteger n;
        if (step > 0) {
            n = start < stop ? BigInteger.valueOf(stop).subtract(BigInteger.valueOf(start)).subtract(BigInteger.ONE)
                    .divide(BigInteger.valueOf(step)).add(BigInteger.ONE) : BigInteger.ZERO;
        } else {
            n = stop < start ? BigInteger.valueOf(start).subtract(BigInteger.valueOf(stop)).subtract(BigInteger.ONE)
                    .divide(BigInteger.valueOf(-step)).add(BigInteger.ONE) : BigInteger.ZERO;
        }
        return n.bitLength() < 64 ? n.longValue() : Long.MAX_VALUE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public long itemAt(long i) {
        return start + i * step;
    }

    @Override
    public int len() {
        if (length > Integer.MAX_VALUE) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return (int) length;
    }

    @Override
    public boolean isTrue() {
        return length != 0;
    }

    @Override
    public PyObject iter() {
        return new RangeIterator(start, step, length);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            long[] idx = s.indices(length);
            long n = PySlice.length(idx[0], idx[1], idx[2]);
            long newStart = start + idx[0] * step;
            long newStep = step * idx[2];
            return new PyRange(newStart, newStart + n * newStep, newStep);
        }
        long i = key instanceof PyInt k ? k.asIndex() : Protocol.index(key);
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw Errors.indexError("range object index out of range");
        return PyInt.of(itemAt(i));
    }

    @Override
    public boolean contains(PyObject o) {
        if (o instanceof PyInt i && !(o instanceof PyBool) && o.getClass() == PyInt.class) {
            if (i.isBig()) return false;
            long x = i.v;
            if (step > 0 ? (x < start || x >= stop) : (x > start || x <= stop)) return false;
            return (x - start) % step == 0;
        }
        PyObject it = iter();
        for (PyObject x = it.next(); x != null; x = it.next()) if (x.equalsPy(o)) return true;
        return false;
    }

    @Override
    public String repr() {
        if (step == 1) return "range(" + start + ", " + stop + ")";
        return "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public long hash() {
        if (length == 0) return PyTuple.of(PyInt.of(0), PyNone.NONE, PyNone.NONE).hash();
        if (length == 1) return PyTuple.of(PyInt.of(1), PyInt.of(start), PyNone.NONE).hash();
        return PyTuple.of(PyInt.of(length), PyInt.of(start), PyInt.of(step)).hash();
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && o instanceof PyRange r) {
            boolean eq = length == r.length && (length == 0 || (start == r.start && (length == 1 || step == r.step)));
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        return super.richCompare(o, op);
    }
}
