package dev.krait.runtime;

import java.math.BigDecimal;

/** {@code float}: an IEEE double. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = new PyType("float", PyType.OBJECT, PyFloat.class, FloatMethods::setup);

    public final double v;

    public PyFloat(double v) {
        this.v = v;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The value of a float or int operand for mixed arithmetic, or NaN-free null signal via exception. */
    private static double operand(PyObject o) {
        if (o instanceof PyFloat f) return f.v;
        return ((PyInt) o).toDouble();
    }

    private static boolean numeric(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    @Override
    public PyObject add(PyObject o) {
        if (o instanceof PyFloat f) {
            if (f instanceof FloatSub) {
                PyObject r = Ops.reflectedFirst(this, f, Slot.ADD);
                if (r != null) return r;
            }
            return new PyFloat(v + f.v);
        }
        if (o instanceof PyInt i) return new PyFloat(v + i.toDouble());
        return Ops.binary(this, o, Slot.ADD);
    }

    @Override
    public PyObject sub(PyObject o) {
        if (o instanceof PyFloat f) {
            if (f instanceof FloatSub) {
                PyObject r = Ops.reflectedFirst(this, f, Slot.SUB);
                if (r != null) return r;
            }
            return new PyFloat(v - f.v);
        }
        if (o instanceof PyInt i) return new PyFloat(v - i.toDouble());
        return Ops.binary(this, o, Slot.SUB);
    }

    @Override
    public PyObject mul(PyObject o) {
        if (o instanceof PyFloat f) {
            if (f instanceof FloatSub) {
                PyObject r = Ops.reflectedFirst(this, f, Slot.MUL);
                if (r != null) return r;
            }
            return new PyFloat(v * f.v);
        }
        if (o instanceof PyInt i) return new PyFloat(v * i.toDouble());
        return Ops.binary(this, o, Slot.MUL);
    }

    @Override
    public PyObject truediv(PyObject o) {
        if (o instanceof FloatSub) {
            PyObject r = Ops.reflectedFirst(this, o, Slot.TRUEDIV);
            if (r != null) return r;
        }
        if (numeric(o)) {
            double d = operand(o);
            if (d == 0.0) throw Errors.zeroDivision("float division by zero");
            return new PyFloat(v / d);
        }
        return Ops.binary(this, o, Slot.TRUEDIV);
    }

    @Override
    public PyObject floordiv(PyObject o) {
        if (o instanceof FloatSub) {
            PyObject r = Ops.reflectedFirst(this, o, Slot.FLOORDIV);
            if (r != null) return r;
        }
        if (numeric(o)) return floorDivide(v, operand(o));
        return Ops.binary(this, o, Slot.FLOORDIV);
    }

    @Override
    public PyObject mod(PyObject o) {
        if (o instanceof FloatSub) {
            PyObject r = Ops.reflectedFirst(this, o, Slot.MOD);
            if (r != null) return r;
        }
        if (numeric(o)) return new PyFloat(floatMod(v, operand(o)));
        return Ops.binary(this, o, Slot.MOD);
    }

    @Override
    public PyObject divmod(PyObject o) {
        if (o instanceof FloatSub) {
            PyObject r = Ops.reflectedFirst(this, o, Slot.DIVMOD);
            if (r != null) return r;
        }
        if (numeric(o)) return divmod(v, operand(o));
        return Ops.binary(this, o, Slot.DIVMOD);
    }

    @Override
    public PyObject pow(PyObject o) {
        if (o instanceof FloatSub) {
            PyObject r = Ops.reflectedFirst(this, o, Slot.POW);
            if (r != null) return r;
        }
        if (numeric(o)) return power(v, operand(o));
        return Ops.binary(this, o, Slot.POW);
    }

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
    public PyObject itruediv(PyObject o) {
        // Numbers take the binary fast path; anything else goes through the in-place protocol (and its message).
        return o instanceof PyInt || o instanceof PyFloat ? truediv(o) : Ops.inplace(this, o, Slot.TRUEDIV);
    }

    static PyObject floorDivide(double a, double b) {
        if (b == 0.0) throw Errors.zeroDivision("float floor division by zero");
        return new PyFloat(divmodParts(a, b)[0]);
    }

    static double floatMod(double a, double b) {
        if (b == 0.0) throw Errors.zeroDivision("float modulo");
        double mod = a % b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) mod += b;
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    static PyObject divmod(double a, double b) {
        if (b == 0.0) throw Errors.zeroDivision("float divmod()");
        double[] p = divmodParts(a, b);
        return PyTuple.of(new PyFloat(p[0]), new PyFloat(p[1]));
    }

    /** CPython's float_divmod: floor quotient and remainder with the divisor's sign. */
    private static double[] divmodParts(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    static PyObject power(double a, double b) {
        if (b == 0.0) return new PyFloat(1.0);
        if (Double.isNaN(a)) return new PyFloat(a);
        if (Double.isNaN(b)) return new PyFloat(a == 1.0 ? 1.0 : b);
        if (a == 0.0 && b < 0.0 && !Double.isInfinite(b)) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0.0 && !Double.isInfinite(a) && !Double.isInfinite(b) && b != Math.rint(b)) {
            return PyComplex.pow(new PyComplex(a, 0), new PyComplex(b, 0));
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Errors.overflowError("(34, 'Numerical result out of range')");
        }
        return new PyFloat(r);
    }

    @Override
    public PyObject neg() {
        return new PyFloat(-v);
    }

    @Override
    public PyObject pos() {
        return getClass() == PyFloat.class ? this : new PyFloat(v); // +x of a subclass is a plain float
    }

    @Override
    public PyObject abs() {
        return new PyFloat(Math.abs(v));
    }

    /** Exact comparison of a double with an int: the sign of (d - i). NaN must be handled by the caller. */
    static int compareWithInt(double d, PyInt i) {
        if (Double.isInfinite(d)) return d > 0 ? 1 : -1;
        if (!i.isBig() && Math.abs(i.v) <= (1L << 53)) return Double.compare(d == 0.0 ? 0.0 : d, (double) i.v);
        return new BigDecimal(d).compareTo(new BigDecimal(i.toBig()));
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (o instanceof PyFloat f) {
            double a = v;
            double b = f.v;
            switch (op) {
                case LT: return PyBool.of(a < b);
                case LE: return PyBool.of(a <= b);
                case EQ: return PyBool.of(a == b);
                case NE: return PyBool.of(a != b);
                case GT: return PyBool.of(a > b);
                default: return PyBool.of(a >= b);
            }
        }
        if (o instanceof PyInt i) {
            if (Double.isNaN(v)) return PyBool.of(op == CompareOp.NE);
            return PyBool.of(op.test(compareWithInt(v, i)));
        }
        return super.richCompare(o, op);
    }

    @Override
    public boolean lessThan(PyObject o) {
        if (o instanceof PyFloat f) return v < f.v;
        return super.lessThan(o);
    }

    @Override
    public boolean equalsPy(PyObject o) {
        if (o == this) return true;
        if (o instanceof PyFloat f) return v == f.v;
        return super.equalsPy(o);
    }

    @Override
    public boolean isTrue() {
        return v != 0.0;
    }

    @Override
    public long hash() {
        return hashDouble(v, this);
    }

    /** CPython's _Py_HashDouble: equal to the int hash for integral values. */
    static long hashDouble(double d, Object identity) {
        if (Double.isInfinite(d)) return d > 0 ? 314159 : -314159;
        if (Double.isNaN(d)) return System.identityHashCode(identity);
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) return PyInt.of((long) d).hash();
        final int bits = 61;
        final long modulus = PyInt.HASH_MODULUS;
        int e = Math.getExponent(d) + 1;
        double m = Math.abs(d) / Math.scalb(1.0, e);
        if (Math.getExponent(d) == Double.MIN_EXPONENT - 1) {
            // Subnormal: frexp normalises differently.
            double n = Math.abs(d) * Math.scalb(1.0, 64);
            e = Math.getExponent(n) + 1 - 64;
            m = Math.abs(d) / Math.scalb(1.0, e);
        }
        int sign = d < 0 ? -1 : 1;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & modulus) | x >>> (bits - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, modulus) >= 0) x -= modulus;
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
        x = ((x << e) & modulus) | x >>> (bits - e);
        x = x * sign;
        if (x == -1) x = -2;
        return x;
    }

    @Override
    public String repr() {
        return Formatter.floatRepr(v);
    }

    @Override
    public String format(String spec) {
        if (spec.isEmpty() && getClass() != PyFloat.class) return str(); // str(self) of a subclass
        return Formatter.formatFloat(v, spec);
    }
}
