package dev.krait.runtime;

import java.math.BigInteger;

/** The int operations too long for PyInt's fast paths: big-number division, powers, shifts, conversions. */
final class IntMath {
    private IntMath() {}

    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw Errors.zeroDivision("integer division or modulo by zero");
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    static BigInteger floorMod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw Errors.zeroDivision("integer division or modulo by zero");
        BigInteger r = a.remainder(b);
        if (r.signum() != 0 && r.signum() != b.signum()) r = r.add(b);
        return r;
    }

    /** Correctly rounded int / int, as CPython's long_true_divide. */
    static double trueDivide(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivision("division by zero");
        if (!a.isBig() && !b.isBig() && Math.abs(a.v) < (1L << 53) && Math.abs(b.v) < (1L << 53)) {
            return (double) a.v / (double) b.v;
        }
        BigInteger x = a.toBig();
        BigInteger y = b.toBig();
        boolean negative = x.signum() * y.signum() < 0;
        x = x.abs();
        y = y.abs();
        if (x.signum() == 0) return negative ? -0.0 : 0.0;
        int shift = x.bitLength() - y.bitLength() - 55;
        BigInteger[] qr = shift >= 0 ? x.divideAndRemainder(y.shiftLeft(shift)) : x.shiftLeft(-shift).divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) q = q.setBit(0);
        double d = q.doubleValue();
        if (shift > 1100) throw Errors.overflowError("integer division result too large for a float");
        double r = Math.scalb(d, shift);
        if (Double.isInfinite(r)) throw Errors.overflowError("integer division result too large for a float");
        return negative ? -r : r;
    }

    static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double base = a.toDouble();
            if (base == 0.0) throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            return new PyFloat(Math.pow(base, b.toDouble()));
        }
        if (b.isBig()) {
            if (!a.isBig() && (a.v == 0 || a.v == 1)) return a;
            if (!a.isBig() && a.v == -1) return b.toBig().testBit(0) ? PyInt.MINUS_ONE : PyInt.ONE;
            throw Errors.memoryError();
        }
        long e = b.v;
        if (!a.isBig()) {
            long base = a.v;
            long result = 1;
            long bb = base;
            long ee = e;
            boolean overflow = false;
            while (ee > 0) {
                if ((ee & 1) != 0) {
                    long hi = Math.multiplyHigh(result, bb);
                    long lo = result * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                ee >>= 1;
                if (ee > 0) {
                    long hi = Math.multiplyHigh(bb, bb);
                    long lo = bb * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    bb = lo;
                }
            }
            if (!overflow) return PyInt.of(result);
        }
        if (e > Integer.MAX_VALUE) throw Errors.memoryError();
        return PyInt.of(a.toBig().pow((int) e));
    }

    /** Three-argument pow with a modulus, including negative exponents (modular inverse). */
    static PyObject powMod(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) throw Errors.valueError("pow() 3rd argument cannot be 0");
        BigInteger mod = m.toBig();
        BigInteger base = a.toBig();
        BigInteger exp = b.toBig();
        boolean negMod = mod.signum() < 0;
        BigInteger am = mod.abs();
        if (am.equals(BigInteger.ONE)) return PyInt.ZERO;
        BigInteger r;
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(am);
            } catch (ArithmeticException e) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        r = base.modPow(exp, am);
        if (negMod && r.signum() != 0) r = r.subtract(am);
        return PyInt.of(r);
    }

    static PyObject lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Errors.valueError("negative shift count");
        if (a.signum() == 0) return PyInt.ZERO;
        if (b.isBig() || b.v > Integer.MAX_VALUE) throw Errors.overflowError("too many digits in integer");
        int n = (int) b.v;
        if (!a.isBig() && n < 63) {
            long r = a.v << n;
            if (r >> n == a.v) return PyInt.of(r);
        }
        return PyInt.of(a.toBig().shiftLeft(n));
    }

    static PyObject rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Errors.valueError("negative shift count");
        if (b.isBig() || b.v >= Integer.MAX_VALUE) return a.signum() < 0 ? PyInt.MINUS_ONE : PyInt.ZERO;
        int n = (int) b.v;
        if (!a.isBig()) return PyInt.of(n >= 64 ? (a.v < 0 ? -1 : 0) : a.v >> n);
        return PyInt.of(a.big.shiftRight(n));
    }

    /** Decimal text of a big value, with CPython 3.11's limit on the number of digits. */
    static String toDecimalString(BigInteger b) {
        int limit = PyInt.maxStrDigits;
        if (limit > 0 && b.bitLength() > 14000) {
            // More than ~4214 digits for sure only past this bit length; check the exact digit count then.
            String s = b.toString();
            int digits = s.length() - (b.signum() < 0 ? 1 : 0);
            if (digits > limit) {
                throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit");
            }
            return s;
        }
        return b.toString();
    }
}
