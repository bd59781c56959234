package dev.krait.runtime;

/** printf-style {@code str % args}. */
final class PercentFormatter {
    private PercentFormatter() {}

    static String format(String fmt, PyObject args) {
        return format(fmt, args, false);
    }

    /** With {@code bytes} set, the format is bytes % args (decoded as Latin-1): %s and %b take bytes-like values. */
    static String format(String fmt, PyObject args, boolean bytes) {
        PyObject[] items;
        PyObject mapping = null;
        if (args instanceof PyTuple t) {
            items = t.items;
        } else {
            items = new PyObject[] {args};
            if (!(args instanceof PyStr) && !(args instanceof PyBytes) && !(args instanceof PyByteArray)
                    && args.type().lookup("__getitem__") != null && !(args instanceof PyList)) {
                mapping = args;
            }
        }
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int ai = 0;
        int n = fmt.length();
        boolean usedMapping = false;
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            i++;
            if (i >= n) throw Errors.valueError("incomplete format");
            PyObject value = null;
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
                value = mapping.getItem(PyStr.of(fmt.substring(st, i)));
                usedMapping = true;
                i++;
            }
            String flags = "";
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) flags += fmt.charAt(i++);
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                width = (int) Protocol.index(next(items, ai++));
                i++;
                if (width < 0) {
                    flags += "-";
                    width = -width;
                }
            } else {
                int st = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                if (i > st) width = Integer.parseInt(fmt.substring(st, i));
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    prec = (int) Protocol.index(next(items, ai++));
                    i++;
                } else {
                    int st = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                    prec = i > st ? Integer.parseInt(fmt.substring(st, i)) : 0;
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) i++;
            if (i >= n) throw Errors.valueError("incomplete format");
            char conv = fmt.charAt(i);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (value == null) value = next(items, ai++);
            out.append(bytes ? convertBytes(value, conv, flags, width, prec, i) : convert(value, conv, flags, width, prec, i));
        }
        if (!usedMapping && ai < items.length && mapping == null) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static PyObject next(PyObject[] items, int i) {
        if (i >= items.length) throw Errors.typeError("not enough arguments for format string");
        return items[i];
    }

    private static String convertBytes(PyObject v, char conv, String flags, int width, int prec, int pos) {
        boolean left = flags.indexOf('-') >= 0;
        String body;
        switch (conv) {
            case 's':
            case 'b': {
                PyObject b = v;
                if (!(b instanceof PyBytes || b instanceof PyByteArray)) {
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
                    long n = Protocol.index(v);
                    if (n < 0 || n > 255) throw Errors.overflowError("%c arg not in range(256)");
                    c = (int) n;
                }
                return padText(String.valueOf((char) c), width, left);
            }
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
            case 'a': body = Builtins.ascii(v.repr()); return padText(body, width, left);
            case 'c': {
                if (v instanceof PyStr s) {
                    if (s.cpLength() != 1) throw Errors.typeError("%c requires int or char");
                    body = s.value;
                } else {
                    long cp = Protocol.index(v);
                    if (cp < 0 || cp > 0x10ffff) throw Errors.overflowError("%c arg not in range(0x110000)");
                    body = new String(Character.toChars((int) cp));
                }
                return padText(body, width, left);
            }
            case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
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
                    default: body = b.toString();
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
                    zero = false;
                } else if (Double.isInfinite(d)) {
                    body = Character.isUpperCase(conv) ? "INF" : "inf";
                    zero = false;
                } else if (conv == 'f' || conv == 'F') {
                    body = Formatter.fixed(a, p);
                    if (alt && p == 0) body += ".";
                } else if (conv == 'e' || conv == 'E') {
                    body = Formatter.sci(a, p, conv);
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
