package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Text of numbers: float repr and the format-spec mini-language for str, int and float. (Interim version: a
 * shortest-digits search over BigDecimal; a faster shortest-digits algorithm replaces it.)
 */
public final class Formatter {
    private Formatter() {}

    /** repr(float) as CPython prints it: the shortest digits that round-trip, nearest to the value. */
    public static String floatRepr(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0.0) return (1 / v < 0) ? "-0.0" : "0.0";
        if (v == Math.rint(v) && Math.abs(v) < 1e16) return (long) v + ".0";
        double a = Math.abs(v);
        // Double.toString round-trips, and when it gives at most 15 digits, or 16 with no 15-digit string that
        // round-trips, they are the shortest, nearest digits CPython prints (checked against the exact search below
        // on millions of doubles). Java 17 sometimes gives a digit too many (JDK-4511638: 1e23 prints as
        // 9.999999999999999E22), and its 17-digit outputs are not always the nearest: those take the exact search.
        String t = Double.toString(a);
        int ePos = t.indexOf('E');
        int exp10 = ePos < 0 ? 0 : Integer.parseInt(t.substring(ePos + 1));
        String mant = ePos < 0 ? t : t.substring(0, ePos);
        int dot = mant.indexOf('.');
        StringBuilder all = new StringBuilder(mant.length());
        all.append(mant, 0, dot).append(mant, dot + 1, mant.length());
        int decpt = dot + exp10;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') lead++;
        decpt -= lead;
        int end = all.length();
        while (end > lead + 1 && all.charAt(end - 1) == '0') end--;
        String digits = all.substring(lead, end);
        boolean subnormal = a < Double.MIN_NORMAL; // fewer than 15 significant digits of precision there
        if (digits.length() > 16 || subnormal || (digits.length() == 16 && shorterRoundTrips(digits, decpt, a))) {
            BigDecimal exact = new BigDecimal(a);
            for (int p = subnormal ? 1 : 15; p <= 17; p++) {
                BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
                if (p == 17 || Double.parseDouble(r.toString()) == a) {
                    String u = r.unscaledValue().toString();
                    decpt = u.length() - r.scale();
                    int e = u.length();
                    while (e > 1 && u.charAt(e - 1) == '0') e--;
                    digits = u.substring(0, e);
                    break;
                }
            }
        }
        return reprDigits(digits, decpt, v < 0);
    }

    /**
     * Whether a 15-digit decimal reads back as {@code a}, given its 16 round-tripping digits: any shorter string
     * that round-trips lies within an ulp of them, so it is their rounding to 15 digits or a neighbour of it.
     */
    private static boolean shorterRoundTrips(String digits16, int decpt, double a) {
        long c = (Long.parseLong(digits16) + 5) / 10;
        for (long k = c - 1; k <= c + 1; k++) {
            if (Double.parseDouble(k + "E" + (decpt - 15)) == a) return true;
        }
        return false;
    }

    /** Lays out digits (value 0.DIGITS × 10^decpt) by CPython's repr rule: scientific when exponent < -4 or >= 16. */
    private static String reprDigits(String digits, int decpt, boolean neg) {
        int exp = decpt - 1;
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        if (neg) sb.append('-');
        if (exp < -4 || exp >= 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            sb.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) sb.append('0');
            sb.append(ae);
        } else if (exp < 0) {
            sb.append("0.");
            for (int i = -1; i > exp; i--) sb.append('0');
            sb.append(digits);
        } else if (digits.length() <= exp + 1) {
            sb.append(digits);
            for (int i = digits.length(); i <= exp; i++) sb.append('0');
            sb.append(".0");
        } else {
            sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ the format-spec mini-language

    /** Parsed {@code [[fill]align][sign][z][#][0][width][,|_][.precision][type]}. */
    static final class Spec {
        int fill = ' ';
        char align;
        char sign;
        boolean noNegZero;
        boolean alt;
        int width = -1;
        char grouping;
        int precision = -1;
        int type;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Parses a spec as CPython does; {@code defaultAlign} is '<' for str (whose default type is 's') and '>' for numbers. */
    static Spec parse(String s, String typeName, char defaultAlign) {
        Spec sp = new Spec();
        sp.align = defaultAlign;
        int n = s.length();
        int i = 0;
        boolean fillGiven = false;
        boolean alignGiven = false;
        if (n > 0) {
            int c0 = s.codePointAt(0);
            int l0 = Character.charCount(c0);
            if (l0 < n && isAlign(s.charAt(l0))) {
                sp.fill = c0;
                sp.align = s.charAt(l0);
                fillGiven = alignGiven = true;
                i = l0 + 1;
            } else if (isAlign(c0)) {
                sp.align = (char) c0;
                alignGiven = true;
                i = 1;
            }
        }
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == ' ')) sp.sign = s.charAt(i++);
        if (i < n && s.charAt(i) == 'z') {
            sp.noNegZero = true;
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            sp.alt = true;
            i++;
        }
        if (!fillGiven && i < n && s.charAt(i) == '0') {
            sp.fill = '0';
            if (!alignGiven && defaultAlign == '>') sp.align = '=';
            i++;
        }
        int st = i;
        i = digitsEnd(s, i);
        if (i > st) sp.width = parseCount(s, st, i);
        if (i < n && s.charAt(i) == ',') {
            sp.grouping = ',';
            i++;
        }
        if (i < n && s.charAt(i) == '_') {
            if (sp.grouping != 0) throw Errors.valueError("Cannot specify both ',' and '_'.");
            sp.grouping = '_';
            i++;
        }
        if (i < n && s.charAt(i) == ',' && sp.grouping == '_') throw Errors.valueError("Cannot specify both ',' and '_'.");
        if (i < n && s.charAt(i) == '.') {
            i++;
            st = i;
            i = digitsEnd(s, i);
            if (i == st) throw Errors.valueError("Format specifier missing precision");
            sp.precision = parseCount(s, st, i);
        }
        if (i < n) {
            int c = s.codePointAt(i);
            if (i + Character.charCount(c) < n) {
                throw Errors.valueError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'");
            }
            sp.type = c;
        }
        if (sp.grouping != 0) {
            int t = sp.type == 0 && defaultAlign == '<' ? 's' : sp.type;
            switch (t) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (sp.grouping == '_') break;
                    // fall through
                default:
                    throw Errors.valueError("Cannot specify '" + sp.grouping + "' with " + codeText(t) + ".");
            }
        }
        return sp;
    }

    private static int digitsEnd(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i;
    }

    private static int parseCount(String s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
            if (v > Integer.MAX_VALUE) throw Errors.valueError("Too many decimal digits in format string");
        }
        return (int) v;
    }

    /** A type code as CPython quotes it in messages: 'x', or '\xNN' outside printable ASCII. */
    private static String codeText(int c) {
        return c > 32 && c < 128 ? "'" + (char) c + "'" : "'\\x" + Integer.toHexString(c) + "'";
    }

    private static PyException unknownCode(int c, String typeName) {
        return Errors.valueError("Unknown format code " + codeText(c) + " for object of type '" + typeName + "'");
    }

    private static int cpLen(String s) {
        return s.codePointCount(0, s.length());
    }

    private static void appendFill(StringBuilder sb, int fill, int count) {
        if (fill < 0x10000) {
            for (int k = 0; k < count; k++) sb.append((char) fill);
        } else {
            for (int k = 0; k < count; k++) sb.appendCodePoint(fill);
        }
    }

    /** Pads {@code lead + body} to the width; '=' puts the fill between them. */
    private static String pad(String lead, String body, Spec sp) {
        int len = cpLen(lead) + cpLen(body);
        if (sp.width <= len) return lead.isEmpty() ? body : lead + body;
        int total = sp.width - len;
        StringBuilder sb = new StringBuilder(sp.width + 4);
        switch (sp.align) {
            case '<':
                sb.append(lead).append(body);
                appendFill(sb, sp.fill, total);
                break;
            case '=':
                sb.append(lead);
                appendFill(sb, sp.fill, total);
                sb.append(body);
                break;
            case '^':
                appendFill(sb, sp.fill, total / 2);
                sb.append(lead).append(body);
                appendFill(sb, sp.fill, total - total / 2);
                break;
            default:
                appendFill(sb, sp.fill, total);
                sb.append(lead).append(body);
        }
        return sb.toString();
    }

    public static String formatStr(String v, String spec) {
        if (spec.isEmpty()) return v;
        Spec sp = parse(spec, "str", '<');
        if (sp.type != 0 && sp.type != 's') throw unknownCode(sp.type, "str");
        if (sp.sign == ' ') throw Errors.valueError("Space not allowed in string format specifier");
        if (sp.sign != 0) throw Errors.valueError("Sign not allowed in string format specifier");
        if (sp.noNegZero) throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        if (sp.alt) throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        if (sp.align == '=') throw Errors.valueError("'=' alignment not allowed in string format specifier");
        if (sp.precision >= 0 && sp.precision < v.length() && sp.precision < cpLen(v)) {
            v = v.substring(0, v.offsetByCodePoints(0, sp.precision));
        }
        return pad("", v, sp);
    }

    /**
     * Groups {@code digits} with {@code sep} every {@code every} digits from the right, padding with zeros on
     * the left until the result is at least {@code minWidth} long (never starting with a separator).
     */
    static String group(String digits, char sep, int every, int minWidth) {
        int n = digits.length();
        if (sep == 0) {
            return n >= minWidth ? digits : "0".repeat(minWidth - n) + digits;
        }
        StringBuilder out = new StringBuilder(n + n / every + 2);
        int i = n - 1;
        int inGroup = 0;
        while (true) {
            out.append(i >= 0 ? digits.charAt(i--) : '0');
            inGroup++;
            if (i < 0 && out.length() >= minWidth) break;
            if (inGroup == every) {
                out.append(sep);
                inGroup = 0;
            }
        }
        return out.reverse().toString();
    }

    static String group(String digits, char sep, int every) {
        return group(digits, sep, every, 0);
    }

    /**
     * Lays a number out: sign, prefix ("0x"), integer digits grouped (and zero-padded when the fill is '0'
     * with '=' alignment), then the rest (fraction, exponent, '%'), padded to the width.
     */
    private static String layout(Spec sp, String sign, String prefix, String intDigits, String rest, int every) {
        String lead = prefix.isEmpty() ? sign : sign + prefix;
        String digits = intDigits;
        if (sp.grouping != 0 || (sp.fill == '0' && sp.align == '=')) {
            int min = sp.fill == '0' && sp.align == '=' ? sp.width - lead.length() - cpLen(rest) : 0;
            digits = group(intDigits, sp.grouping, every, min);
        }
        return pad(lead, rest.isEmpty() ? digits : digits + rest, sp);
    }

    private static String signOf(boolean neg, Spec sp) {
        return neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
    }

    public static String formatInt(PyInt x, String spec) {
        if (spec.isEmpty()) return x.str();
        String typeName = x.type().name;
        Spec sp = parse(spec, typeName, '>');
        int t = sp.type == 0 ? 'd' : sp.type;
        switch (t) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat(x.toDouble(), sp, typeName);
            default:
                throw unknownCode(t, typeName);
        }
        if (sp.precision >= 0) throw Errors.valueError("Precision not allowed in integer format specifier");
        if (sp.noNegZero) throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (t == 'c') {
            if (sp.sign != 0) throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            if (sp.alt) throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (x.isBig()) throw Errors.overflowError("Python int too large to convert to C long");
            if (x.v < 0 || x.v > 0x10ffff) throw Errors.overflowError("%c arg not in range(0x110000)");
            sp.grouping = 0;
            return pad("", new String(Character.toChars((int) x.v)), sp);
        }
        boolean neg = x.signum() < 0;
        String digits;
        String prefix = "";
        int every = 3;
        if (!x.isBig() && x.v != Long.MIN_VALUE) {
            long a = Math.abs(x.v);
            switch (t) {
                case 'x': digits = Long.toHexString(a); break;
                case 'X': digits = Long.toHexString(a).toUpperCase(); break;
                case 'o': digits = Long.toOctalString(a); break;
                case 'b': digits = Long.toBinaryString(a); break;
                default: digits = Long.toString(a);
            }
        } else {
            java.math.BigInteger a = x.toBig().abs();
            switch (t) {
                case 'x': digits = a.toString(16); break;
                case 'X': digits = a.toString(16).toUpperCase(); break;
                case 'o': digits = a.toString(8); break;
                case 'b': digits = a.toString(2); break;
                default: digits = IntMath.toDecimalString(a);
            }
        }
        switch (t) {
            case 'x': every = 4; if (sp.alt) prefix = "0x"; break;
            case 'X': every = 4; if (sp.alt) prefix = "0X"; break;
            case 'o': every = 4; if (sp.alt) prefix = "0o"; break;
            case 'b': every = 4; if (sp.alt) prefix = "0b"; break;
            default: break;
        }
        return layout(sp, signOf(neg, sp), prefix, digits, "", every);
    }

    public static String formatFloat(double v, String spec) {
        if (spec.isEmpty()) return floatRepr(v);
        return formatFloat(v, parse(spec, "float", '>'), "float");
    }

    static String formatFloat(double v, Spec sp, String typeName) {
        int t = sp.type;
        switch (t) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                break;
            default:
                throw unknownCode(t, typeName);
        }
        String body = floatBody(v, t, sp.precision, sp.alt, t == 0);
        boolean neg = body.charAt(0) == '-';
        if (neg) {
            body = body.substring(1);
            if (sp.noNegZero && isZeroText(body)) neg = false;
        }
        if (t == '%') body = body + "%";
        return numberLayout(sp, signOf(neg, sp), body);
    }

    /** Splits a float's text into its integer digits and the rest, and lays it out. */
    private static String numberLayout(Spec sp, String sign, String body) {
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) end++;
        if (end == 0) return pad(sign, body, sp); // inf, nan
        return layout(sp, sign, "", body.substring(0, end), body.substring(end), 3);
    }

    private static boolean isZeroText(String body) {
        if (body.isEmpty() || !Character.isDigit(body.charAt(0))) return false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '1' && c <= '9') return false;
            if (c == 'e' || c == 'E') return true;
        }
        return true;
    }

    /**
     * The text of {@code v} (with a leading '-' when negative, also for -0.0) for a presentation type of the
     * mini-language ('r' or 0 is repr; with {@code addDot0} a result without '.' or exponent gets ".0").
     */
    static String floatBody(double v, int type, int precision, boolean alt, boolean addDot0) {
        boolean neg = Double.doubleToRawLongBits(v) < 0 && !Double.isNaN(v);
        double a = Math.abs(v);
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        String s;
        if (Double.isNaN(v)) {
            s = upper ? "NAN" : "nan";
        } else if (Double.isInfinite(v)) {
            s = upper ? "INF" : "inf";
        } else {
            switch (type) {
                case 'f': case 'F': case '%':
                    s = fixed(type == '%' ? a * 100 : a, precision < 0 ? 6 : precision);
                    if (alt && s.indexOf('.') < 0) s += ".";
                    break;
                case 'e': case 'E':
                    s = sci(a, precision < 0 ? 6 : precision, (char) type, alt);
                    break;
                case 'g': case 'G': case 'n':
                    s = general(a, precision < 0 ? 6 : precision, alt, upper, false);
                    break;
                default:
                    if (precision < 0) {
                        s = floatRepr(a);
                        if (alt && s.indexOf('.') < 0) {
                            int e = s.indexOf('e');
                            s = s.substring(0, e) + "." + s.substring(e);
                        }
                    } else {
                        s = general(a, precision, alt, false, addDot0);
                    }
            }
        }
        return neg ? "-" + s : s;
    }

    static String fixed(double a, int prec) {
        if (prec <= 17 && a < 1e15) {
            String fast = fastFixed(a, prec);
            if (fast != null) return fast;
        }
        return new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * Fixed notation without BigDecimal: a·10^prec is computed with one rounding (10^prec is exact), so
     * when that product is below 2^52 and further than one ulp from a tie, rounding it gives the digits of
     * the exact value; null otherwise.
     */
    private static String fastFixed(double a, int prec) {
        String digits = roundedDigits(a * POW10[prec]);
        if (digits == null) return null;
        if (prec == 0) return digits;
        if (digits.length() <= prec) digits = "0".repeat(prec - digits.length() + 1) + digits;
        int cut = digits.length() - prec;
        return digits.substring(0, cut) + "." + digits.substring(cut);
    }

    /**
     * The digits of scaled rounded half-even to an integer, where scaled is a value times an exact power of ten
     * (so one rounding away from it): null when it is not below 2^52 or lies within an ulp of a tie, where that
     * rounding could have changed the result.
     */
    private static String roundedDigits(double scaled) {
        if (!(scaled < 4503599627370496.0)) return null;
        double r = Math.rint(scaled);
        if (0.5 - Math.abs(scaled - r) <= Math.ulp(scaled)) return null;
        return Long.toString((long) r);
    }

    /** Powers of ten exactly representable as doubles (up to 10^22). */
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    static String sci(double a, int prec, char t) {
        return sci(a, prec, t, false);
    }

    static String sci(double a, int prec, char t, boolean alt) {
        String digits;
        int exp;
        if (a == 0.0) {
            digits = "0".repeat(prec + 1);
            exp = 0;
        } else if ((digits = fastSciDigits(a, prec, exp = (int) Math.floor(Math.log10(a)))) != null) {
            if (digits.length() == prec + 2) {
                // Rounded up to the next power of ten.
                digits = digits.substring(0, prec + 1);
                exp++;
            }
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            exp = digits.length() - 1 - r.scale();
            if (digits.length() < prec + 1) digits = digits + "0".repeat(prec + 1 - digits.length());
            else if (digits.length() > prec + 1) digits = digits.substring(0, prec + 1);
        }
        StringBuilder sb = new StringBuilder(prec + 8);
        sb.append(digits.charAt(0));
        if (prec > 0 || alt) sb.append('.');
        sb.append(digits, 1, digits.length());
        appendExponent(sb, exp, t == 'E' || t == 'G');
        return sb.toString();
    }

    /**
     * The prec+1 significant digits of a positive a (exponent estimate e) rounded half-even, without BigDecimal
     * as fastFixed does; prec+2 digits "100...0" when the rounding carries into the next power of ten; null when
     * that cannot be sure.
     */
    private static String fastSciDigits(double a, int prec, int e) {
        if (!(a > 0) || prec > 15 || Double.isInfinite(a)) return null;
        int k = prec - e;
        if (k > 22 || k < -22) return null;
        double scaled = k >= 0 ? a * POW10[k] : a / POW10[-k];
        // Below 10^prec the exponent estimate was one too high: the digits would be rounded at the wrong place.
        if (scaled < POW10[prec] + 1) return null;
        String d = roundedDigits(scaled);
        if (d == null) return null;
        if (d.length() == prec + 1) return d;
        if (d.length() != prec + 2 || d.charAt(0) != '1') return null;
        for (int i = 1; i < d.length(); i++) if (d.charAt(i) != '0') return null;
        return d;
    }

    private static void appendExponent(StringBuilder sb, int exp, boolean upper) {
        sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int ae = Math.abs(exp);
        if (ae < 10) sb.append('0');
        sb.append(ae);
    }

    static String general(double a, int prec, boolean alt, boolean upper) {
        return general(a, prec, alt, upper, false);
    }

    /**
     * The 'g' presentation: {@code prec} significant digits, scientific when the exponent is below -4 or not
     * below the precision (one less with {@code addDot0}, the rule of format's empty type); trailing zeros
     * dropped unless {@code alt}.
     */
    static String general(double a, int prec, boolean alt, boolean upper, boolean addDot0) {
        if (prec == 0) prec = 1;
        String digits;
        int exp;
        if (a == 0.0) {
            digits = "0".repeat(prec);
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(prec, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            exp = digits.length() - 1 - r.scale();
            if (digits.length() < prec) digits = digits + "0".repeat(prec - digits.length());
            else if (digits.length() > prec) digits = digits.substring(0, prec);
        }
        if (!alt) {
            int e = digits.length();
            while (e > 1 && digits.charAt(e - 1) == '0') e--;
            digits = digits.substring(0, e);
        }
        StringBuilder sb = new StringBuilder(prec + 8);
        if (exp < -4 || exp >= (addDot0 ? prec - 1 : prec)) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1 || alt) sb.append('.');
            sb.append(digits, 1, digits.length());
            appendExponent(sb, exp, upper);
        } else if (exp < 0) {
            sb.append("0.");
            for (int k = -1; k > exp; k--) sb.append('0');
            sb.append(digits);
        } else if (digits.length() > exp + 1) {
            sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
        } else {
            sb.append(digits);
            for (int k = digits.length(); k <= exp; k++) sb.append('0');
            if (alt) sb.append('.');
            else if (addDot0) sb.append(".0");
        }
        return sb.toString();
    }

    /** format(complex, spec). */
    public static String formatComplex(double re, double im, String spec, String typeName) {
        Spec sp = parse(spec, typeName, '>');
        int t = sp.type;
        switch (t) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw unknownCode(t, typeName);
        }
        if (sp.fill == '0') throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        if (sp.align == '=') throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        boolean skipRe = false;
        boolean parens = false;
        int prec = sp.precision;
        int ft = t;
        if (t == 0) {
            if (re == 0.0 && Double.doubleToRawLongBits(re) == 0) skipRe = true;
            else parens = true;
            ft = prec < 0 ? 'r' : 'g';
        }
        String reText = "";
        if (!skipRe) {
            reText = complexPart(re, ft, prec, sp);
            String sign = reText.startsWith("-") ? "-" : signOf(false, sp);
            if (reText.startsWith("-")) reText = reText.substring(1);
            reText = sign + reText;
        }
        String imText = complexPart(im, ft, prec, sp);
        if (!imText.startsWith("-")) imText = (skipRe ? signOf(false, sp) : "+") + imText;
        String body = (parens ? "(" : "") + reText + imText + "j" + (parens ? ")" : "");
        return pad("", body, sp);
    }

    private static String complexPart(double d, int type, int prec, Spec sp) {
        String s = type == 'r' ? reprPart(d, sp.alt) : floatBody(d, type, prec, sp.alt, false);
        if (s.startsWith("-") && sp.noNegZero && isZeroText(s.substring(1))) s = s.substring(1);
        return s;
    }

    /** A part of complex's repr-style text: no ".0" for integral values, but a '.' always with '#'. */
    private static String reprPart(double d, boolean alt) {
        String s = floatBody(d, 0, -1, false, false);
        if (s.endsWith(".0")) return s.substring(0, s.length() - (alt ? 1 : 2));
        if (alt && s.indexOf('.') < 0 && Character.isDigit(s.charAt(s.length() - 1))) {
            int e = s.indexOf('e');
            return e < 0 ? s + "." : s.substring(0, e) + "." + s.substring(e);
        }
        return s;
    }

    static String floatHex(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0.0) return (1 / d < 0) ? "-0x0.0p+0" : "0x0.0p+0";
        String sign = d < 0 ? "-" : "";
        d = Math.abs(d);
        long bits = Double.doubleToLongBits(d);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        int e;
        String lead;
        if (exp == 0) {
            lead = "0";
            e = -1022;
        } else {
            lead = "1";
            e = exp - 1023;
        }
        String m = String.format("%013x", mant);
        return sign + "0x" + lead + "." + m + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** float.fromhex: [sign] ["0x"] hexdigits ["." hexdigits] ["p" [sign] decimal], or inf/nan, in white space. */
    static double floatFromHex(String s) {
        String t = StrMethods.strip(s, null, 3);
        int i = 0;
        int n = t.length();
        boolean neg = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) neg = t.charAt(i++) == '-';
        String rest = t.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (rest.equals("nan")) return Double.NaN;
        if (t.regionMatches(true, i, "0x", 0, 2)) i += 2;
        StringBuilder digits = new StringBuilder();
        int st = i;
        while (i < n && Character.digit(t.charAt(i), 16) >= 0 && t.charAt(i) < 128) digits.append(t.charAt(i++));
        int intDigits = i - st;
        int fracDigits = 0;
        if (i < n && t.charAt(i) == '.') {
            i++;
            st = i;
            while (i < n && Character.digit(t.charAt(i), 16) >= 0 && t.charAt(i) < 128) digits.append(t.charAt(i++));
            fracDigits = i - st;
        }
        if (intDigits + fracDigits == 0) throw Errors.valueError("invalid hexadecimal floating-point string");
        long exp = 0;
        if (i < n && (t.charAt(i) == 'p' || t.charAt(i) == 'P')) {
            i++;
            boolean eneg = false;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) eneg = t.charAt(i++) == '-';
            st = i;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                if (exp < 1_000_000_000L) exp = exp * 10 + (t.charAt(i) - '0');
                i++;
            }
            if (i == st) throw Errors.valueError("invalid hexadecimal floating-point string");
            if (eneg) exp = -exp;
        }
        if (i != n) throw Errors.valueError("invalid hexadecimal floating-point string");
        int lead = 0;
        while (lead < digits.length() && digits.charAt(lead) == '0') lead++;
        String m = digits.substring(lead);
        if (m.isEmpty()) return neg ? -0.0 : 0.0;
        long exp2 = exp - 4L * fracDigits;
        long top = 4L * m.length() + exp2; // the value is below 2^top
        if (top > 1100) throw Errors.overflowError("hexadecimal value too large to represent as a float");
        if (top < -1200) return neg ? -0.0 : 0.0;
        double d = Double.parseDouble("0x" + m + "p" + exp2);
        if (Double.isInfinite(d)) throw Errors.overflowError("hexadecimal value too large to represent as a float");
        return neg ? -d : d;
    }
}
