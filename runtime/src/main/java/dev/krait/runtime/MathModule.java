package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/** The {@code math} module, with CPython's domain and range errors. */
final class MathModule {
    private MathModule() {}

    static PyModule create() {
        ModuleDef d = new ModuleDef("math");
        d.set("pi", PyFloat.of(Math.PI)).set("e", PyFloat.of(Math.E)).set("tau", PyFloat.of(2 * Math.PI))
                .set("inf", PyFloat.of(Double.POSITIVE_INFINITY)).set("nan", PyFloat.of(Double.NaN));
        unary(d, "sqrt", Math::sqrt, false);
        unary(d, "exp", Math::exp, true);
        unary(d, "exp2", x -> Math.pow(2, x), true);
        unary(d, "expm1", Math::expm1, true);
        unary(d, "sin", Math::sin, false);
        unary(d, "cos", Math::cos, false);
        unary(d, "tan", Math::tan, false);
        unary(d, "asin", MathAtan::asin, false);
        unary(d, "acos", MathAtan::acos, false);
        unary(d, "atan", MathAtan::atan, false);
        unary(d, "sinh", MathModule::sinh, true);
        unary(d, "cosh", MathModule::cosh, true);
        unary(d, "tanh", Math::tanh, false);
        unary(d, "asinh", MathModule::asinh, false);
        unary(d, "acosh", MathModule::acosh, false);
        unary(d, "atanh", MathModule::atanh, false);
        unary(d, "fabs", Math::abs, false);
        unary(d, "erf", MathSpecial::erf, false);
        unary(d, "erfc", MathSpecial::erfc, false);
        unary(d, "gamma", MathSpecial::gamma, true);
        unary(d, "lgamma", MathSpecial::lgamma, true);
        unary(d, "cbrt", Math::cbrt, false);
        unary(d, "degrees", Math::toDegrees, false);
        unary(d, "radians", Math::toRadians, false);
        d.fn("atan2", (y, x) -> PyFloat.of(MathAtan.atan2(real(y), real(x))));
        d.fn("copysign", (x, y) -> PyFloat.of(Math.copySign(real(x), real(y))));
        d.fn("isnan", x -> PyBool.of(Double.isNaN(real(x))));
        d.fn("isinf", x -> PyBool.of(Double.isInfinite(real(x))));
        d.fn("isfinite", x -> PyBool.of(Double.isFinite(real(x))));
        d.fnv("log", (a, kw) -> {
            noKeywords("log", kw);
            if (a.length < 1 || a.length > 2) throw Errors.typeError("math.log requires 1 to 2 arguments");
            double num = logHelper(a[0], Math::log);
            if (a.length == 1) return PyFloat.of(num);
            double den = logHelper(a[1], Math::log);
            if (den == 0) throw Errors.zeroDivision("float division by zero");
            return PyFloat.of(num / den);
        });
        d.fn("log2", x -> PyFloat.of(logHelper(x, MathLogs::log2)));
        d.fn("log10", x -> PyFloat.of(logHelper(x, MathLogs::log10)));
        d.fn("log1p", x -> {
            double v = real(x);
            if (v <= -1) throw domain();
            return PyFloat.of(Math.log1p(v));
        });
        d.fn("pow", (x, y) -> PyFloat.of(pow(real(x), real(y))));
        d.fn("fmod", (x, y) -> {
            double a = real(x);
            double b = real(y);
            if (Double.isInfinite(a) && !Double.isNaN(b) || b == 0 && !Double.isNaN(a)) throw domain();
            return PyFloat.of(a % b);
        });
        d.fn("remainder", (x, y) -> {
            double a = real(x);
            double b = real(y);
            if (Double.isNaN(a) || Double.isNaN(b)) return PyFloat.of(Double.NaN);
            if (Double.isInfinite(a) || b == 0) throw domain();
            return PyFloat.of(Math.IEEEremainder(a, b));
        });
        d.fn("modf", x -> {
            double v = real(x);
            if (Double.isInfinite(v)) return PyTuple.of(PyFloat.of(Math.copySign(0.0, v)), PyFloat.of(v));
            double ip = v < 0 ? Math.ceil(v) : Math.floor(v);
            return PyTuple.of(PyFloat.of(Math.copySign(v - ip, v)), PyFloat.of(ip));
        });
        d.fn("frexp", x -> {
            double v = real(x);
            if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) return PyTuple.of(PyFloat.of(v), PyInt.ZERO);
            int e = Math.getExponent(v);
            double m;
            if (e == Double.MIN_EXPONENT - 1) {
                double scaled = v * 0x1p54;
                e = Math.getExponent(scaled) - 54;
                m = scaled / Math.scalb(1.0, Math.getExponent(scaled) + 1);
            } else {
                m = Math.scalb(v, -(e + 1));
            }
            return PyTuple.of(PyFloat.of(m), PyInt.of(e + 1));
        });
        d.fn("ldexp", (x, i) -> {
            double v = real(x);
            if (!(i instanceof PyInt)) throw Errors.typeError("Expected an int as second argument to ldexp.");
            PyInt n = (PyInt) i;
            long e = n.isBig() ? (n.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : n.v;
            if (v == 0 || Double.isInfinite(v) || Double.isNaN(v)) return PyFloat.of(v);
            double r = Math.scalb(v, (int) Math.max(-100000, Math.min(100000, e)));
            if (Double.isInfinite(r)) throw Errors.overflowError("math range error");
            return PyFloat.of(r);
        });
        d.fn("floor", x -> rounding(x, "__floor__", true));
        d.fn("ceil", x -> rounding(x, "__ceil__", false));
        d.fn("trunc", x -> {
            if (x instanceof PyFloat f) return IntMethods.fromDouble(f.v);
            if (x instanceof PyInt i) return i instanceof PyBool ? PyInt.of(i.v) : i;
            PyObject m = x.type().lookup("__trunc__");
            if (m == null) throw Errors.typeError("type " + x.type().name + " doesn't define __trunc__ method");
            return Protocol.call0(m, x);
        });
        d.fnv("hypot", (a, kw) -> {
            noKeywords("hypot", kw);
            double[] v = new double[a.length];
            for (int i = 0; i < a.length; i++) v[i] = real(a[i]);
            return PyFloat.of(hypot(v));
        });
        d.fn("dist", (p, q) -> {
            PyObject[] a = Protocol.toArray(p);
            PyObject[] b = Protocol.toArray(q);
            if (a.length != b.length) throw Errors.valueError("both points must have the same number of dimensions");
            double[] v = new double[a.length];
            for (int i = 0; i < a.length; i++) v[i] = Math.abs(real(a[i]) - real(b[i]));
            return PyFloat.of(hypot(v));
        });
        d.fnv("isclose", (a, kw) -> {
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
            double x = real(p.required(0, "a"));
            double y = real(p.required(1, "b"));
            double rel = real(p.get(3, PyFloat.of(1e-9)));
            double abs = real(p.get(4, PyFloat.of(0.0)));
            if (rel < 0 || abs < 0) throw Errors.valueError("tolerances must be non-negative");
            if (x == y) return PyBool.TRUE;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.FALSE;
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        d.fn("fsum", it -> PyFloat.of(fsum(it)));
        d.fnv("prod", (a, kw) -> {
            int npos = a.length - (kw == null ? 0 : kw.length);
            if (npos != 1) throw Errors.typeError("prod() takes exactly 1 positional argument (" + npos + " given)");
            ArgParser p = new ArgParser("prod", a, kw, 0, "$iterable", "*", "start");
            PyObject acc = p.get(2, PyInt.ONE);
            PyObject i = p.required(0, "iterable").iter();
            for (PyObject x = i.next(); x != null; x = i.next()) acc = acc.mul(x);
            return acc;
        });
        d.fnv("gcd", (a, kw) -> {
            noKeywords("gcd", kw);
            BigInteger g = BigInteger.ZERO;
            for (PyObject x : a) g = g.gcd(Protocol.indexBig(x));
            return PyInt.of(g);
        });
        d.fnv("lcm", (a, kw) -> {
            noKeywords("lcm", kw);
            BigInteger l = BigInteger.ONE;
            for (PyObject x : a) {
                BigInteger v = Protocol.indexBig(x).abs();
                if (v.signum() == 0 || l.signum() == 0) l = BigInteger.ZERO;
                else l = l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
        d.fn("factorial", n -> {
            if (n instanceof PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
            BigInteger v = Protocol.indexBig(n);
            if (v.signum() < 0) throw Errors.valueError("factorial() not defined for negative values");
            if (v.bitLength() > 31) throw Errors.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
            return PyInt.of(product(1, v.longValue()));
        });
        d.fn("comb", (n, k) -> {
            BigInteger nn = Protocol.indexBig(n);
            BigInteger kk = Protocol.indexBig(k);
            if (nn.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
            if (kk.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
            if (kk.compareTo(nn) > 0) return PyInt.ZERO;
            BigInteger km = kk.min(nn.subtract(kk));
            if (km.bitLength() > 63) throw Errors.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
            long kv = km.longValueExact();
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < kv; i++) r = r.multiply(nn.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            return PyInt.of(r);
        });
        d.fn("perm", n -> perm(n, PyNone.NONE)).also("perm", MathModule::perm);
        d.fn("isqrt", n -> {
            BigInteger v = Protocol.indexBig(n);
            if (v.signum() < 0) throw Errors.valueError("isqrt() argument must be nonnegative");
            return PyInt.of(v.sqrt());
        });
        d.fn("nextafter", (x, y) -> PyFloat.of(Math.nextAfter(real(x), real(y))));
        d.fn("ulp", x -> {
            double v = Math.abs(real(x));
            if (Double.isNaN(v) || Double.isInfinite(v)) return PyFloat.of(v);
            if (v == Double.MAX_VALUE) return PyFloat.of(v - Math.nextDown(v));
            return PyFloat.of(Math.ulp(v));
        });
        return d.module;
    }

    private static void unary(ModuleDef d, String name, DoubleUnaryOperator f, boolean canOverflow) {
        d.fn(name, x -> {
            double v = real(x);
            return PyFloat.of(check(f.applyAsDouble(v), v, canOverflow));
        });
    }

    /** CPython's math_1 rules: NaN from a non-NaN is a domain error; infinity from a finite is a range error. */
    private static double check(double r, double x, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) throw domain();
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            if (canOverflow) throw Errors.overflowError("math range error");
            throw domain();
        }
        return r;
    }

    static PyException domain() {
        return Errors.valueError("math domain error");
    }

    private static void noKeywords(String f, String[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError("math." + f + "() takes no keyword arguments");
    }

    /** A real-number argument as CPython's math functions accept it (float, int, __float__, __index__). */
    static double real(PyObject x) {
        if (x instanceof PyFloat f) return f.v;
        if (x instanceof PyInt i) return i.toDouble();
        if (x.type().lookup("__float__") != null || x.type().lookup("__index__") != null) return FloatMethods.toDouble(x);
        throw Errors.typeError("must be real number, not " + x.type().name);
    }

    /**
     * CPython's loghelper: an int too large for a float is split into a mantissa in [0.5, 1) and a power of
     * two, others are converted; zero and negative arguments are domain errors, infinities and NaN pass.
     */
    private static double logHelper(PyObject x, DoubleUnaryOperator f) {
        if (x instanceof PyInt i) {
            if (i.signum() <= 0) throw domain();
            if (i.isBig() && Double.isInfinite(i.big.doubleValue())) {
                int e = i.big.bitLength();
                // The top 64 bits rounded to a double (a possible double rounding is below the result's precision).
                double m = Math.scalb(i.big.shiftRight(e - 64).doubleValue(), -64);
                return f.applyAsDouble(m) + f.applyAsDouble(2.0) * e;
            }
        }
        double v = real(x);
        if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) return v;
        if (v <= 0) throw domain();
        return f.applyAsDouble(v);
    }

    /** cosh from exp and expm1 by ranges (the C library's method; the JVM's cosh is less accurate). */
    static double cosh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) return x;
        if (a < 0.3465735902799726) {
            double t = Math.expm1(a);
            double w = 1 + t;
            if (a < 0x1p-55) return w;
            return 1 + (t * t) / (w + w);
        }
        if (a < 22) {
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < 709.782712893384) return 0.5 * Math.exp(a);
        double w = Math.exp(0.5 * a);
        return 0.5 * w * w;
    }

    static double sinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double h = x < 0 ? -0.5 : 0.5;
        if (a < 22) {
            if (a < 0x1p-28) return x;
            double t = Math.expm1(a);
            if (a < 1) return h * (2 * t - t * t / (t + 1));
            return h * (t + t / (t + 1));
        }
        if (a < 709.782712893384) return h * Math.exp(a);
        double w = Math.exp(0.5 * a);
        return h * w * w;
    }

    /** For x >= 1: log(x + sqrt(x*x - 1)) without overflow or cancellation. */
    private static double acosh(double x) {
        if (Double.isNaN(x)) return x;
        if (x < 1) return Double.NaN;
        if (x >= 0x1p28) return Double.isInfinite(x) ? x : Math.log(x) + Math.log(2);
        if (x > 2) return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    private static double atanh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) return x;
        if (a >= 1) return Double.NaN;
        double r;
        if (a < 0.5) {
            double t = a + a;
            r = 0.5 * Math.log1p(t + t * a / (1 - a));
        } else {
            r = 0.5 * Math.log1p((a + a) / (1 - a));
        }
        return Math.copySign(r, x);
    }

    static double pow(double x, double y) {
        if (x == 1.0 || y == 0) return 1.0;
        if (x == -1.0 && Double.isInfinite(y)) return 1.0;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (x == 0 && y < 0 && Double.isFinite(y)) throw domain();
        double r = Math.pow(x, y);
        if (Double.isNaN(r)) throw domain();
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) throw Errors.overflowError("math range error");
        return r;
    }

    private static PyObject rounding(PyObject x, String dunder, boolean floor) {
        if (x instanceof PyFloat f) return IntMethods.fromDouble(floor ? Math.floor(f.v) : Math.ceil(f.v));
        if (x instanceof PyInt i) return i instanceof PyBool ? PyInt.of(i.v) : i;
        PyObject m = x.type().lookup(dunder);
        if (m != null) return Protocol.call0(m, x);
        double v = real(x);
        return IntMethods.fromDouble(floor ? Math.floor(v) : Math.ceil(v));
    }

    /**
     * Hypotenuse of two doubles, nearly always correctly rounded: a square root of the fused sum of squares,
     * then one Newton correction from the exact residual (Borges' fma method), with scaling at the extremes.
     */
    static double hypot2(double x, double y) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (Double.isInfinite(ax) || Double.isInfinite(ay)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(ax) || Double.isNaN(ay)) return Double.NaN;
        if (ax < ay) {
            double t = ax;
            ax = ay;
            ay = t;
        }
        if (ay == 0 || ay < Math.scalb(ax, -60)) return ax;
        int scale = 0;
        if (ax > 0x1p500) {
            scale = 600;
        } else if (ay < 0x1p-500) {
            scale = -600;
        }
        ax = Math.scalb(ax, -scale);
        ay = Math.scalb(ay, -scale);
        double h = Math.sqrt(Math.fma(ax, ax, ay * ay));
        double hsq = h * h;
        double axsq = ax * ax;
        double r = Math.fma(-ay, ay, hsq - axsq) + Math.fma(h, h, -hsq) - Math.fma(ax, ax, -axsq);
        h -= r / (2 * h);
        return Math.scalb(h, scale);
    }

    /** The Euclidean norm, correctly rounded: the exact sum of squares, then a square root to 40 digits. */
    private static double hypot(double[] v) {
        boolean nan = false;
        for (double x : v) {
            if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
            if (Double.isNaN(x)) nan = true;
        }
        if (nan) return Double.NaN;
        if (v.length == 1) return Math.abs(v[0]);
        if (v.length == 2) return hypot2(v[0], v[1]);
        BigDecimal s = BigDecimal.ZERO;
        for (double x : v) {
            BigDecimal b = new BigDecimal(x);
            s = s.add(b.multiply(b));
        }
        if (s.signum() == 0) return 0.0;
        double r = s.sqrt(new java.math.MathContext(40)).doubleValue();
        return r;
    }

    /** Exactly rounded sum (as CPython's fsum), with its special-value rules. */
    /**
     * Shewchuk's algorithm: the running sum is kept as non-overlapping partials (so an intermediate overflow
     * is detected where CPython detects it), then rounded once, ties to even.
     */
    private static double fsum(PyObject iterable) {
        double[] p = new double[8];
        int n = 0;
        double special = 0;
        double infSum = 0;
        PyObject it = iterable.iter();
        for (PyObject o = it.next(); o != null; o = it.next()) {
            double x = real(o);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) p[i++] = lo;
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) throw Errors.overflowError("intermediate overflow in fsum");
                    if (Double.isInfinite(xsave)) infSum += xsave;
                    special += xsave;
                    n = 0;
                } else {
                    if (n == p.length) p = java.util.Arrays.copyOf(p, n * 2);
                    p[n++] = x;
                }
            }
        }
        if (special != 0.0 || Double.isNaN(special)) {
            if (Double.isNaN(infSum)) throw Errors.valueError("-inf + inf in fsum");
            return special;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && (lo < 0 && p[n - 1] < 0 || lo > 0 && p[n - 1] > 0)) {
                double y = lo * 2;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return hi;
    }

    private static BigInteger product(long from, long to) {
        if (to - from < 16) {
            BigInteger r = BigInteger.ONE;
            for (long i = from; i <= to; i++) r = r.multiply(BigInteger.valueOf(i));
            return r;
        }
        long mid = (from + to) >>> 1;
        return product(from, mid).multiply(product(mid + 1, to));
    }

    private static PyObject perm(PyObject n, PyObject k) {
        BigInteger nn = Protocol.indexBig(n);
        if (k == PyNone.NONE) {
            if (nn.signum() < 0) throw Errors.valueError("factorial() not defined for negative values");
            k = n;
        }
        BigInteger kk = Protocol.indexBig(k);
        if (nn.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
        if (kk.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
        if (kk.compareTo(nn) > 0) return PyInt.ZERO;
        if (kk.bitLength() > 63) throw Errors.overflowError("k must not exceed " + Long.MAX_VALUE);
        long kv = kk.longValueExact();
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < kv; i++) r = r.multiply(nn.subtract(BigInteger.valueOf(i)));
        return PyInt.of(r);
    }

    static double asinh(double x) {
        if (Double.isInfinite(x) || x == 0) return x;
        double a = Math.abs(x);
        double r;
        if (a > 0x1p28) r = Math.log(a) + Math.log(2);
        else if (a > 2) r = Math.log(2 * a + 1 / (Math.sqrt(a * a + 1) + a));
        else r = Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }
}
