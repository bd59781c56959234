package dev.krait.runtime;

/** printf-style {@code str % args}. */
final class PercentFormatter {
    private PercentFormatter() {}

    static String format(String fmt, PyObject args) {
        return format(fmt, args, false);
    }

    /** With {@code bytes} set, the format is bytes % args (decoded as Latin-1): %s and %b take bytes-like values. */
    static String format(String fmt, PyObject args, boolean bytes) {
        // CPython's argument cursor: a tuple is walked item by item; any other value is the one argument
        // (arglen -1, index -2), and so is a value looked up by "%(key)".
        PyObject cur = args;
        PyObject[] items = null;
        int arglen;
        int argidx;
        if (args instanceof PyTuple t) {
            items = t.items;
            arglen = items.length;
            argidx = 0;
        } else {
            arglen = -1;
            argidx = -2;
        }
        PyObject mapping = null;
        if (!(args instanceof PyTuple) && !(args instanceof PyStr) && args.type().lookup("__getitem__") != null) {
            mapping = args;
        }
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            i++;
            if (i >= n) throw Errors.valueError("incomplete format");
            if (fmt.charAt(i) == '%') {
                out.append('%');
                continue;
            }
            if (fmt.charAt(i) == '(') {
                if (mapping == null) throw Errors.typeError("format requires a mapping");
                int depth = 1;
                int st = i + 1;
                while (depth > 0) {
                    i++;
                    if (i >= n) throw Errors.valueError("incomplete format key");
                    if (fmt.charAt(i) == '(') depth++;
                    else if (fmt.charAt(i) == ')') depth--;
                }
                String key = fmt.substring(st, i);
                cur = mapping.getItem(bytes ? new PyBytes(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : PyStr.of(key));
                items = null;
                arglen = -1;
                argidx = -2;
                i++;
            }
            String flags = "";
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) flags += fmt.charAt(i++);
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                if (argidx >= arglen) throw Errors.typeError("not enough arguments for format string");
                PyObject w = items == null ? cur : items[argidx];
                argidx++;
                if (!(w instanceof PyInt wi)) throw Errors.typeError("* wants int");
                width = wi.asInt();
                i++;
                if (width < 0) {
                    flags += "-";
                    width = -width;
                }
            } else {
                int st = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                if (i > st) width = count(fmt, st, i, "width");
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    if (argidx >= arglen) throw Errors.typeError("not enough arguments for format string");
                    PyObject w = items == null ? cur : items[argidx];
                    argidx++;
                    if (!(w instanceof PyInt wi)) throw Errors.typeError("* wants int");
                    prec = Math.max(0, wi.asInt());
                    i++;
                } else {
                    int st = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                    prec = i > st ? count(fmt, st, i, "precision") : 0;
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) i++;
            if (i >= n) throw Errors.valueError("incomplete format");
            char conv = fmt.charAt(i);
            if (argidx >= arglen) throw Errors.typeError("not enough arguments for format string");
            PyObject value = items == null ? cur : items[argidx];
            argidx++;
            out.append(bytes ? convertBytes(value, conv, flags, width, prec, i) : convert(value, conv, flags, width, prec, i));
        }
        if (argidx < arglen && mapping == null) {
            throw Errors.typeError((bytes ? "not all arguments converted during bytes formatting"
                    : "not all arguments converted during string formatting"));
        }
        return out.toString();
    }

    private static int count(String fmt, int from, int to, String what) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (fmt.charAt(k) - '0');
            if (v > Integer.MAX_VALUE) throw Errors.valueError(what + " too big");
        }
        return (int) v;
    }

    private static String convertBytes(PyObject v, char conv, String flags, int width, int prec, int pos) {
        boolean left = flags.indexOf('-') >= 0;
        String body;
        switch (conv) {
            case 's':
            case 'b': {
                PyObject b = v;
                if (!PyBytes.isBytesLike(b)) {
                    PyObject hook = v.type().lookup("__bytes__");
                    if (hook == null) {
                        throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                                + v.type().name + "'");
                    }
                    b = Protocol.call0(hook, v);
                }
                body = new String(PyBytes.bytesOf(b), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (prec >= 0 && prec < body.length()) body = body.substring(0, prec);
                return padText(body, width, left);
            }
            case 'r':
            case 'a':
                body = Builtins.ascii(v.repr());
                if (prec >= 0 && prec < body.length()) body = body.substring(0, prec);
                return padText(body, width, left);
            case 'c': {
                int c;
                if (v instanceof PyBytes || v instanceof PyByteArray) {
                    byte[] b = PyBytes.bytesOf(v);
                    if (b.length != 1) throw Errors.typeError("%c requires an integer in range(256) or a single byte");
                    c = b[0] & 0xff;
                } else {
                    if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
                        throw Errors.typeError("%c requires an integer in range(256) or a single byte");
                    }
                    java.math.BigInteger big = Protocol.indexBig(v);
                    long n = big.bitLength() < 32 ? big.longValue() : -1;
                    if (n < 0 || n > 255) throw Errors.overflowError("%c arg not in range(256)");
                    c = (int) n;
                }
                return padText(String.valueOf((char) c), width, left);
            }
            case 'i':
                // bytes formatting names %i as %d in its messages
                if (!(v instanceof PyInt || v instanceof PyFloat) && v.type().lookup("__int__") == null
                        && v.type().lookup("__index__") == null) {
                    throw Errors.typeError("%d format: a real number is required, not " + v.type().name);
                }
                return convert(v, conv, flags, width, prec, pos);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                if (!(v instanceof PyInt || v instanceof PyFloat) && v.type().lookup("__float__") == null
                        && v.type().lookup("__index__") == null) {
                    throw Errors.typeError("float argument required, not " + v.type().name);
                }
                return convert(v, conv, flags, width, prec, pos);
            default:
                return convert(v, conv, flags, width, prec, pos);
        }
    }

    private static String convert(PyObject v, char conv, String flags, int width, int prec, int pos) {
        boolean left = flags.indexOf('-') >= 0;
        boolean zero = flags.indexOf('0') >= 0 && !left;
        String sign = flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
        boolean alt = flags.indexOf('#') >= 0;
        String body;
        String prefix = "";
        switch (conv) {
            case 's': body = v.str(); if (prec >= 0 && prec < body.length()) body = body.substring(0, prec); return padText(body, width, left);
            case 'r': body = v.repr(); if (prec >= 0 && prec < body.length()) body = body.substring(0, prec); return padText(body, width, left);
            case 'a': body = Builtins.ascii(v.repr()); if (prec >= 0 && prec < body.length()) body = body.substring(0, prec); return padText(body, width, left);
            case 'c': {
                if (v instanceof PyStr s) {
                    if (s.cpLength() != 1) throw Errors.typeError("%c requires int or char");
                    body = s.value();
                } else if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
                    throw Errors.typeError("%c requires int or char");
                } else {
                    java.math.BigInteger big = Protocol.indexBig(v);
                    long cp = big.bitLength() < 32 ? big.longValue() : -1;
                    if (cp < 0 || cp > 0x10ffff) throw Errors.overflowError("%c arg not in range(0x110000)");
                    body = new String(Character.toChars((int) cp));
                }
                return padText(body, width, left);
            }
            case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
                if (v instanceof PyInt pi && !pi.isBig() && pi.v != Long.MIN_VALUE) {
                    // The common case in long arithmetic (BigInteger only for ints beyond 64 bits).
                    long a = Math.abs(pi.v);
                    String pre = "";
                    String digits;
                    switch (conv) {
                        case 'x': digits = Long.toHexString(a); if (alt) pre = "0x"; break;
                        case 'X': digits = Long.toHexString(a).toUpperCase(); if (alt) pre = "0X"; break;
                        case 'o': digits = Long.toOctalString(a); if (alt) pre = "0o"; break;
                        default: digits = Long.toString(a);
                    }
                    if (prec > digits.length()) digits = "0".repeat(prec - digits.length()) + digits;
                    return padNumber(pi.v < 0 ? "-" : sign, pre, digits, width, left, zero);
                }
                java.math.BigInteger b;
                if (v instanceof PyInt pi) {
                    b = pi.toBig();
                } else if (v instanceof PyFloat f && (conv == 'd' || conv == 'i' || conv == 'u')) {
                    b = IntMethods.fromDouble(f.v).toBig();
                } else {
                    if (conv == 'd' || conv == 'i' || conv == 'u') {
                        if (v.type().lookup("__int__") == null && v.type().lookup("__index__") == null) {
                            throw Errors.typeError("%" + conv + " format: a real number is required, not " + v.type().name);
                        }
                        b = IntMethods.toInt(v).toBig();
                    } else {
                        if (v.type().lookup("__index__") == null) {
                            throw Errors.typeError("%" + conv + " format: an integer is required, not " + v.type().name);
                        }
                        b = Protocol.indexBig(v);
                    }
                }
                boolean neg = b.signum() < 0;
                b = b.abs();
                switch (conv) {
                    case 'x': body = b.toString(16); if (alt) prefix = "0x"; break;
                    case 'X': body = b.toString(16).toUpperCase(); if (alt) prefix = "0X"; break;
                    case 'o': body = b.toString(8); if (alt) prefix = "0o"; break;
                    default: body = IntMath.toDecimalString(b);
                }
                if (prec > body.length()) body = "0".repeat(prec - body.length()) + body;
                return padNumber(neg ? "-" : sign, prefix, body, width, left, zero);
            }
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                double d = FloatMethods.toDoubleForFormat(v, conv);
                boolean neg = d < 0 || (d == 0 && 1 / d < 0);
                double a = Math.abs(d);
                int p = prec < 0 ? 6 : prec;
                if (Double.isNaN(d)) {
                    body = Character.isUpperCase(conv) ? "NAN" : "nan";
                    neg = false;
                } else if (Double.isInfinite(d)) {
                    body = Character.isUpperCase(conv) ? "INF" : "inf";
                } else if (conv == 'f' || conv == 'F') {
                    body = Formatter.fixed(a, p);
                    if (alt && p == 0) body += ".";
                } else if (conv == 'e' || conv == 'E') {
                    body = Formatter.sci(a, p, conv, alt);
                } else {
                    body = Formatter.general(a, p, alt, conv == 'G');
                }
                return padNumber(neg ? "-" : sign, "", body, width, left, zero);
            }
            default:
                throw Errors.valueError("unsupported format character '" + conv + "' (0x" + Integer.toHexString(conv)
                        + ") at index " + pos);
        }
    }

    private static String padText(String s, int width, boolean left) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) return s;
        String f = " ".repeat(width - len);
        return left ? s + f : f + s;
    }

    private static String padNumber(String sign, String prefix, String body, int width, boolean left, boolean zero) {
        int len = sign.length() + prefix.length() + body.length();
        if (width <= len) return sign + prefix + body;
        if (left) return sign + prefix + body + " ".repeat(width - len);
        if (zero) return sign + prefix + "0".repeat(width - len) + body;
        return " ".repeat(width - len) + sign + prefix + body;
    }
}
