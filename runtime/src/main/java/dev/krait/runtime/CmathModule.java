package dev.krait.runtime;

/**
 * The {@code cmath} module. Finite arguments use Kahan's formulas for the inverse functions (branch cuts follow
 * the sign of a zero imaginary part); infinities and NaNs give the values of C99 Annex G, and the cases CPython
 * reports as errors raise ValueError ("math domain error") or OverflowError ("math range error").
 */
final class CmathModule {
    private CmathModule() {}

    private static final double LN2 = 0.6931471805599453;
    private static final double LN10 = 2.302585092994046;
    private static final double PI = Math.PI;
    private static final double HALF_PI = Math.PI / 2;
    /** Beyond this, squaring or adding parts may overflow: formulas switch to a scaled form. */
    private static final double LARGE = Double.MAX_VALUE / 4;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    /** Beyond this, exp overflows before multiplying by cos/sin: exp(x - 1) * e is used. */
    private static final double LOG_LARGE = Math.log(LARGE);
    private static final double SQRT_MIN = Math.sqrt(Double.MIN_NORMAL);

    /** A complex result as two doubles. */
    private record C(double re, double im) {
        PyComplex py() {
            return new PyComplex(re, im);
        }
    }

    interface CFn {
        C apply(double x, double y);
    }

    static PyModule create() {
        ModuleDef d = new ModuleDef("cmath");
        d.set("pi", PyFloat.of(Math.PI)).set("e", PyFloat.of(Math.E)).set("tau", PyFloat.of(2 * Math.PI))
                .set("inf", PyFloat.of(Double.POSITIVE_INFINITY)).set("nan", PyFloat.of(Double.NaN))
                .set("infj", new PyComplex(0, Double.POSITIVE_INFINITY)).set("nanj", new PyComplex(0, Double.NaN));
        fn(d, "sqrt", CmathModule::sqrt);
        fn(d, "exp", CmathModule::exp);
        fn(d, "log10", (x, y) -> {
            C r = log(x, y);
            return new C(r.re / LN10, r.im / LN10);
        });
        fn(d, "sinh", CmathModule::sinh);
        fn(d, "cosh", CmathModule::cosh);
        fn(d, "tanh", CmathModule::tanh);
        fn(d, "asinh", CmathModule::asinh);
        fn(d, "acosh", CmathModule::acosh);
        fn(d, "atanh", CmathModule::atanh);
        fn(d, "acos", CmathModule::acos);
        // sin z = -i sinh(iz), cos z = cosh(iz), tan z = -i tanh(iz), and likewise for the inverses.
        fn(d, "sin", (x, y) -> timesMinusI(sinh(-y, x)));
        fn(d, "cos", (x, y) -> cosh(-y, x));
        fn(d, "tan", (x, y) -> timesMinusI(tanh(-y, x)));
        fn(d, "asin", (x, y) -> timesMinusI(asinh(-y, x)));
        fn(d, "atan", (x, y) -> timesMinusI(atanh(-y, x)));
        d.fnv("log", (a, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("log() takes no keyword arguments");
            if (a.length < 1) throw Errors.typeError("log expected at least 1 argument, got 0");
            if (a.length > 2) throw Errors.typeError("log expected at most 2 arguments, got " + a.length);
            PyComplex z = arg(a[0]);
            if (a.length == 1) return log(z.real, z.imag).py();
            // With a base, CPython reports only the base's error: log(0) is (-inf + atan2j) here.
            C r = z.real == 0 && z.imag == 0 ? new C(Double.NEGATIVE_INFINITY, MathAtan.atan2(z.imag, z.real)) : log(z.real, z.imag);
            PyComplex b = arg(a[1]);
            C lb = log(b.real, b.imag);
            if (lb.re == 0 && lb.im == 0) throw MathModule.domain();
            return PyComplex.div(r.py(), lb.py());
        });
        d.fn("phase", z -> {
            PyComplex c = arg(z);
            return PyFloat.of(MathAtan.atan2(c.imag, c.real));
        });
        d.fn("polar", z -> {
            PyComplex c = arg(z);
            double r = abs(c.real, c.imag);
            return PyTuple.of(PyFloat.of(r), PyFloat.of(MathAtan.atan2(c.imag, c.real)));
        });
        d.fn("rect", (r, phi) -> rect(MathModule.real(r), MathModule.real(phi)).py());
        d.fn("isfinite", z -> {
            PyComplex c = arg(z);
            return PyBool.of(Double.isFinite(c.real) && Double.isFinite(c.imag));
        });
        d.fn("isinf", z -> {
            PyComplex c = arg(z);
            return PyBool.of(Double.isInfinite(c.real) || Double.isInfinite(c.imag));
        });
        d.fn("isnan", z -> {
            PyComplex c = arg(z);
            return PyBool.of(Double.isNaN(c.real) || Double.isNaN(c.imag));
        });
        d.fnv("isclose", CmathModule::isclose);
        return d.module;
    }

    private static void fn(ModuleDef d, String name, CFn f) {
        d.fn(name, z -> {
            PyComplex c = arg(z);
            return f.apply(c.real, c.imag).py();
        });
    }

    /** An argument as CPython's cmath converts it: complex, {@code __complex__}, else a real number. */
    static PyComplex arg(PyObject z) {
        if (z instanceof PyComplex c) return c;
        PyObject m = z.type().lookup("__complex__");
        if (m != null) {
            PyObject r = Protocol.call0(m, z);
            if (!(r instanceof PyComplex c)) {
                throw Errors.typeError("__complex__ returned non-complex (type " + r.type().name + ")");
            }
            return c;
        }
        return new PyComplex(MathModule.real(z), 0.0);
    }

    private static C timesMinusI(C c) {
        return new C(c.im, -c.re);
    }

    private static boolean finite(double x, double y) {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    private static PyException range() {
        return Errors.overflowError("math range error");
    }

    private static double abs(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        double r = MathModule.hypot2(x, y);
        if (Double.isInfinite(r)) throw range();
        return r;
    }

    static C sqrt(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(y)) return new C(Double.POSITIVE_INFINITY, y);
            if (x == Double.NEGATIVE_INFINITY) return new C(Double.isNaN(y) ? Double.NaN : 0.0, Double.isNaN(y) ? Double.POSITIVE_INFINITY : Math.copySign(Double.POSITIVE_INFINITY, y));
            if (x == Double.POSITIVE_INFINITY) return new C(x, Double.isNaN(y) ? y : Math.copySign(0.0, y));
            return new C(Double.NaN, Double.NaN);
        }
        if (x == 0 && y == 0) return new C(0.0, y);
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // Scale subnormal parts up by an even power of two so that hypot keeps their precision.
            double sx = Math.scalb(ax, 54);
            double sy = Math.scalb(ay, 54);
            s = Math.scalb(Math.sqrt((sx + MathModule.hypot2(sx, sy)) / 2), -27);
        } else {
            ax /= 8;
            s = 2 * Math.sqrt(ax + MathModule.hypot2(ax, ay / 8));
        }
        double dd = ay / (2 * s);
        if (x >= 0) return new C(s, Math.copySign(dd, y));
        return new C(dd, Math.copySign(s, y));
    }

    static C exp(double x, double y) {
        if (!finite(x, y)) {
            if (x == Double.POSITIVE_INFINITY) {
                if (Double.isInfinite(y)) throw MathModule.domain();
                if (Double.isNaN(y)) return new C(x, y);
                if (y == 0) return new C(x, y);
                return new C(Math.copySign(x, Math.cos(y)), Math.copySign(x, Math.sin(y)));
            }
            if (x == Double.NEGATIVE_INFINITY) {
                if (!Double.isFinite(y)) return new C(0.0, 0.0);
                return new C(Math.copySign(0.0, Math.cos(y)), Math.copySign(0.0, Math.sin(y)));
            }
            if (Double.isNaN(x)) return y == 0 ? new C(x, y) : new C(Double.NaN, Double.NaN);
            if (Double.isInfinite(y)) throw MathModule.domain();
            return new C(Double.NaN, Double.NaN);
        }
        double re;
        double im;
        if (x > LOG_LARGE) {
            double l = Math.exp(x - 1);
            re = l * Math.cos(y) * Math.E;
            im = l * Math.sin(y) * Math.E;
        } else {
            double l = Math.exp(x);
            re = l * Math.cos(y);
            im = y == 0 ? y : l * Math.sin(y);
        }
        if (Double.isInfinite(re) || Double.isInfinite(im)) throw range();
        return new C(re, im);
    }

    static C log(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) return new C(Double.POSITIVE_INFINITY, MathAtan.atan2(y, x));
            return new C(Double.NaN, Double.NaN);
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double re;
        if (ax > LARGE || ay > LARGE) {
            re = Math.log(MathModule.hypot2(ax / 2, ay / 2)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0 && ay == 0) throw MathModule.domain();
            re = Math.log(MathModule.hypot2(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
        } else {
            double h = MathModule.hypot2(ax, ay);
            if (h >= 0.71 && h <= 1.73) {
                double big = Math.max(ax, ay);
                double small = Math.min(ax, ay);
                re = Math.log1p((big - 1) * (big + 1) + small * small) / 2;
            } else {
                re = Math.log(h);
            }
        }
        return new C(re, MathAtan.atan2(y, x));
    }

    static C sinh(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x)) {
                if (Double.isInfinite(y)) throw MathModule.domain();
                if (Double.isNaN(y)) return new C(Double.POSITIVE_INFINITY, y);
                if (y == 0) return new C(x, y);
                return new C(Math.copySign(Double.POSITIVE_INFINITY, x * Math.cos(y)), Math.copySign(Double.POSITIVE_INFINITY, Math.sin(y)));
            }
            if (Double.isNaN(x)) return y == 0 ? new C(x, y) : new C(Double.NaN, Double.NaN);
            if (Double.isInfinite(y)) throw MathModule.domain();
            return x == 0 ? new C(0.0, Double.NaN) : new C(Double.NaN, Double.NaN);
        }
        double re;
        double im;
        if (Math.abs(x) > LOG_LARGE) {
            double x1 = x - Math.copySign(1.0, x);
            re = Math.cos(y) * MathModule.sinh(x1) * Math.E;
            im = Math.sin(y) * MathModule.cosh(x1) * Math.E;
        } else {
            re = Math.cos(y) * MathModule.sinh(x);
            im = Math.sin(y) * MathModule.cosh(x);
        }
        if (Double.isInfinite(re) || Double.isInfinite(im)) throw range();
        return new C(re, im);
    }

    static C cosh(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x)) {
                if (Double.isInfinite(y)) throw MathModule.domain();
                if (Double.isNaN(y)) return new C(Double.POSITIVE_INFINITY, y);
                if (y == 0) return new C(Double.POSITIVE_INFINITY, Math.copySign(0.0, x) * y);
                return new C(Math.copySign(Double.POSITIVE_INFINITY, Math.cos(y)), Math.copySign(Double.POSITIVE_INFINITY, x * Math.sin(y)));
            }
            if (Double.isNaN(x)) return y == 0 ? new C(x, 0.0) : new C(Double.NaN, Double.NaN);
            if (Double.isInfinite(y)) throw MathModule.domain();
            return x == 0 ? new C(Double.NaN, 0.0) : new C(Double.NaN, Double.NaN);
        }
        double re;
        double im;
        if (Math.abs(x) > LOG_LARGE) {
            double x1 = x - Math.copySign(1.0, x);
            re = Math.cos(y) * MathModule.cosh(x1) * Math.E;
            im = Math.sin(y) * MathModule.sinh(x1) * Math.E;
        } else {
            re = Math.cos(y) * MathModule.cosh(x);
            im = Math.sin(y) * MathModule.sinh(x);
        }
        if (Double.isInfinite(re) || Double.isInfinite(im)) throw range();
        return new C(re, im);
    }

    static C tanh(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x)) {
                double im = Double.isFinite(y) ? Math.copySign(0.0, Math.sin(2 * y)) : 0.0;
                return new C(Math.copySign(1.0, x), im);
            }
            if (Double.isNaN(x)) return y == 0 ? new C(x, y) : new C(Double.NaN, Double.NaN);
            if (Double.isInfinite(y)) throw MathModule.domain();
            return new C(Double.NaN, Double.NaN);
        }
        if (Math.abs(x) > LOG_LARGE / 2) {
            return new C(Math.copySign(1.0, x), 4 * Math.sin(y) * Math.cos(y) * Math.exp(-2 * Math.abs(x)));
        }
        double tx = Math.tanh(x);
        double ty = Math.tan(y);
        double cx = 1 / MathModule.cosh(x);
        double txty = tx * ty;
        double denom = 1 + txty * txty;
        return new C(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    static C asinh(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                double re = Double.isNaN(x) ? Double.POSITIVE_INFINITY : Math.copySign(Double.POSITIVE_INFINITY, x);
                return new C(re, MathAtan.atan2(y, Math.abs(x)));
            }
            if (Double.isNaN(x) && y == 0) return new C(x, y);
            return new C(Double.NaN, Double.NaN);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double l = Math.log(MathModule.hypot2(x / 2, y / 2)) + 2 * LN2;
            double re = y >= 0 ? Math.copySign(l, x) : -Math.copySign(l, -x);
            return new C(re, MathAtan.atan2(y, Math.abs(x)));
        }
        C s1 = sqrt(1 + y, -x);
        C s2 = sqrt(1 - y, x);
        return new C(MathModule.asinh(s1.re * s2.im - s2.re * s1.im), MathAtan.atan2(y, s1.re * s2.re - s1.im * s2.im));
    }

    static C acos(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                if (Double.isNaN(y)) return new C(Double.NaN, Double.POSITIVE_INFINITY);
                return new C(MathAtan.atan2(Math.abs(y), x), -Math.copySign(Double.POSITIVE_INFINITY, y));
            }
            if (x == 0) return new C(HALF_PI, Double.NaN);
            return new C(Double.NaN, Double.NaN);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double l = Math.log(MathModule.hypot2(x / 2, y / 2)) + 2 * LN2;
            double im = x < 0 ? -Math.copySign(l, y) : Math.copySign(l, -y);
            return new C(MathAtan.atan2(Math.abs(y), x), im);
        }
        C s1 = sqrt(1 - x, -y);
        C s2 = sqrt(1 + x, y);
        return new C(2 * MathAtan.atan2(s1.re, s2.re), MathModule.asinh(s2.re * s1.im - s2.im * s1.re));
    }

    static C acosh(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) return new C(Double.POSITIVE_INFINITY, MathAtan.atan2(y, x));
            return new C(Double.NaN, Double.NaN);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            return new C(Math.log(MathModule.hypot2(x / 2, y / 2)) + 2 * LN2, MathAtan.atan2(y, x));
        }
        C s1 = sqrt(x - 1, y);
        C s2 = sqrt(x + 1, y);
        return new C(MathModule.asinh(s1.re * s2.re + s1.im * s2.im), 2 * MathAtan.atan2(s1.im, s2.re));
    }

    static C atanh(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return new C(Double.isNaN(x) ? 0.0 : Math.copySign(0.0, x), Double.isNaN(y) ? y : Math.copySign(HALF_PI, y));
            }
            if (x == 0) return new C(x, Double.NaN);
            return new C(Double.NaN, Double.NaN);
        }
        if (x < 0) {
            C r = atanh(-x, -y);
            return new C(-r.re, -r.im);
        }
        double ay = Math.abs(y);
        if (x > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = MathModule.hypot2(x / 2, y / 2);
            return new C(x / 4 / h / h, -Math.copySign(HALF_PI, -y));
        }
        if (x == 1 && ay < SQRT_MIN) {
            if (ay == 0) throw MathModule.domain();
            return new C(-Math.log(Math.sqrt(ay) / Math.sqrt(MathModule.hypot2(ay, 2))), Math.copySign(MathAtan.atan2(2, -ay) / 2, y));
        }
        double re = Math.log1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4;
        double im = -MathAtan.atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2;
        return new C(re, im);
    }

    static C rect(double r, double phi) {
        if (!finite(r, phi)) {
            if (Double.isInfinite(r)) {
                if (Double.isInfinite(phi)) throw MathModule.domain();
                if (Double.isNaN(phi)) return new C(Double.POSITIVE_INFINITY, phi);
                if (phi == 0) return new C(r, r > 0 ? phi : -phi);
                return new C(r * Math.cos(phi), r * Math.sin(phi));
            }
            if (Double.isNaN(r)) return phi == 0 ? new C(r, 0.0) : new C(Double.NaN, Double.NaN);
            if (r == 0) return new C(0.0, 0.0);
            if (Double.isInfinite(phi)) throw MathModule.domain();
            return new C(Double.NaN, Double.NaN);
        }
        if (phi == 0) return new C(r, r * phi);
        return new C(r * Math.cos(phi), r * Math.sin(phi));
    }

    private static PyObject isclose(PyObject[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (a.length - nkw > 2) {
            throw Errors.typeError("isclose() takes exactly 2 positional arguments (" + (a.length - nkw) + " given)");
        }
        for (int k = 0; k < nkw; k++) {
            if (!java.util.List.of("a", "b", "rel_tol", "abs_tol").contains(kw[k])) {
                throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for isclose()");
            }
        }
        ArgParser p = new ArgParser("isclose", a, kw, 0, "a", "b", "*", "rel_tol", "abs_tol");
        PyComplex x = arg(p.required(0, "a"));
        PyComplex y = arg(p.required(1, "b"));
        double rel = MathModule.real(p.get(3, PyFloat.of(1e-9)));
        double abs = MathModule.real(p.get(4, PyFloat.of(0.0)));
        if (rel < 0 || abs < 0) throw Errors.valueError("tolerances must be non-negative");
        if (x.real == y.real && x.imag == y.imag) return PyBool.TRUE;
        if (Double.isInfinite(x.real) || Double.isInfinite(x.imag) || Double.isInfinite(y.real) || Double.isInfinite(y.imag)) {
            return PyBool.FALSE;
        }
        double diff = MathModule.hypot2(x.real - y.real, x.imag - y.imag);
        return PyBool.of(diff <= rel * MathModule.hypot2(y.real, y.imag) || diff <= rel * MathModule.hypot2(x.real, x.imag) || diff <= abs);
    }
}
