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
        unary(d, "asin", Math::asin, false);
        unary(d, "acos", Math::acos, false);
        unary(d, "atan", Math::atan, false);
        unary(d, "sinh", Math::sinh, true);
        unary(d, "cosh", Math::cosh, true);
        unary(d, "tanh", Math::tanh, false);
        unary(d, "asinh", MathModule::asinh, false);
        unary(d, "acosh", x -> x < 1 ? Double.NaN : Math.log(x + Math.sqrt(x * x - 1)), false);
        unary(d, "atanh", x -> Math.abs(x) >= 1 ? Double.NaN : 0.5 * Math.log1p(2 * x / (1 - x)), false);
        unary(d, "fabs", Math::abs, false);
        unary(d, "erf", MathSpecial::erf, false);
        unary(d, "erfc", MathSpecial::erfc, false);
        unary(d, "gamma", MathSpecial::gamma, true);
        unary(d, "lgamma", MathSpecial::lgamma, true);
        unary(d, "cbrt", Math::cbrt, false);
        unary(d, "degrees", Math::toDegrees, false);
        unary(d, "radians", Math::toRadians, false);
        d.fn("atan2", (y, x) -> PyFloat.of(Math.atan2(real(y), real(x))));
        d.fn("copysign", (x, y) -> PyFloat.of(Math.copySign(real(x), real(y))));
        d.fn("isnan", x -> PyBool.of(Double.isNaN(real(x))));
        d.fn("isinf", x -> PyBool.of(Double.isInfinite(real(x))));
        d.fn("isfinite", x -> PyBool.of(Double.isFinite(real(x))));
        d.fn("log", x -> PyFloat.of(log(x))).also("log", (x, b) -> {
            double num = log(x);
            double den = log(b);
            if (den == 0) throw Errors.zeroDivision("float division by zero");
            return PyFloat.of(num / den);
        });
        d.fn("log2", x -> PyFloat.of(log2(x)));
        d.fn("log10", x -> {
            if (x instanceof PyInt i && i.isBig()) return PyFloat.of(log(x) / Math.log(10));
            return PyFloat.of(check(Math.log10(positive(x)), true, false));
        });
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
                m = v / Math.scalb(1.0, e + 1);
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
            for (int i = 0; i < a.length; i++) v[i] = real(a[i]) - real(b[i]);
            return PyFloat.of(hypot(v));
        });
        d.fnv("isclose", (a, kw) -> {
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
            long kv = kk.min(nn.subtract(kk)).longValueExact();
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < kv; i++) r = r.multiply(nn.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            return PyInt.of(r);
        });
        d.fn("perm", n -> perm(n, n)).also("perm", MathModule::perm);
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
            return PyFloat.of(check(f.applyAsDouble(v), canOverflow, Double.isNaN(v) || Double.isInfinite(v)));
        });
    }

    /** CPython's math_1 rules: NaN from a non-NaN is a domain error; infinity from a finite is a range error. */
    private static double check(double r, boolean canOverflow, boolean nonFiniteInput) {
        if (Double.isNaN(r) && !nonFiniteInput) throw domain();
        if (Double.isInfinite(r) && !nonFiniteInput) {
            if (canOverflow) throw Errors.overflowError("math range error");
            throw domain();
        }
        return r;
    }

    static PyException domain() {
        return Errors.valueError("math domain error");
    }

    private static void noKeywords(String f, String[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError(f + "() takes no keyword arguments");
    }

    /** A real-number argument as CPython's math functions accept it (float, int, __float__, __index__). */
    static double real(PyObject x) {
        if (x instanceof PyFloat f) return f.v;
        if (x instanceof PyInt i) return i.toDouble();
        if (x.type().lookup("__float__") != null || x.type().lookup("__index__") != null) return FloatMethods.toDouble(x);
        throw Errors.typeError("must be real number, not " + x.type().name);
    }

    private static double positive(PyObject x) {
        double v = real(x);
        if (v <= 0 && !Double.isNaN(v)) throw domain();
        return v;
    }

    /** Natural log, exact in range for ints of any size. */
    static double log(PyObject x) {
        if (x instanceof PyInt i && i.isBig()) {
            if (i.signum() <= 0) throw domain();
            int shift = i.big.bitLength() - 60;
            return Math.log(i.big.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        return check(Math.log(positive(x)), false, false);
    }

    private static double log2(PyObject x) {
        if (x instanceof PyInt i && i.isBig()) {
            if (i.signum() <= 0) throw domain();
            int shift = i.big.bitLength() - 60;
            return Math.log(i.big.shiftRight(shift).doubleValue()) / Math.log(2) + shift;
        }
        double v = positive(x);
        if (Double.isInfinite(v) || Double.isNaN(v)) return v;
        int e = Math.getExponent(v);
        if (e >= Double.MIN_EXPONENT && v == Math.scalb(1.0, e)) return e;
        return Math.log(v) / Math.log(2);
    }

    static double pow(double x, double y) {
        if (x == 1.0 || y == 0) return 1.0;
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

    private static double hypot(double[] v) {
        double max = 0;
        boolean nan = false;
        for (double x : v) {
            if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
            if (Double.isNaN(x)) nan = true;
            max = Math.max(max, Math.abs(x));
        }
        if (nan) return Double.NaN;
        if (max == 0) return 0.0;
        if (v.length == 2) return Math.hypot(v[0], v[1]);
        double s = 0;
        for (double x : v) {
            double t = x / max;
            s += t * t;
        }
        return max * Math.sqrt(s);
    }

    /** Exactly rounded sum (as CPython's fsum), with its special-value rules. */
    private static double fsum(PyObject iterable) {
        BigDecimal acc = BigDecimal.ZERO;
        double special = 0;
        boolean posInf = false;
        boolean negInf = false;
        boolean nan = false;
        PyObject it = iterable.iter();
        for (PyObject o = it.next(); o != null; o = it.next()) {
            double v = real(o);
            if (Double.isNaN(v)) nan = true;
            else if (v == Double.POSITIVE_INFINITY) posInf = true;
            else if (v == Double.NEGATIVE_INFINITY) negInf = true;
            else acc = acc.add(new BigDecimal(v));
        }
        if (posInf && negInf) throw Errors.valueError("-inf + inf in fsum");
        if (nan) return Double.NaN;
        if (posInf) return Double.POSITIVE_INFINITY;
        if (negInf) return Double.NEGATIVE_INFINITY;
        double r = acc.doubleValue();
        if (Double.isInfinite(r)) throw Errors.overflowError("intermediate overflow in fsum");
        return r + special;
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
        if (k == PyNone.NONE) k = n;
        BigInteger kk = Protocol.indexBig(k);
        if (nn.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
        if (kk.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
        if (kk.compareTo(nn) > 0) return PyInt.ZERO;
        long kv = kk.longValueExact();
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < kv; i++) r = r.multiply(nn.subtract(BigInteger.valueOf(i)));
        return PyInt.of(r);
    }

    private static double asinh(double x) {
        if (Double.isInfinite(x) || x == 0) return x;
        double a = Math.abs(x);
        double r = a > 1e8 ? Math.log(a) + Math.log(2) : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }
}
