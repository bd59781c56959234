package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** {@code float(...)} construction and parsing, and the methods of float. */
final class FloatMethods {
    private FloatMethods() {}

    static double f(PyObject o) {
        return ((PyFloat) o).v;
    }

    static boolean isNumber(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    static PyObject construct(PyType cls, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError("float() takes no keyword arguments");
        if (args.length > 1) throw Errors.typeError("float expected at most 1 argument, got " + args.length);
        double v = args.length == 0 ? 0.0 : toDouble(args[0]);
        return new PyFloat(v);
    }

    /** float(x) for one argument. */
    static double toDouble(PyObject x) {
        if (x instanceof PyFloat fl) return fl.v;
        if (x instanceof PyInt i) return i.toDouble();
        if (x instanceof PyStr s) return parse(s.value());
        if (x instanceof PyBytes b) return parse(b.asLatin1(), b.repr());
        if (x instanceof PyByteArray b) {
            return parse(new String(b.data, 0, b.size, java.nio.charset.StandardCharsets.ISO_8859_1), b.repr());
        }
        PyObject m = x.type().lookup("__float__");
        if (m != null) {
            PyObject r = Protocol.call0(m, x);
            if (!(r instanceof PyFloat rf)) {
                throw Errors.typeError(x.type().name + ".__float__ returned non-float (type " + r.type().name + ")");
            }
            return rf.v;
        }
        m = x.type().lookup("__index__");
        if (m != null) return PyInt.of(Protocol.indexBig(x)).toDouble();
        throw Errors.typeError("float() argument must be a string or a real number, not '" + x.type().name + "'");
    }

    /** The float value for a %-format conversion, with CPython's TypeError for non-numbers. */
    static double toDoubleForFormat(PyObject v, char conv) {
        if (v instanceof PyFloat fl) return fl.v;
        if (v instanceof PyInt i) return i.toDouble();
        if (v.type().lookup("__float__") == null && v.type().lookup("__index__") == null) {
            throw Errors.typeError("must be real number, not " + v.type().name);
        }
        return toDouble(v);
    }

    /** Parses as float(str) does: whitespace, sign, inf/nan, underscores between digits. */
    static double parse(String original) {
        return parse(original, null);
    }

    /** Parses a float, reporting {@code shown} (or the repr of the string) in the error. */
    static double parse(String original, String shown) {
        String s = original;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                s = asciiDigitsAndSpaces(s);
                break;
            }
        }
        s = asciiStrip(s);
        Double d = tryParse(s);
        if (d == null) {
            throw Errors.valueError("could not convert string to float: " + (shown != null ? shown : StrRepr.repr(original)));
        }
        return d;
    }

    /** Strips ASCII white space (CPython maps other Unicode white space to ' ' first; \x1c-\x1f stay). */
    static String asciiStrip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isAsciiSpace(s.charAt(a))) a++;
        while (b > a && isAsciiSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    /** Unicode decimal digits to ASCII digits and Unicode white space to ' ', as CPython does before parsing numbers. */
    static String asciiDigitsAndSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) sb.append((char) cp);
            else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) sb.append((char) ('0' + Character.digit(cp, 10)));
            else if (StrCase.isSpace(cp)) sb.append(' ');
            else sb.append('?');
        }
        return sb.toString();
    }

    static Double tryParse(String s) {
        if (s.isEmpty()) return null;
        String body = s;
        boolean neg = false;
        if (body.charAt(0) == '+' || body.charAt(0) == '-') {
            neg = body.charAt(0) == '-';
            body = body.substring(1);
        }
        String low = body.toLowerCase();
        if (low.equals("inf") || low.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (low.equals("nan")) return neg ? -Double.NaN : Double.NaN;
        StringBuilder sb = new StringBuilder(body.length());
        char prev = 0;
        boolean sawDigit = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) return null;
                if (i + 1 >= body.length() || !(body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '9')) return null;
                prev = c;
                continue;
            }
            if (c >= '0' && c <= '9') {
                sawDigit = true;
            } else if (c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') {
                return null;
            }
            sb.append(c);
            prev = c;
        }
        if (!sawDigit) return null;
        String t = sb.toString();
        if (!isDecimalLiteral(t)) return null;
        double v = Double.parseDouble(t);
        return neg ? -v : v;
    }

    /** {@code digits [. digits] [e [sign] digits]}, with digits on at least one side of the point. */
    private static boolean isDecimalLiteral(String t) {
        int n = t.length();
        int i = 0;
        int mantissaDigits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            mantissaDigits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0) return false;
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) i++;
            int expDigits = 0;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) return false;
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static void setup(PyType t) {
        t.setConstructor(FloatMethods::construct);
        Subclasses.defineNew(t);
        BuiltinSetup.numberDunders(t, FloatMethods::isNumber, o -> o instanceof PyInt i ? new PyFloat(i.toDouble()) : o, Slot.ADD, Slot.SUB, Slot.MUL, Slot.TRUEDIV,
                Slot.FLOORDIV, Slot.MOD, Slot.POW, Slot.DIVMOD);
        t.method("__int__", (Fn.F1) s -> IntMethods.fromDouble(f(s)));
        t.method("__trunc__", (Fn.F1) s -> IntMethods.fromDouble(f(s)));
        t.method("__floor__", (Fn.F1) s -> IntMethods.fromDouble(Math.floor(f(s))));
        t.method("__ceil__", (Fn.F1) s -> IntMethods.fromDouble(Math.ceil(f(s))));
        t.method("__float__", (Fn.F1) s -> new PyFloat(f(s)));
        t.method(new PyBuiltinFunction("__round__").with((Fn.F1) s -> roundHalfEven(f(s)))
                .with((Fn.F2) (s, nd) -> nd == PyNone.NONE ? roundHalfEven(f(s)) : new PyFloat(round(f(s), Protocol.index(nd)))));
        t.method("is_integer", (Fn.F1) s -> PyBool.of(!Double.isInfinite(f(s)) && f(s) == Math.rint(f(s))));
        t.method("conjugate", (Fn.F1) s -> new PyFloat(f(s)));
        t.getter("real", s -> new PyFloat(f(s)));
        t.getter("imag", s -> new PyFloat(0.0));
        t.method("as_integer_ratio", (Fn.F1) s -> asIntegerRatio(f(s)));
        t.method("hex", (Fn.F1) s -> PyStr.of(Formatter.floatHex(f(s))));
        t.def("__getformat__", new PyClassMethod(new PyBuiltinFunction("__getformat__", (Fn.F2) (c, kind) -> {
            if (!(kind instanceof PyStr ks)) {
                throw Errors.typeError("__getformat__() argument must be str, not " + kind.type().name);
            }
            if (!ks.value().equals("double") && !ks.value().equals("float")) {
                throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return PyStr.of("IEEE, little-endian");
        })));
        t.def("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (Fn.F2) (c, str) -> {
            PyFloat r = new PyFloat(Formatter.floatFromHex(str.str()));
            return c == PyFloat.TYPE ? r : c.call1(r);
        })));
        t.method("__getnewargs__", (Fn.F1) s -> PyTuple.of(new PyFloat(f(s))));
    }

    static PyInt roundHalfEven(double d) {
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert float infinity to integer");
        return IntMethods.fromDouble(Math.rint(d));
    }

    /** round(x, n) correctly rounded (half-even on the exact decimal value), as CPython's float round. */
    static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) return x;
        if (ndigits > 323) return x;
        if (ndigits < -308) return Math.copySign(0.0, x);
        BigDecimal bd = new BigDecimal(x).setScale((int) ndigits, java.math.RoundingMode.HALF_EVEN);
        double r = bd.doubleValue();
        if (Double.isInfinite(r)) throw Errors.overflowError("rounded value too large to represent");
        if (r == 0.0) return Math.copySign(0.0, x);
        return r;
    }

    static PyObject asIntegerRatio(double d) {
        if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert Infinity to integer ratio");
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert NaN to integer ratio");
        BigDecimal bd = new BigDecimal(d);
        BigInteger num;
        BigInteger den;
        if (bd.scale() <= 0) {
            num = bd.toBigIntegerExact();
            den = BigInteger.ONE;
        } else {
            num = bd.unscaledValue();
            den = BigInteger.TEN.pow(bd.scale());
            BigInteger g = num.gcd(den);
            num = num.divide(g);
            den = den.divide(g);
        }
        return PyTuple.of(PyInt.of(num), PyInt.of(den));
    }
}
