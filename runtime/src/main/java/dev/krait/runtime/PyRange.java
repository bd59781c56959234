package dev.krait.runtime;

import java.math.BigInteger;

/**
 * {@code range}: start, stop, step and length held as longs; a range whose bounds or length do not fit in a
 * long keeps them as BigIntegers in {@link #big} instead (and its long fields are unused).
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = new PyType("range", PyType.OBJECT, PyRange.class, RangeMethods::setup);

    public final long start;
    public final long stop;
    public final long step;
    public final long length;
    /** {start, stop, step, length} of a range beyond longs; null for the long representation. */
    final BigInteger[] big;

    public PyRange(long start, long stop, long step) {
        if (step == 0) throw Errors.valueError("range() arg 3 must not be zero");
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = length(start, stop, step);
        this.big = null;
    }

    private PyRange(BigInteger start, BigInteger stop, BigInteger step, BigInteger length) {
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.length = -1;
        this.big = new BigInteger[] {start, stop, step, length};
    }

    private static boolean fitsLong(BigInteger b) {
        return b.bitLength() < 64;
    }

    /** A range of any ints: the long representation when everything fits. */
    static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() == 0) throw Errors.valueError("range() arg 3 must not be zero");
        BigInteger n = bigLength(start, stop, step);
        if (fitsLong(start) && fitsLong(stop) && fitsLong(step) && n.bitLength() < 63) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PyRange(start, stop, step, n);
    }

    private static BigInteger bigLength(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        if (span.signum() <= 0) return BigInteger.ZERO;
        return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    BigInteger bigStart() {
        return big != null ? big[0] : BigInteger.valueOf(start);
    }

    BigInteger bigStop() {
        return big != null ? big[1] : BigInteger.valueOf(stop);
    }

    BigInteger bigStep() {
        return big != null ? big[2] : BigInteger.valueOf(step);
    }

    BigInteger bigLen() {
        return big != null ? big[3] : BigInteger.valueOf(length);
    }

    /** len(range) as a Python int (CPython raises OverflowError past sys.maxsize). */
    PyInt lenObject() {
        if (big != null) {
            if (big[3].bitLength() >= 64) throw Errors.overflowError("Python int too large to convert to C ssize_t");
            return PyInt.of(big[3].longValue());
        }
        return PyInt.of(length);
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
        if (big != null || length > Integer.MAX_VALUE) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return (int) length;
    }

    @Override
    public boolean isTrue() {
        return big != null ? big[3].signum() != 0 : length != 0;
    }

    @Override
    public PyObject iter() {
        if (big != null) return new BigIter(big[0], big[2], big[3]);
        return new RangeIterator(start, step, length);
    }

    /** Iterator for a range beyond longs. */
    static final class BigIter extends PyObject {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        BigIter(BigInteger start, BigInteger step, BigInteger length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PyType type() {
            return RangeIterator.TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (remaining.signum() <= 0) return null;
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = v.add(step);
            return PyInt.of(v);
        }
    }

    /** The reversed iterator. */
    PyObject reversedIter() {
        if (big != null || length == Long.MAX_VALUE) {
            BigInteger last = bigStart().add(bigLen().subtract(BigInteger.ONE).multiply(bigStep()));
            return new BigIter(last, bigStep().negate(), bigLen());
        }
        long last = start + (length - 1) * step;
        return new RangeIterator(last, -step, length);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            boolean hugeStep = s.step instanceof PyInt si && (si.isBig() || Math.abs(si.v) > Integer.MAX_VALUE);
            if (big == null && !hugeStep) {
                long[] idx = s.indices(length);
                // Within a long range the new bounds fit unless the stop runs past it: then go through BigInteger.
                try {
                    long newStart = Math.addExact(start, Math.multiplyExact(idx[0], step));
                    long newStop = Math.addExact(start, Math.multiplyExact(idx[1], step));
                    long newStep = Math.multiplyExact(step, idx[2]);
                    return new PyRange(newStart, newStop, newStep);
                } catch (ArithmeticException e) {
                    // fall through to the exact computation
                }
            }
            BigInteger[] idx = bigIndices(s, bigLen());
            return of(bigStart().add(idx[0].multiply(bigStep())), bigStart().add(idx[1].multiply(bigStep())),
                    bigStep().multiply(idx[2]));
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError("range indices must be integers or slices, not " + key.type().name);
        }
        if (big == null && key instanceof PyInt k && !k.isBig()) {
            long i = k.v;
            if (i < 0) i += length;
            if (i < 0 || i >= length) throw Errors.indexError("range object index out of range");
            return PyInt.of(itemAt(i));
        }
        BigInteger i = Protocol.indexBig(key);
        BigInteger n = bigLen();
        if (i.signum() < 0) i = i.add(n);
        if (i.signum() < 0 || i.compareTo(n) >= 0) throw Errors.indexError("range object index out of range");
        return PyInt.of(bigStart().add(i.multiply(bigStep())));
    }

    /** slice.indices(length) over BigIntegers. */
    private static BigInteger[] bigIndices(PySlice s, BigInteger length) {
        BigInteger step = s.step == PyNone.NONE ? BigInteger.ONE : Protocol.indexBig(s.step);
        if (step.signum() == 0) throw Errors.valueError("slice step cannot be zero");
        boolean neg = step.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? length.subtract(BigInteger.ONE) : length;
        BigInteger start = s.start == PyNone.NONE ? (neg ? upper : lower) : clamp(Protocol.indexBig(s.start), length, lower, upper);
        BigInteger stop = s.stop == PyNone.NONE ? (neg ? lower : upper) : clamp(Protocol.indexBig(s.stop), length, lower, upper);
        return new BigInteger[] {start, stop, step};
    }

    private static BigInteger clamp(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(length);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    @Override
    public boolean contains(PyObject o) {
        if (big != null && o instanceof PyInt i && o.getClass() == PyInt.class) {
            BigInteger x = i.toBig();
            BigInteger st = big[0];
            BigInteger sp = big[2];
            boolean in = sp.signum() > 0 ? x.compareTo(st) >= 0 && x.compareTo(big[1]) < 0
                    : x.compareTo(st) <= 0 && x.compareTo(big[1]) > 0;
            return in && x.subtract(st).mod(sp.abs()).signum() == 0;
        }
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
        if (big != null) {
            if (big[2].equals(BigInteger.ONE)) return "range(" + big[0] + ", " + big[1] + ")";
            return "range(" + big[0] + ", " + big[1] + ", " + big[2] + ")";
        }
        if (step == 1) return "range(" + start + ", " + stop + ")";
        return "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public long hash() {
        if (big != null) {
            if (big[3].signum() == 0) return PyTuple.of(PyInt.of(0), PyNone.NONE, PyNone.NONE).hash();
            if (big[3].equals(BigInteger.ONE)) return PyTuple.of(PyInt.of(1), PyInt.of(big[0]), PyNone.NONE).hash();
            return PyTuple.of(PyInt.of(big[3]), PyInt.of(big[0]), PyInt.of(big[2])).hash();
        }
        if (length == 0) return PyTuple.of(PyInt.of(0), PyNone.NONE, PyNone.NONE).hash();
        if (length == 1) return PyTuple.of(PyInt.of(1), PyInt.of(start), PyNone.NONE).hash();
        return PyTuple.of(PyInt.of(length), PyInt.of(start), PyInt.of(step)).hash();
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && o instanceof PyRange r && (big != null || r.big != null)) {
            BigInteger n = bigLen();
            boolean eq = n.equals(r.bigLen()) && (n.signum() == 0 || (bigStart().equals(r.bigStart())
                    && (n.equals(BigInteger.ONE) || bigStep().equals(r.bigStep()))));
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        if ((op == CompareOp.EQ || op == CompareOp.NE) && o instanceof PyRange r) {
            boolean eq = length == r.length && (length == 0 || (start == r.start && (length == 1 || step == r.step)));
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        return super.richCompare(o, op);
    }
}
