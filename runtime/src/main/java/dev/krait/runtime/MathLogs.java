package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * log2 correctly rounded (the C library's is within a hair of it), and log10 by the C library's own formula. The
 * log2 fast path evaluates
 * e*log_b(2) + ln(m)/ln(b) in double-double arithmetic from the JVM's (correctly rounded) log of the mantissa m,
 * and keeps its result when the error bound cannot cross a rounding boundary (Ziv's test); the rare remaining
 * cases are evaluated to 40 digits with BigDecimal.
 */
final class MathLogs {
    private MathLogs() {}

    private static final MathContext MC = new MathContext(45, RoundingMode.HALF_EVEN);
    private static final BigDecimal BIG_LN2 = atanhTimes2(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC));
    private static final BigDecimal BIG_LN10 = BIG_LN2.multiply(BigDecimal.valueOf(3), MC)
            .add(atanhTimes2(BigDecimal.ONE.divide(BigDecimal.valueOf(9), MC)), MC);

    /** 1/ln 2 and log10(2), 1/ln 10 as unevaluated sums of two doubles. */
    private static final double INV_LN2_HI = BigDecimal.ONE.divide(BIG_LN2, MC).doubleValue();
    private static final double INV_LN2_LO = BigDecimal.ONE.divide(BIG_LN2, MC).subtract(new BigDecimal(INV_LN2_HI), MC).doubleValue();
    private static final double LOG10_2_HI = BIG_LN2.divide(BIG_LN10, MC).doubleValue();
    private static final double LOG10_2_LO = BIG_LN2.divide(BIG_LN10, MC).subtract(new BigDecimal(LOG10_2_HI), MC).doubleValue();
    private static final double INV_LN10_HI = BigDecimal.ONE.divide(BIG_LN10, MC).doubleValue();
    private static final double INV_LN10_LO = BigDecimal.ONE.divide(BIG_LN10, MC).subtract(new BigDecimal(INV_LN10_HI), MC).doubleValue();

    /** 2*atanh(z) = ln((1+z)/(1-z)) for small |z|, by its series. */
    private static BigDecimal atanhTimes2(BigDecimal z) {
        BigDecimal z2 = z.multiply(z, MC);
        BigDecimal term = z;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(48);
        for (int k = 1; term.abs().compareTo(eps) > 0; k += 2) {
            sum = sum.add(term.divide(BigDecimal.valueOf(k), MC), MC);
            term = term.multiply(z2, MC);
        }
        return sum.multiply(BigDecimal.valueOf(2), MC);
    }

    static double log2(double x) {
        return log(x, true);
    }

    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;
    private static final double IVLN10 = 4.34294481903251816668e-01;

    /**
     * log10 as the C library computes it (not correctly rounded, so a correctly rounded result would differ):
     * x = 2^k * f with f in [1, 2) (in [0.5, 1) for negative k), then k*log10(2) split in two parts around
     * log(f)/ln(10).
     */
    static double log10(double x) {
        int k = Math.getExponent(x);
        if (k < Double.MIN_EXPONENT) {
            x *= 0x1p54;
            k = Math.getExponent(x) - 54;
        }
        int i = k < 0 ? 1 : 0;
        double f = Math.scalb(x, -(k + i));
        double y = k + i;
        double z = y * LOG10_2LO + IVLN10 * Math.log(f);
        return z + y * LOG10_2HI;
    }

    /** For a positive finite x. */
    private static double log(double x, boolean base2) {
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            x *= 0x1p60;
            e = Math.getExponent(x) - 60;
        }
        double m = Math.scalb(x, -Math.getExponent(x));
        if (m > 1.4142135623730951) {
            m *= 0.5;
            e++;
        }
        if (m == 1.0) {
            if (base2) return e;
            if (e == 0) return 0.0;
        }
        double l = Math.log(m);
        double kHi = base2 ? INV_LN2_HI : INV_LN10_HI;
        double kLo = base2 ? INV_LN2_LO : INV_LN10_LO;
        // p = l * k in double-double.
        double pHi = l * kHi;
        double pLo = Math.fma(l, kHi, -pHi) + l * kLo;
        // q = e * log_b(2) in double-double (exact for base 2).
        double qHi = base2 ? e : e * LOG10_2_HI;
        double qLo = base2 ? 0.0 : Math.fma(e, LOG10_2_HI, -qHi) + e * LOG10_2_LO;
        // s = q + p, two-sum.
        double sHi = qHi + pHi;
        double bb = sHi - qHi;
        double sLo = (qHi - (sHi - bb)) + (pHi - bb) + qLo + pLo;
        // The error is dominated by ln(m)'s (an ulp at most, as the JVM promises) times k; the rest is far smaller.
        double err = Math.ulp(l) * kHi * 1.0001 + Math.ulp(sHi) * 0x1p-40;
        double lo = sHi + (sLo - err);
        double hi = sHi + (sLo + err);
        if (lo == hi) return lo;
        return slow(m, e, base2);
    }

    private static double slow(double m, int e, boolean base2) {
        BigDecimal bm = new BigDecimal(m);
        BigDecimal z = bm.subtract(BigDecimal.ONE).divide(bm.add(BigDecimal.ONE), MC);
        BigDecimal lnm = atanhTimes2(z);
        BigDecimal lnx = lnm.add(BIG_LN2.multiply(BigDecimal.valueOf(e), MC), MC);
        return lnx.divide(base2 ? BIG_LN2 : BIG_LN10, MC).doubleValue();
    }
}
