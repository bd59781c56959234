package dev.krait.runtime;

import java.math.BigInteger;

/**
 * The integer fields' slow path: values that are not machine ints in range (objects with __index__, big ints, values
 * out of range), with the error CPython's packing function for that code and byte order gives. Those functions
 * differ: the 1- and 2-byte native ones name the C type, the standard ones the code, the 8-byte big-endian ones fail
 * in the byte conversion, and on a little-endian machine '<' and '=' use the native functions where sizes agree.
 */
final class StructRange {
    private StructRange() {}

    private static final BigInteger MIN_LONG = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_ULONG = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** The bits to store for value v in item k of f, or CPython's struct.error. */
    static long check(StructFormat f, int k, PyObject v) {
        if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
            throw StructModule.error("required argument is not an integer");
        }
        BigInteger n = Protocol.indexBig(v);
        char c = f.codes[k];
        int len = f.lengths[k];
        BigInteger lo;
        BigInteger hi;
        if (c == 'P') {
            lo = MIN_LONG;
            hi = MAX_ULONG;
        } else if (StructFormat.isUnsigned(c)) {
            lo = BigInteger.ZERO;
            hi = BigInteger.ONE.shiftLeft(8 * len).subtract(BigInteger.ONE);
        } else {
            lo = BigInteger.ONE.shiftLeft(8 * len - 1).negate();
            hi = BigInteger.ONE.shiftLeft(8 * len - 1).subtract(BigInteger.ONE);
        }
        if (n.compareTo(lo) >= 0 && n.compareTo(hi) <= 0) return n.longValue();
        throw StructModule.error(message(c, len, f.order, n, lo, hi));
    }

    private static String message(char c, int len, int order, BigInteger n, BigInteger lo, BigInteger hi) {
        boolean fitsLong = n.bitLength() <= 63;
        boolean fitsULong = n.signum() >= 0 && n.bitLength() <= 64;
        boolean big = order == StructFormat.BIG;
        String outOfRange = "argument out of range";
        String range = "'" + c + "' format requires " + lo + " <= number <= " + hi;
        switch (c) {
            case 'b': return fitsLong ? "byte format requires -128 <= number <= 127" : outOfRange;
            case 'B': return fitsLong ? "ubyte format requires 0 <= number <= 255" : outOfRange;
            case 'h':
                if (!fitsLong) return outOfRange;
                return big ? range : "short format requires -32768 <= number <= 32767";
            case 'H':
                if (big) return fitsULong ? range : outOfRange;
                return fitsLong ? "ushort format requires 0 <= number <= 65535" : outOfRange;
            case 'P':
                return "int too large to convert";
            default:
                if (len == 8) return big ? "int too large to convert" : outOfRange;
                return (StructFormat.isUnsigned(c) ? fitsULong : fitsLong) ? range : outOfRange;
        }
    }
}
