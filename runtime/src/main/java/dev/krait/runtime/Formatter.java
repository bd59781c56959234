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

    /** repr(float) as CPython prints it. */
    public static String floatRepr(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0.0) return (1 / v < 0) ? "-0.0" : "0.0";
        if (v == Math.rint(v) && Math.abs(v) < 1e16) return (long) v + ".0";
        BigDecimal exact = new BigDecimal(v);
        BigDecimal best = null;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(r.toString()) == v) {
                best = r;
                break;
            }
        }
        if (best == null) best = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
        return reprDigits(best.stripTrailingZeros());
    }

    /** Formats shortest digits with CPython's repr rule: scientific when exponent < -4 or >= 16. */
    private static String reprDigits(BigDecimal d) {
        boolean neg = d.signum() < 0;
        String digits = d.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - d.scale();
        StringBuilder sb = new StringBuilder();
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
        } else {
            if (digits.length() <= exp + 1) {
                sb.append(digits);
                for (int i = digits.length(); i <= exp; i++) sb.append('0');
                sb.append(".0");
            } else {
                sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ format specs (interim subset)

    /** Parsed {@code [[fill]align][sign][#][0][width][,|_][.precision][type]}. */
    static final class Spec {
        char fill = ' ';
        char align = 0;
        char sign = 0;
        boolean alt;
        boolean zero;
        int width = -1;
        char grouping = 0;
        int precision = -1;
        char type = 0;
    }

    static Spec parse(String s, String typeName) {
        Spec sp = new Spec();
        int i = 0;
        int n = s.length();
        if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
            sp.fill = s.charAt(0);
            sp.align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            sp.align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) sp.sign = s.charAt(i++);
        if (i < n && s.charAt(i) == 'z') i++;
        if (i < n && s.charAt(i) == '#') {
            sp.alt = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            sp.zero = true;
            i++;
        }
        int st = i;
        while (i < n && Character.isDigit(s.charAt(i))) i++;
        if (i > st) sp.width = Integer.parseInt(s.substring(st, i));
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) sp.grouping = s.charAt(i++);
        if (i < n && s.charAt(i) == '.') {
            i++;
            st = i;
            while (i < n && Character.isDigit(s.charAt(i))) i++;
            if (i == st) throw Errors.valueError("Format specifier missing precision");
            sp.precision = Integer.parseInt(s.substring(st, i));
        }
        if (i < n) sp.type = s.charAt(i++);
        if (i < n) throw Errors.valueError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'");
        return sp;
    }

    static String pad(String body, Spec sp, char defaultAlign, String signPrefix) {
        char align = sp.align != 0 ? sp.align : (sp.zero ? '=' : defaultAlign);
        char fill = sp.align != 0 ? sp.fill : (sp.zero ? '0' : sp.fill);
        int len = signPrefix.codePointCount(0, signPrefix.length()) + body.codePointCount(0, body.length());
        if (sp.width <= len) return signPrefix + body;
        String f = String.valueOf(fill).repeat(sp.width - len);
        switch (align) {
            case '<': return signPrefix + body + f;
            case '>': return f + signPrefix + body;
            case '=': return signPrefix + f + body;
            default: {
                int left = (sp.width - len) / 2;
                String fs = String.valueOf(fill);
                return fs.repeat(left) + signPrefix + body + fs.repeat(sp.width - len - left);
            }
        }
    }

    public static String formatStr(String v, String spec) {
        if (spec.isEmpty()) return v;
        Spec sp = parse(spec, "str");
        if (sp.type != 0 && sp.type != 's') {
            throw Errors.valueError("Unknown format code '" + sp.type + "' for object of type 'str'");
        }
        if (sp.sign != 0) throw Errors.valueError("Sign not allowed in string format specifier");
        if (sp.align == '=') throw Errors.valueError("'=' alignment not allowed in string format specifier");
        if (sp.precision >= 0 && sp.precision < v.codePointCount(0, v.length())) {
            v = v.substring(0, v.offsetByCodePoints(0, sp.precision));
        }
        return pad(v, sp, '<', "");
    }

    static String group(String digits, char sep, int every) {
        if (sep == 0) return digits;
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) sb.append(sep);
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    public static String formatInt(PyInt x, String spec) {
        if (spec.isEmpty()) return x.str();
        Spec sp = parse(spec, "int");
        char t = sp.type == 0 ? 'd' : sp.type;
        if ("eEfFgG%".indexOf(t) >= 0) return formatFloat(x.toDouble(), spec);
        java.math.BigInteger v = x.toBig();
        boolean neg = v.signum() < 0;
        java.math.BigInteger a = v.abs();
        String body;
        String prefix = "";
        switch (t) {
            case 'd': case 'n': body = group(a.toString(), sp.grouping, 3); break;
            case 'x': body = group(a.toString(16), sp.grouping, 4); prefix = sp.alt ? "0x" : ""; break;
            case 'X': body = group(a.toString(16).toUpperCase(), sp.grouping, 4); prefix = sp.alt ? "0X" : ""; break;
            case 'o': body = group(a.toString(8), sp.grouping, 4); prefix = sp.alt ? "0o" : ""; break;
            case 'b': body = group(a.toString(2), sp.grouping, 4); prefix = sp.alt ? "0b" : ""; break;
            case 'c': body = new String(Character.toChars(v.intValueExact())); break;
            default:
                throw Errors.valueError("Unknown format code '" + t + "' for object of type '" + x.type().name + "'");
        }
        String sign = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        if ((sp.zero && sp.align == 0) && sp.grouping != 0 && sp.width > 0) {
            int target = sp.width - sign.length() - prefix.length();
            String raw = body.replace(String.valueOf(sp.grouping), "");
            while (group(raw, sp.grouping, t == 'd' || t == 'n' ? 3 : 4).length() < target) raw = "0" + raw;
            body = group(raw, sp.grouping, t == 'd' || t == 'n' ? 3 : 4);
        }
        return pad(body, sp, '>', sign + prefix);
    }

    public static String formatFloat(double v, String spec) {
        if (spec.isEmpty()) return floatRepr(v);
        Spec sp = parse(spec, "float");
        char t = sp.type;
        boolean neg = v < 0 || (v == 0.0 && 1 / v < 0);
        double a = Math.abs(v);
        String body;
        if (Double.isNaN(v)) {
            body = Character.isUpperCase(t) ? "NAN" : "nan";
            neg = false;
        } else if (Double.isInfinite(v)) {
            body = Character.isUpperCase(t) ? "INF" : "inf";
        } else {
            switch (t) {
                case 'f': case 'F': body = fixed(a, sp.precision < 0 ? 6 : sp.precision); break;
                case 'e': case 'E': body = sci(a, sp.precision < 0 ? 6 : sp.precision, t); break;
                case '%': body = fixed(a * 100, sp.precision < 0 ? 6 : sp.precision) + "%"; break;
                case 'g': case 'G': case 'n': body = general(a, sp.precision < 0 ? 6 : sp.precision, sp.alt, t == 'G'); break;
                case 0:
                    body = sp.precision < 0 ? floatRepr(a) : general(a, sp.precision, sp.alt, false);
                    if (sp.precision >= 0 && body.indexOf('.') < 0 && body.indexOf('e') < 0 && body.indexOf('n') < 0) {
                        body = body + ".0";
                    }
                    break;
                default:
                    throw Errors.valueError("Unknown format code '" + t + "' for object of type 'float'");
            }
            if (sp.grouping != 0) {
                int dot = body.indexOf('.');
                int end = dot >= 0 ? dot : body.indexOf('e') >= 0 ? body.indexOf('e') : body.length();
                if (body.endsWith("%") && dot < 0) end = body.length() - 1;
                body = group(body.substring(0, end), sp.grouping, 3) + body.substring(end);
            }
        }
        String sign = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        return pad(body, sp, '>', sign);
    }

    static String fixed(double a, int prec) {
        return new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String sci(double a, int prec, char t) {
        String s;
        if (a == 0.0) {
            s = "0" + (prec > 0 ? "." + "0".repeat(prec) : "") + "e+00";
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            String digits = r.unscaledValue().toString();
            int exp = digits.length() - 1 - r.scale();
            while (digits.length() < prec + 1) digits = digits + "0";
            digits = digits.substring(0, prec + 1);
            s = digits.charAt(0) + (prec > 0 ? "." + digits.substring(1) : "") + "e" + (exp < 0 ? "-" : "+")
                    + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return t == 'E' ? s.toUpperCase() : s;
    }

    static String general(double a, int prec, boolean alt, boolean upper) {
        if (prec == 0) prec = 1;
        if (a == 0.0) return alt ? "0." + "0".repeat(prec - 1) : "0";
        BigDecimal r = new BigDecimal(a).round(new MathContext(prec, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        int exp = digits.length() - 1 - r.scale();
        String s;
        if (exp < -4 || exp >= prec) {
            s = sci(a, prec - 1, upper ? 'E' : 'e');
            if (!alt) {
                int e = s.indexOf(upper ? 'E' : 'e');
                String mant = s.substring(0, e);
                if (mant.indexOf('.') >= 0) mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
                s = mant + s.substring(e);
            }
        } else {
            s = fixed(a, Math.max(prec - 1 - exp, 0));
            if (!alt && s.indexOf('.') >= 0) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
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
        String m = String.format("%013x", mant).replaceAll("0+$", "");
        if (m.isEmpty()) m = "0";
        return sign + "0x" + lead + "." + m + "p" + (e >= 0 ? "+" : "") + e;
    }

    static double floatFromHex(String s) {
        String t = s.strip();
        try {
            String low = t.toLowerCase();
            if (low.matches("[+-]?(inf|infinity|nan)")) return FloatMethods.parse(t);
            if (!low.contains("p")) t = t + "p0";
            if (!low.replace("-", "").replace("+", "").startsWith("0x")) {
                boolean neg = t.startsWith("-");
                t = (neg ? "-" : "") + "0x" + t.replaceFirst("^[+-]", "");
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
    }
}
