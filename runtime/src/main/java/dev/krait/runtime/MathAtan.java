package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Correctly rounded atan and atan2, as the C library's are (the JVM's differ in the last digit for about one
 * argument in twenty). atan is evaluated in double-double arithmetic: a table of atan(k/64) and a short series
 * for the remainder; Ziv's test keeps the result when its error bound cannot cross a rounding boundary, and the
 * rare remaining arguments are evaluated with BigDecimal.
 */
final class MathAtan {
    private MathAtan() {}

    private static final MathContext MC = new MathContext(50, RoundingMode.HALF_EVEN);
    private static final int STEPS = 64;
    /** atan(k/64), k = 0..64, as hi and lo doubles. */
    private static final double[] TAB_HI = new double[STEPS + 1];
    private static final double[] TAB_LO = new double[STEPS + 1];
    private static final double PI_HI;
    private static final double PI_LO;
    /** (-1)^j / (2j + 1), j = 1..9, as hi and lo doubles. */
    private static final double[] COEF_HI = new double[10];
    private static final double[] COEF_LO = new double[10];

    static {
        for (int k = 0; k <= STEPS; k++) {
            BigDecimal a = bigAtan(BigDecimal.valueOf(k).divide(BigDecimal.valueOf(STEPS), MC));
            TAB_HI[k] = a.doubleValue();
            TAB_LO[k] = a.subtract(new BigDecimal(TAB_HI[k]), MC).doubleValue();
        }
        BigDecimal pi = bigAtan(BigDecimal.ONE).multiply(BigDecimal.valueOf(4), MC);
        PI_HI = pi.doubleValue();
        PI_LO = pi.subtract(new BigDecimal(PI_HI), MC).doubleValue();
        for (int j = 1; j < COEF_HI.length; j++) {
            BigDecimal c = BigDecimal.ONE.divide(BigDecimal.valueOf(2L * j + 1), MC);
            if (j % 2 == 1) c = c.negate();
            COEF_HI[j] = c.doubleValue();
            COEF_LO[j] = c.subtract(new BigDecimal(COEF_HI[j]), MC).doubleValue();
        }
    }

    /** atan to 50 digits: halve the argument's angle until it is small, then the Taylor series. */
    static BigDecimal bigAtan(BigDecimal x) {
        if (x.signum() < 0) return bigAtan(x.negate()).negate();
        int doublings = 0;
        while (x.compareTo(new BigDecimal("0.05")) > 0) {
            // atan(x) = 2 atan(x / (1 + sqrt(1 + x^2)))
            BigDecimal r = BigDecimal.ONE.add(x.multiply(x, MC), MC).sqrt(MC);
            x = x.divide(BigDecimal.ONE.add(r, MC), MC);
            doublings++;
        }
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = x;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(55);
        for (int k = 1; term.abs().compareTo(eps) > 0; k += 2) {
            BigDecimal t = term.divide(BigDecimal.valueOf(k), MC);
            sum = ((k / 2) % 2 == 0) ? sum.add(t, MC) : sum.subtract(t, MC);
            term = term.multiply(x2, MC);
        }
        return sum.multiply(BigDecimal.valueOf(1L << doublings), MC);
    }

    // ------------------------------------------------------------------ double-double helpers (hi, lo in a[0], a[1])

    private static void add(double ah, double al, double bh, double bl, double[] out) {
        double s = ah + bh;
        double bb = s - ah;
        double e = (ah - (s - bb)) + (bh - bb) + al + bl;
        double hi = s + e;
        out[0] = hi;
        out[1] = e - (hi - s);
    }

    private static void mul(double ah, double al, double bh, double bl, double[] out) {
        double p = ah * bh;
        double e = Math.fma(ah, bh, -p) + (ah * bl + al * bh);
        double hi = p + e;
        out[0] = hi;
        out[1] = e - (hi - p);
    }

    private static void div(double ah, double al, double bh, double bl, double[] out) {
        double q1 = ah / bh;
        double[] t = new double[2];
        mul(q1, 0, bh, bl, t);
        add(ah, al, -t[0], -t[1], t);
        double q2 = t[0] / bh;
        double[] u = new double[2];
        mul(q2, 0, bh, bl, u);
        add(t[0], t[1], -u[0], -u[1], u);
        double q3 = u[0] / bh;
        add(q1, 0, q2, 0, out);
        add(out[0], out[1], q3, 0, out);
    }

    /** atan of the double-double u with 0 <= u <= 1, as a double-double. */
    private static void atanUnit(double uh, double ul, double[] out) {
        int k = (int) Math.rint(uh * STEPS);
        double c = (double) k / STEPS;
        // t = (u - c) / (1 + u c)
        double[] num = new double[2];
        add(uh, ul, -c, 0, num);
        double[] den = new double[2];
        mul(uh, ul, c, 0, den);
        add(1, 0, den[0], den[1], den);
        double[] t = new double[2];
        div(num[0], num[1], den[0], den[1], t);
        double[] w = new double[2];
        mul(t[0], t[1], t[0], t[1], w);
        // atan(t) = t * (1 + w * (c1 + w * (c2 + ...)))
        double[] p = {COEF_HI[COEF_HI.length - 1], COEF_LO[COEF_LO.length - 1]};
        for (int j = COEF_HI.length - 2; j >= 1; j--) {
            mul(p[0], p[1], w[0], w[1], p);
            add(p[0], p[1], COEF_HI[j], COEF_LO[j], p);
        }
        mul(p[0], p[1], w[0], w[1], p);
        add(p[0], p[1], 1, 0, p);
        mul(p[0], p[1], t[0], t[1], p);
        add(TAB_HI[k], TAB_LO[k], p[0], p[1], out);
    }

    /** The double nearest hi + lo if the error bound allows deciding it, else NaN. */
    private static double round(double hi, double lo) {
        double err = Math.abs(hi) * 0x1p-100 + Double.MIN_VALUE;
        double a = hi + (lo - err);
        double b = hi + (lo + err);
        return a == b ? a : Double.NaN;
    }

    static double atan(double x) {
        if (Double.isNaN(x) || x == 0) return x;
        double ax = Math.abs(x);
        if (ax < 0x1p-27) {
            // atan(x) = x - x^3/3 + ...: within half an ulp of x, below it in magnitude.
            return StrictMath.atan(x);
        }
        if (ax > 0x1p60) return Math.copySign(PI_HI / 2, x);
        double[] r = new double[2];
        if (ax <= 1) {
            atanUnit(ax, 0, r);
        } else {
            double[] u = new double[2];
            div(1, 0, ax, 0, u);
            atanUnit(u[0], u[1], r);
            add(PI_HI / 2, PI_LO / 2, -r[0], -r[1], r);
        }
        double v = round(r[0], r[1]);
        if (Double.isNaN(v)) v = bigAtan(new BigDecimal(ax)).doubleValue();
        return Math.copySign(v, x);
    }

    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y) || x == 0 || y == 0) {
            return StrictMath.atan2(y, x);
        }
        double ay = Math.abs(y);
        double ax = Math.abs(x);
        if (ax > ay && ay / ax < 0x1p-900 && x > 0) {
            // atan(u) rounds to u itself, and the quotient is correctly rounded.
            return Math.copySign(ay / ax, y);
        }
        double[] r = new double[2];
        angle(ay, 0, x, 0, r);
        double v = round(r[0], r[1]);
        if (Double.isNaN(v)) v = slowAtan2(ay, x);
        return Math.copySign(v, y);
    }

    /** The angle of the point (x, y) given as double-doubles, y >= 0 and (x, y) not the origin: in [0, pi]. */
    private static void angle(double yh, double yl, double xh, double xl, double[] r) {
        double axh = Math.abs(xh);
        double axl = xh < 0 ? -xl : xl;
        double[] u = new double[2];
        boolean swap = yh > axh;
        if (swap) div(axh, axl, yh, yl, u);
        else div(yh, yl, axh, axl, u);
        atanUnit(u[0], u[1], r);
        if (swap) add(PI_HI / 2, PI_LO / 2, -r[0], -r[1], r);
        if (xh < 0) add(PI_HI, PI_LO, -r[0], -r[1], r);
    }

    /** sqrt(1 - x^2) as a double-double, for |x| <= 1. */
    private static void cosOfAsin(double x, double[] s) {
        double p = x * x;
        double e = Math.fma(x, x, -p);
        add(1, 0, -p, -e, s);
        double sh = Math.sqrt(s[0]);
        double sl = sh == 0 ? 0 : (Math.fma(-sh, sh, s[0]) + s[1]) / (2 * sh);
        s[0] = sh + sl;
        s[1] = sl - (s[0] - sh);
    }

    static double asin(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1) return Double.NaN;
        if (ax < 0x1p-26) return x;
        if (ax == 1) return Math.copySign(PI_HI / 2, x);
        double[] s = new double[2];
        cosOfAsin(ax, s);
        double[] r = new double[2];
        angle(ax, 0, s[0], s[1], r);
        double v = round(r[0], r[1]);
        if (Double.isNaN(v)) v = slowAsin(ax, false);
        return Math.copySign(v, x);
    }

    static double acos(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1) return Double.NaN;
        if (x == 1) return 0.0;
        if (x == -1) return PI_HI;
        if (ax < 0x1p-60) return PI_HI / 2;
        double[] s = new double[2];
        cosOfAsin(ax, s);
        double[] r = new double[2];
        angle(s[0], s[1], x, 0, r);
        double v = round(r[0], r[1]);
        if (Double.isNaN(v)) v = slowAsin(x, true);
        return v;
    }

    private static double slowAsin(double x, boolean acos) {
        BigDecimal bx = new BigDecimal(x);
        BigDecimal s = BigDecimal.ONE.subtract(bx.multiply(bx, MC), MC).sqrt(MC);
        BigDecimal pi = bigAtan(BigDecimal.ONE).multiply(BigDecimal.valueOf(4), MC);
        BigDecimal halfPi = pi.divide(BigDecimal.valueOf(2), MC);
        // asin(x) = atan(x / s), or pi/2 - atan(s / x) when |x| is the larger.
        BigDecimal asin = bx.abs().compareTo(s) <= 0 ? bigAtan(bx.divide(s, MC))
                : (bx.signum() > 0 ? halfPi.subtract(bigAtan(s.divide(bx, MC)), MC)
                        : halfPi.negate().subtract(bigAtan(s.divide(bx, MC)), MC));
        return (acos ? halfPi.subtract(asin, MC) : asin).doubleValue();
    }

    private static double slowAtan2(double ay, double x) {
        BigDecimal by = new BigDecimal(ay);
        BigDecimal bx = new BigDecimal(x);
        BigDecimal pi = bigAtan(BigDecimal.ONE).multiply(BigDecimal.valueOf(4), MC);
        BigDecimal a;
        if (by.compareTo(bx.abs()) > 0) {
            a = pi.divide(BigDecimal.valueOf(2), MC).subtract(bigAtan(bx.divide(by, MC)), MC);
        } else {
            a = bigAtan(by.divide(bx.abs(), MC));
            if (x < 0) a = pi.subtract(a, MC);
        }
        return a.doubleValue();
    }
}
