package dev.krait.runtime;

/** {@code complex}: a pair of doubles. */
public final class PyComplex extends PyObject {
    public static final PyType TYPE = new PyType("complex", PyType.OBJECT, PyComplex.class, PyComplex::setup);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static PyComplex of(PyObject o) {
        if (o instanceof PyComplex c) return c;
        if (o instanceof PyFloat f) return new PyComplex(f.v, 0);
        if (o instanceof PyInt i) return new PyComplex(i.toDouble(), 0);
        return null;
    }

    @Override
    public PyObject add(PyObject o) {
        PyComplex c = of(o);
        return c == null ? Ops.binary(this, o, Slot.ADD) : new PyComplex(real + c.real, imag + c.imag);
    }

    @Override
    public PyObject sub(PyObject o) {
        PyComplex c = of(o);
        return c == null ? Ops.binary(this, o, Slot.SUB) : new PyComplex(real - c.real, imag - c.imag);
    }

    @Override
    public PyObject mul(PyObject o) {
        PyComplex c = of(o);
        return c == null ? Ops.binary(this, o, Slot.MUL)
                : new PyComplex(real * c.real - imag * c.imag, real * c.imag + imag * c.real);
    }

    @Override
    public PyObject truediv(PyObject o) {
        PyComplex c = of(o);
        if (c == null) return Ops.binary(this, o, Slot.TRUEDIV);
        return div(this, c);
    }

    static PyComplex div(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real);
        double absBi = Math.abs(b.imag);
        if (absBr == 0 && absBi == 0) throw Errors.zeroDivision("complex division by zero");
        if (absBr >= absBi) {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
    }

    @Override
    public PyObject pow(PyObject o) {
        PyComplex c = of(o);
        return c == null ? Ops.binary(this, o, Slot.POW) : pow(this, c);
    }

    static PyComplex pow(PyComplex a, PyComplex b) {
        PyComplex r = powRaw(a, b);
        // CPython reports ERANGE for an infinite part of the result.
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) throw Errors.overflowError("complex exponentiation");
        return r;
    }

    private static PyComplex powRaw(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) return new PyComplex(1, 0);
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) throw Errors.zeroDivision("0.0 to a negative or complex power");
            return new PyComplex(0, 0);
        }
        if (b.imag == 0 && b.real == Math.rint(b.real) && Math.abs(b.real) <= 100) {
            int n = (int) b.real;
            PyComplex r = new PyComplex(1, 0);
            PyComplex base = a;
            int e = Math.abs(n);
            while (e > 0) {
                if ((e & 1) != 0) r = (PyComplex) r.mul(base);
                base = (PyComplex) base.mul(base);
                e >>= 1;
            }
            return n < 0 ? div(new PyComplex(1, 0), r) : r;
        }
        double vabs = hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        // cos/sin of an infinite phase set EDOM in C, which CPython reports as this ZeroDivisionError
        if (Double.isInfinite(phase)) throw Errors.zeroDivision("0.0 to a negative or complex power");
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    @Override
    public PyObject neg() {
        return new PyComplex(-real, -imag);
    }

    @Override
    public PyObject pos() {
        return this;
    }

    @Override
    public PyObject abs() {
        double r = hypot(real, imag);
        if (Double.isInfinite(r) && !Double.isInfinite(real) && !Double.isInfinite(imag)) {
            throw Errors.overflowError("absolute value too large");
        }
        return new PyFloat(r);
    }

    @Override
    public boolean isTrue() {
        return real != 0 || imag != 0;
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        PyComplex c = of(o);
        if (c != null && (op == CompareOp.EQ || op == CompareOp.NE)) {
            boolean eq = real == c.real && imag == c.imag;
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        if (c != null) {
            // Complex numbers are unordered, and int and float do not order them either.
            throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + type().name + "' and '"
                    + o.type().name + "'");
        }
        return super.richCompare(o, op);
    }

    @Override
    public long hash() {
        long hr = PyFloat.hashDouble(real, this);
        long hi = PyFloat.hashDouble(imag, this);
        long h = hr + 1000003L * hi;
        return h == -1 ? -2 : h;
    }

    @Override
    public String repr() {
        String im = part(imag);
        if (real == 0 && 1 / real > 0) return im + "j";
        String re = part(real);
        String sign = imag < 0 || (imag == 0 && 1 / imag < 0) || Double.isNaN(imag) && false ? "" : "+";
        if (im.startsWith("-")) sign = "";
        return "(" + re + sign + im + "j)";
    }

    @Override
    public String format(String spec) {
        if (spec.isEmpty()) return str();
        return Formatter.formatComplex(real, imag, spec, type().name);
    }

    private static String part(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e16) {
            String s = Formatter.floatRepr(d);
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }
        return Formatter.floatRepr(d);
    }

    static void setup(PyType t) {
        t.setConstructor((cls, a, k) -> {
            ArgParser p = new ArgParser("complex", a, k, 0, "real", "imag");
            PyObject r = p.get(0, PyInt.ZERO);
            PyObject i = p.get(1, PyInt.ZERO);
            if (r instanceof PyStr s) {
                if (p.has(1)) throw Errors.typeError("complex() can't take second arg if first is a string");
                return parse(s.value());
            }
            double re;
            double im;
            if (r instanceof PyComplex rc) {
                re = rc.real;
                im = rc.imag;
            } else {
                PyObject f = r.type().lookup("__complex__");
                if (f != null) {
                    PyComplex rc = (PyComplex) Protocol.call0(f, r);
                    re = rc.real;
                    im = rc.imag;
                } else {
                    if (!isReal(r)) {
                        throw Errors.typeError("complex() first argument must be a string or a number, not '" + r.type().name + "'");
                    }
                    re = FloatMethods.toDouble(r);
                    im = 0;
                }
            }
            if (!p.has(1)) return new PyComplex(re, im);
            if (i instanceof PyStr) throw Errors.typeError("complex() second arg can't be a string");
            if (i instanceof PyComplex ic) return new PyComplex(re - ic.imag, im + ic.real);
            if (!isReal(i)) {
                throw Errors.typeError("complex() second argument must be a number, not '" + i.type().name + "'");
            }
            double iv = FloatMethods.toDouble(i);
            return new PyComplex(re, r instanceof PyComplex ? im + iv : iv);
        });
        BuiltinSetup.numberDunders(t, o -> of(o) != null, PyComplex::of, Slot.ADD, Slot.SUB, Slot.MUL, Slot.TRUEDIV, Slot.POW);
        t.getter("real", s -> new PyFloat(((PyComplex) s).real));
        t.getter("imag", s -> new PyFloat(((PyComplex) s).imag));
        t.method("conjugate", (Fn.F1) s -> new PyComplex(((PyComplex) s).real, -((PyComplex) s).imag));
        t.method("__complex__", (Fn.F1) s -> s);
    }

    /**
     * sqrt(x*x + y*y) correctly rounded in practice (as C's hypot, which abs(complex) uses): the squares are
     * summed in double-double arithmetic after scaling by a power of two, and the square root is corrected once.
     */
    static double hypot(double x, double y) {
        x = Math.abs(x);
        y = Math.abs(y);
        if (Double.isInfinite(x) || Double.isInfinite(y)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (x < y) {
            double t = x;
            x = y;
            y = t;
        }
        if (y == 0) return x;
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) e = Double.MIN_EXPONENT; // subnormal x: scale as the smallest normal
        x = Math.scalb(x, -e);
        y = Math.scalb(y, -e);
        double xx = x * x;
        double xxl = Math.fma(x, x, -xx);
        double yy = y * y;
        double yyl = Math.fma(y, y, -yy);
        double s = xx + yy;
        double sl = (xx - s) + yy + xxl + yyl; // xx >= yy, so (xx - s) + yy is the exact rounding error of s
        double r = Math.sqrt(s);
        double err = Math.fma(-r, r, s) + sl; // s + sl - r*r
        r += err / (2 * r);
        return Math.scalb(r, e);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isReal(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o.type().lookup("__float__") != null
                || o.type().lookup("__index__") != null;
    }

    static PyComplex parse(String original) {
        String s = original;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                s = FloatMethods.asciiDigitsAndSpaces(s);
                break;
            }
        }
        s = FloatMethods.asciiStrip(s);
        if (s.indexOf('_') >= 0) {
            // Underscores are allowed only between digits; otherwise CPython rejects the string before parsing.
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) != '_') continue;
                boolean ok = i > 0 && i + 1 < s.length() && isAsciiDigit(s.charAt(i - 1)) && isAsciiDigit(s.charAt(i + 1));
                if (!ok) throw Errors.valueError("could not convert string to complex: " + StrRepr.repr(original));
            }
            s = s.replace("_", "");
        }
        if (s.startsWith("(") && s.endsWith(")")) s = FloatMethods.asciiStrip(s.substring(1, s.length() - 1));
        try {
            if (s.endsWith("j") || s.endsWith("J")) {
                String body = s.substring(0, s.length() - 1);
                int split = -1;
                for (int i = body.length() - 1; i > 0; i--) {
                    char c = body.charAt(i);
                    if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                        split = i;
                        break;
                    }
                }
                if (split < 0) {
                    double im = body.isEmpty() || body.equals("+") ? 1 : body.equals("-") ? -1 : FloatMethods.parse(body);
                    return new PyComplex(0, im);
                }
                double re = FloatMethods.parse(body.substring(0, split));
                String ims = body.substring(split);
                double im = ims.equals("+") ? 1 : ims.equals("-") ? -1 : FloatMethods.parse(ims);
                return new PyComplex(re, im);
            }
            return new PyComplex(FloatMethods.parse(s), 0);
        } catch (PyException e) {
            throw Errors.valueError("complex() arg is a malformed string");
        }
    }
}
