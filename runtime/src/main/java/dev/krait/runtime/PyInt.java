package dev.krait.runtime;

import java.math.BigInteger;

/**
 * {@code int}: a 64-bit fast path with overflow checks, and a {@link BigInteger} beyond it. A value is held in
 * {@code big} only when it does not fit a long, so the two representations never overlap.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = new PyType("int", PyType.OBJECT, PyInt.class, IntMethods::setup);

    private static final int CACHE_LOW = -128;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** CPython's modulus for numeric hashes: 2**61 - 1. */
    static final long HASH_MODULUS = (1L << 61) - 1;
    /** CPython 3.11's default limit on int/str conversions of huge values. */
    public static int maxStrDigits = 4300;

    static {
        for (int i = 0; i < CACHE.length; i++) CACHE[i] = new PyInt(i + CACHE_LOW);
    }

    public static final PyInt ZERO = of(0);
    public static final PyInt ONE = of(1);
    public static final PyInt MINUS_ONE = of(-1);

    public final long v;
    /** Non-null only for values outside the long range. */
    public final BigInteger big;

    protected PyInt(long v) {
        this.v = v;
        this.big = null;
    }

    private PyInt(BigInteger big) {
        this.v = 0;
        this.big = big;
    }

    /** For subclass instances: a copy of an int's representation. */
    protected PyInt(long v, BigInteger big) {
        this.v = v;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) return CACHE[(int) v - CACHE_LOW];
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) return of(b.longValue());
        return new PyInt(b);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final boolean isBig() {
        return big != null;
    }

    public final BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(v);
    }

    /** The value as a Java index (Py_ssize_t); OverflowError when it does not fit. */
    /** The value as a subscript: IndexError (as CPython) when it does not fit. */
    public final long asItemIndex() {
        if (big != null) throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        return v;
    }

    public final long asIndex() {
        if (big != null) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        return v;
    }

    /** The value as an int-sized index, or OverflowError. */
    public final int asInt() {
        if (big != null || v != (int) v) throw Errors.overflowError("Python int too large to convert to C int");
        return (int) v;
    }

    /** The value clamped to the long range (for repetition counts and similar). */
    public final long asLongClamped() {
        if (big == null) return v;
        return big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    public final double toDouble() {
        if (big == null) return (double) v;
        double d = big.doubleValue();
        if (Double.isInfinite(d)) throw Errors.overflowError("int too large to convert to float");
        return d;
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(v);
    }

    // ------------------------------------------------------------------ arithmetic

    @Override
    public PyObject add(PyObject o) {
        if (o instanceof PyInt b) {
            if (b instanceof IntSub) {
                PyObject r = Ops.reflectedFirst(this, b, Slot.ADD);
                if (r != null) return r;
            }
            if (big == null && b.big == null) {
                long r = v + b.v;
                if (((v ^ r) & (b.v ^ r)) < 0) return of(BigInteger.valueOf(v).add(BigInteger.valueOf(b.v)));
                return of(r);
            }
            return of(toBig().add(b.toBig()));
        }
        if (o instanceof PyFloat f) {
            if (f instanceof FloatSub) {
                PyObject r = Ops.reflectedFirst(this, f, Slot.ADD);
                if (r != null) return r;
            }
            return new PyFloat(toDouble() + f.v);
        }
        return Ops.binary(this, o, Slot.ADD);
    }

    @Override
    public PyObject sub(PyObject o) {
        if (o instanceof PyInt b) {
            if (b instanceof IntSub) {
                PyObject r = Ops.reflectedFirst(this, b, Slot.SUB);
                if (r != null) return r;
            }
            if (big == null && b.big == null) {
                long r = v - b.v;
                if (((v ^ b.v) & (v ^ r)) < 0) return of(BigInteger.valueOf(v).subtract(BigInteger.valueOf(b.v)));
                return of(r);
            }
            return of(toBig().subtract(b.toBig()));
        }
        if (o instanceof PyFloat f) {
            if (f instanceof FloatSub) {
                PyObject r = Ops.reflectedFirst(this, f, Slot.SUB);
                if (r != null) return r;
            }
            return new PyFloat(toDouble() - f.v);
        }
        return Ops.binary(this, o, Slot.SUB);
    }

    @Override
    public PyObject mul(PyObject o) {
        if (o instanceof PyInt b) {
            if (b instanceof IntSub) {
                PyObject r = Ops.reflectedFirst(this, b, Slot.MUL);
                if (r != null) return r;
            }
            if (big == null && b.big == null) {
                long hi = Math.multiplyHigh(v, b.v);
                long lo = v * b.v;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return of(lo);
                return of(BigInteger.valueOf(v).multiply(BigInteger.valueOf(b.v)));
            }
            return of(toBig().multiply(b.toBig()));
        }
        if (o instanceof PyFloat f) {
            if (f instanceof FloatSub) {
                PyObject r = Ops.reflectedFirst(this, f, Slot.MUL);
                if (r != null) return r;
            }
            return new PyFloat(toDouble() * f.v);
        }
        return Ops.binary(this, o, Slot.MUL);
    }

    @Override
    public PyObject truediv(PyObject o) {
        if (o instanceof PyInt b) {
            if (b instanceof IntSub) {
                PyObject r = Ops.reflectedFirst(this, b, Slot.TRUEDIV);
                if (r != null) return r;
            }
            return new PyFloat(IntMath.trueDivide(this, b));
        }
        if (o instanceof PyFloat f) {
            if (f instanceof FloatSub) {
                PyObject r = Ops.reflectedFirst(this, f, Slot.TRUEDIV);
                if (r != null) return r;
            }
            if (f.v == 0.0) throw Errors.zeroDivision("float division by zero");
            return new PyFloat(toDouble() / f.v);
        }
        return Ops.binary(this, o, Slot.TRUEDIV);
    }

    @Override
    public PyObject floordiv(PyObject o) {
        if (o instanceof PyInt b) {
            if (b instanceof IntSub) {
                PyObject r = Ops.reflectedFirst(this, b, Slot.FLOORDIV);
                if (r != null) return r;
            }
            if (big == null && b.big == null) {
                if (b.v == 0) throw Errors.zeroDivision("integer division or modulo by zero");
                if (v == Long.MIN_VALUE && b.v == -1) return of(BigInteger.valueOf(v).negate());
                return of(Math.floorDiv(v, b.v));
            }
            return of(IntMath.floorDiv(toBig(), b.toBig()));
        }
        if (o instanceof PyFloat f) {
            if (f instanceof FloatSub) {
                PyObject r = Ops.reflectedFirst(this, f, Slot.FLOORDIV);
                if (r != null) return r;
            }
            return PyFloat.floorDivide(toDouble(), f.v);
        }
        return Ops.binary(this, o, Slot.FLOORDIV);
    }

    @Override
    public PyObject mod(PyObject o) {
        if (o instanceof PyInt b) {
            if (b instanceof IntSub) {
                PyObject r = Ops.reflectedFirst(this, b, Slot.MOD);
                if (r != null) return r;
            }
            if (big == null && b.big == null) {
                if (b.v == 0) throw Errors.zeroDivision("integer modulo by zero");
                if (b.v == -1) return ZERO;
                return of(Math.floorMod(v, b.v));
            }
            if (b.signum() == 0) throw Errors.zeroDivision("integer modulo by zero");
            return of(IntMath.floorMod(toBig(), b.toBig()));
        }
        if (o instanceof PyFloat f) {
            if (f instanceof FloatSub) {
                PyObject r = Ops.reflectedFirst(this, f, Slot.MOD);
                if (r != null) return r;
            }
            return new PyFloat(PyFloat.floatMod(toDouble(), f.v));
        }
        return Ops.binary(this, o, Slot.MOD);
    }

    @Override
    public PyObject divmod(PyObject o) {
        if (o instanceof PyInt b) {
            if (b instanceof IntSub) {
                PyObject r = Ops.reflectedFirst(this, b, Slot.DIVMOD);
                if (r != null) return r;
            }
            return PyTuple.of(floordiv(b), mod(b));
        }
        if (o instanceof PyFloat f) {
            if (f instanceof FloatSub) {
                PyObject r = Ops.reflectedFirst(this, f, Slot.DIVMOD);
                if (r != null) return r;
            }
            return PyFloat.divmod(toDouble(), f.v);
        }
        return Ops.binary(this, o, Slot.DIVMOD);
    }

    @Override
    public PyObject pow(PyObject o) {
        if (o instanceof PyInt b) {
            if (b instanceof IntSub) {
                PyObject r = Ops.reflectedFirst(this, b, Slot.POW);
                if (r != null) return r;
            }
            return IntMath.pow(this, b);
        }
        if (o instanceof PyFloat f) {
            if (f instanceof FloatSub) {
                PyObject r = Ops.reflectedFirst(this, f, Slot.POW);
                if (r != null) return r;
            }
            return PyFloat.power(toDouble(), f.v);
        }
        return Ops.binary(this, o, Slot.POW);
    }

    @Override
    public PyObject lshift(PyObject o) {
        if (o instanceof PyInt b) {
            if (b instanceof IntSub) {
                PyObject r = Ops.reflectedFirst(this, b, Slot.LSHIFT);
                if (r != null) return r;
            }
            return IntMath.lshift(this, b);
        }
        return Ops.binary(this, o, Slot.LSHIFT);
    }

    @Override
    public PyObject rshift(PyObject o) {
        if (o instanceof PyInt b) {
            if (b instanceof IntSub) {
                PyObject r = Ops.reflectedFirst(this, b, Slot.RSHIFT);
                if (r != null) return r;
            }
            return IntMath.rshift(this, b);
        }
        return Ops.binary(this, o, Slot.RSHIFT);
    }

    @Override
    public PyObject and(PyObject o) {
        if (o instanceof PyInt b) {
            if (b instanceof IntSub) {
                PyObject r = Ops.reflectedFirst(this, b, Slot.AND);
                if (r != null) return r;
            }
            if (big == null && b.big == null) return of(v & b.v);
            return of(toBig().and(b.toBig()));
        }
        return Ops.binary(this, o, Slot.AND);
    }

    @Override
    public PyObject or(PyObject o) {
        if (o instanceof PyInt b) {
            if (b instanceof IntSub) {
                PyObject r = Ops.reflectedFirst(this, b, Slot.OR);
                if (r != null) return r;
            }
            if (big == null && b.big == null) return of(v | b.v);
            return of(toBig().or(b.toBig()));
        }
        return Ops.binary(this, o, Slot.OR);
    }

    @Override
    public PyObject xor(PyObject o) {
        if (o instanceof PyInt b) {
            if (b instanceof IntSub) {
                PyObject r = Ops.reflectedFirst(this, b, Slot.XOR);
                if (r != null) return r;
            }
            if (big == null && b.big == null) return of(v ^ b.v);
            return of(toBig().xor(b.toBig()));
        }
        return Ops.binary(this, o, Slot.XOR);
    }

    // In-place forms of an immutable type are the plain operations (skipping the __iadd__ lookup).

    @Override
    public PyObject iadd(PyObject o) {
        // Numbers take the binary fast path; anything else goes through the in-place protocol (and its message).
        return o instanceof PyInt || o instanceof PyFloat ? add(o) : Ops.inplace(this, o, Slot.ADD);
    }

    @Override
    public PyObject isub(PyObject o) {
        // Numbers take the binary fast path; anything else goes through the in-place protocol (and its message).
        return o instanceof PyInt || o instanceof PyFloat ? sub(o) : Ops.inplace(this, o, Slot.SUB);
    }

    @Override
    public PyObject imul(PyObject o) {
        // Numbers take the binary fast path; anything else goes through the in-place protocol (and its message).
        return o instanceof PyInt || o instanceof PyFloat ? mul(o) : Ops.inplace(this, o, Slot.MUL);
    }

    @Override
    public PyObject ifloordiv(PyObject o) {
        // Numbers take the binary fast path; anything else goes through the in-place protocol (and its message).
        return o instanceof PyInt || o instanceof PyFloat ? floordiv(o) : Ops.inplace(this, o, Slot.FLOORDIV);
    }

    @Override
    public PyObject imod(PyObject o) {
        // Numbers take the binary fast path; anything else goes through the in-place protocol (and its message).
        return o instanceof PyInt || o instanceof PyFloat ? mod(o) : Ops.inplace(this, o, Slot.MOD);
    }

    @Override
    public PyObject itruediv(PyObject o) {
        // Numbers take the binary fast path; anything else goes through the in-place protocol (and its message).
        return o instanceof PyInt || o instanceof PyFloat ? truediv(o) : Ops.inplace(this, o, Slot.TRUEDIV);
    }

    @Override
    public PyObject neg() {
        if (big == null) return v == Long.MIN_VALUE ? of(BigInteger.valueOf(v).negate()) : of(-v);
        return of(big.negate());
    }

    @Override
    public PyObject pos() {
        return getClass() == PyInt.class ? this : of(toBig());
    }

    @Override
    public PyObject abs() {
        return signum() < 0 ? neg() : pos();
    }

    @Override
    public PyObject invert() {
        if (big == null) return of(~v);
        return of(big.not());
    }

    // ------------------------------------------------------------------ comparison

    /** Three-way comparison with another int. */
    public final int compareTo(PyInt b) {
        if (big == null && b.big == null) return Long.compare(v, b.v);
        return toBig().compareTo(b.toBig());
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (o instanceof PyInt b) return PyBool.of(op.test(compareTo(b)));
        if (o instanceof PyFloat f) {
            if (Double.isNaN(f.v)) return PyBool.of(op == CompareOp.NE);
            return PyBool.of(op.test(-PyFloat.compareWithInt(f.v, this)));
        }
        return super.richCompare(o, op);
    }

    @Override
    public boolean lessThan(PyObject o) {
        if (o instanceof PyInt b) return compareTo(b) < 0;
        return super.lessThan(o);
    }

    @Override
    public boolean equalsPy(PyObject o) {
        if (o == this) return true;
        if (o instanceof PyInt b) return compareTo(b) == 0;
        return super.equalsPy(o);
    }

    // ------------------------------------------------------------------ misc protocol

    @Override
    public boolean isTrue() {
        return big != null || v != 0;
    }

    @Override
    public long hash() {
        if (big == null) {
            if (v > -HASH_MODULUS && v < HASH_MODULUS) return v == -1 ? -2 : v;
            long h = Math.floorMod(Math.abs(v % HASH_MODULUS), HASH_MODULUS);
            h = v < 0 ? -h : h;
            return h == -1 ? -2 : h;
        }
        long h = big.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
        if (big.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    @Override
    public String repr() {
        if (big == null) return Long.toString(v);
        return IntMath.toDecimalString(big);
    }

    @Override
    public String format(String spec) {
        return Formatter.formatInt(this, spec);
    }

    @Override
    public PyObject descrGet(PyObject obj, PyObject type) {
        return this;
    }
}
