package dev.krait.runtime;

/** Special functions for the math module: error function and gamma (Lanczos), NaN at poles. */
final class MathSpecial {
    private MathSpecial() {}

    private static final double SQRT_PI = 1.772453850905516027298167483341145182798;

    /** Power series for |x| < 1.5, continued fraction for erfc beyond: the split CPython uses. */
    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        if (a < 1.5) return series(x);
        double cf = a >= 30 ? 0.0 : contFrac(a);
        return x > 0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        if (a < 1.5) return 1.0 - series(x);
        double cf = a >= 30 ? 0.0 : contFrac(a);
        return x > 0 ? cf : 2.0 - cf;
    }

    private static double series(double x) {
        double x2 = x * x;
        double acc = 0.0;
        double fk = 25 + 0.5;
        for (int i = 0; i < 25; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * Math.exp(-x2) / SQRT_PI;
    }

    private static double contFrac(double x) {
        double x2 = x * x;
        double a = 0.0;
        double da = 0.5;
        double p = 1.0;
        double pLast = 0.0;
        double q = da + x2;
        double qLast = 1.0;
        for (int i = 0; i < 50; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        return p / q * x * Math.exp(-x2) / SQRT_PI;
    }

    private static final double LANCZOS_G = 7;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};

    static double gamma(double x) {
        if (Double.isNaN(x)) return x;
        if (x == Double.POSITIVE_INFINITY) return x;
        if (x == Double.NEGATIVE_INFINITY || x == Math.rint(x) && x <= 0) return Double.NaN;
        if (x == Math.rint(x) && x <= 23) {
            double r = 1;
            for (int i = 2; i < (int) x; i++) r *= i;
            return r;
        }
        if (x > 171.7) return Double.POSITIVE_INFINITY;
        if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        double y = x - 1;
        double a = LANCZOS[0];
        double t = y + LANCZOS_G + 0.5;
        for (int i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (y + i);
        return Math.sqrt(2 * Math.PI) * Math.pow(t, (y + 0.5) / 2) * Math.exp(-t) * Math.pow(t, (y + 0.5) / 2) * a;
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        if (x == Math.rint(x) && x <= 0) return Double.NaN;
        if (x == 1 || x == 2) return 0.0;
        if (Math.abs(x) < 1e-16) return -Math.log(Math.abs(x));
        if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
        double y = x - 1;
        double a = LANCZOS[0];
        double t = y + LANCZOS_G + 0.5;
        for (int i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (y + i);
        return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
