package dev.krait.runtime;

import java.math.BigInteger;

/** {@code int(...)} construction and parsing, and the methods of int. */
final class IntMethods {
    private IntMethods() {}

    static PyInt i(PyObject o) {
        return (PyInt) o;
    }

    static boolean isInt(PyObject o) {
        return o instanceof PyInt;
    }

    static PyObject construct(PyType cls, PyObject[] args, String[] kw) {
        if (kw != null) {
            for (String k : kw) {
                if (!k.equals("base")) throw Errors.typeError("'" + k + "' is an invalid keyword argument for int()");
            }
        }
        ArgParser p = new ArgParser("int", args, kw, 0, "$x", "base");
        PyObject x = p.get(0, null);
        PyObject base = p.get(1, null);
        PyInt r;
        if (base != null) {
            if (x == null) throw Errors.typeError("int() missing string argument");
            java.math.BigInteger bb = Protocol.indexBig(base);
            long b = bb.bitLength() < 32 ? bb.longValue() : -1;
            if (b != 0 && (b < 2 || b > 36)) throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
            if (x instanceof PyStr s) r = parse(s.value(), (int) b, s.value());
            else if (x instanceof PyBytes bs) r = parse(bs.asLatin1(), (int) b, bs.repr());
            else if (x instanceof PyByteArray ba) r = parse(latin1(ba), (int) b, ba.repr());
            else throw Errors.typeError("int() can't convert non-string with explicit base");
        } else if (x == null) {
            r = PyInt.ZERO;
        } else {
            r = toInt(x);
        }
        if (cls != PyInt.TYPE && !cls.builtin) return new IntSub(cls, r);
        return r;
    }

    private static String latin1(PyByteArray b) {
        return new String(b.data, 0, b.size, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** int(x) for a single argument. */
    static PyInt toInt(PyObject x) {
        if (x instanceof PyInt n) return x.getClass() == PyInt.class ? n : PyInt.of(n.toBig());
        if (x instanceof PyFloat f) return fromDouble(f.v);
        if (x instanceof PyStr s) return parse(s.value(), 10, s.value());
        if (x instanceof PyBytes b) return parse(b.asLatin1(), 10, b.repr());
        if (x instanceof PyByteArray b) return parse(latin1(b), 10, b.repr());
        PyObject f = x.type().lookup("__int__");
        if (f != null) {
            PyObject r = Protocol.call0(f, x);
            if (!(r instanceof PyInt ri)) throw Errors.typeError("__int__ returned non-int (type " + r.type().name + ")");
            return ri;
        }
        f = x.type().lookup("__index__");
        if (f != null) return PyInt.of(Protocol.indexBig(x));
        f = x.type().lookup("__trunc__");
        if (f != null) {
            PyObject r = Protocol.call0(f, x);
            if (!(r instanceof PyInt ri)) throw Errors.typeError("__trunc__ returned non-Integral (type " + r.type().name + ")");
            return ri;
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name + "'");
    }

    static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert float infinity to integer");
        if (Math.abs(d) < 9.2e18) return PyInt.of((long) d);
        return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
    }

    /** Parses an int literal string as int(s, base) does, with CPython's error message. */
    static PyInt parse(String original, int base, String reprSource) {
        String s = original;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                s = FloatMethods.asciiDigitsAndSpaces(s);
                break;
            }
        }
        s = FloatMethods.asciiStrip(s);
        PyInt r = tryParse(s, base);
        if (r == null) {
            throw Errors.valueError("invalid literal for int() with base " + base + ": "
                    + (reprSource.equals(original) ? StrRepr.repr(original) : reprSource));
        }
        return r;
    }

    private static PyInt tryParse(String s, int base) {
        int i = 0;
        int n = s.length();
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        if (base == 0 || base == 16 || base == 8 || base == 2) {
            if (i + 1 < n && s.charAt(i) == '0') {
                char c = Character.toLowerCase(s.charAt(i + 1));
                int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
                if (pb != 0 && (base == 0 || base == pb)) {
                    base = pb;
                    i += 2;
                    if (i < n && s.charAt(i) == '_') i++;
                }
            }
            if (base == 0) {
                base = 10;
                // A decimal literal with base 0 may not have leading zeros (except all zeros).
                String digits = s.substring(i).replace("_", "");
                if (digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(c -> c == '0')) return null;
            }
        }
        if (i >= n) return null;
        StringBuilder digits = new StringBuilder(n - i);
        boolean lastUnderscore = true;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) return null;
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, base);
            if (d < 0) return null;
            digits.append(Character.forDigit(d, base));
            lastUnderscore = false;
        }
        if (lastUnderscore) return null;
        String ds = digits.toString();
        if (ds.length() <= 18 && base == 10 || ds.length() <= 12) {
            long v = Long.parseLong(ds, base);
            return PyInt.of(neg ? -v : v);
        }
        if (base == 10 && ds.length() > PyInt.maxStrDigits && PyInt.maxStrDigits > 0) {
            throw Errors.valueError("Exceeds the limit (" + PyInt.maxStrDigits + " digits) for integer string conversion: "
                    + "value has " + ds.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger b = new BigInteger(ds, base);
        return PyInt.of(neg ? b.negate() : b);
    }

    static void setup(PyType t) {
        t.setConstructor(IntMethods::construct);
        Subclasses.defineNew(t);
        BuiltinSetup.numberDunders(t, IntMethods::isInt, Slot.ADD, Slot.SUB, Slot.MUL, Slot.TRUEDIV, Slot.FLOORDIV,
                Slot.MOD, Slot.POW, Slot.LSHIFT, Slot.RSHIFT, Slot.AND, Slot.OR, Slot.XOR, Slot.DIVMOD);
        t.method("__invert__", (Fn.F1) PyObject::invert);
        // int.__repr__ gives the digits also for bools and subclasses (int.__repr__(True) == '1').
        t.method("__repr__", (Fn.F1) s -> PyStr.of(i(s).big == null ? Long.toString(i(s).v) : IntMath.toDecimalString(i(s).big)));
        t.method("__index__", (Fn.F1) s -> PyInt.of(i(s).toBig()));
        t.method("__int__", (Fn.F1) s -> PyInt.of(i(s).toBig()));
        t.method("__float__", (Fn.F1) s -> new PyFloat(i(s).toDouble()));
        t.method("__trunc__", (Fn.F1) s -> PyInt.of(i(s).toBig()));
        t.method("__floor__", (Fn.F1) s -> PyInt.of(i(s).toBig()));
        t.method("__ceil__", (Fn.F1) s -> PyInt.of(i(s).toBig()));
        t.method(new PyBuiltinFunction("__round__").with((Fn.F1) s -> PyInt.of(i(s).toBig()))
                .with((Fn.F2) (s, nd) -> roundInt(i(s), nd)));
        t.method("__getnewargs__", (Fn.F1) s -> PyTuple.of(PyInt.of(i(s).toBig())));
        t.method("conjugate", (Fn.F1) s -> PyInt.of(i(s).toBig()));
        t.getter("real", s -> PyInt.of(i(s).toBig()));
        t.getter("imag", s -> PyInt.ZERO);
        t.getter("numerator", s -> PyInt.of(i(s).toBig()));
        t.getter("denominator", s -> PyInt.ONE);
        t.method("bit_length", (Fn.F1) s -> PyInt.of(i(s).isBig() ? i(s).big.abs().bitLength()
                : 64 - Long.numberOfLeadingZeros(i(s).v == Long.MIN_VALUE ? Long.MIN_VALUE : Math.abs(i(s).v))));
        t.method("bit_count", (Fn.F1) s -> PyInt.of(i(s).isBig() ? i(s).big.abs().bitCount()
                : i(s).v == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(i(s).v))));
        t.method("as_integer_ratio", (Fn.F1) s -> PyTuple.of(PyInt.of(i(s).toBig()), PyInt.ONE));
        t.method("to_bytes", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("to_bytes", a, k, 1, "length", "byteorder", "*", "signed");
            return toBytes(i(a[0]), p.get(0, PyInt.ONE), p.get(1, PyStr.of("big")), p.get(3, PyBool.FALSE).isTrue());
        });
        t.def("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("from_bytes", a, k, 1, "bytes", "byteorder", "*", "signed");
            PyObject src = p.required(0, "bytes");
            if (src instanceof PyStr || (!PyBytes.isBytesLike(src) && src.type().lookup("__bytes__") == null
                    && src.type().lookup("__iter__") == null && src.type().lookup("__getitem__") == null)) {
                throw Errors.typeError("cannot convert '" + src.type().name + "' object to bytes");
            }
            // Any iterable of ints is accepted, as bytes(iterable) would.
            if (!(src instanceof PyBytes || src instanceof PyByteArray) && src.type().lookup("__bytes__") == null
                    && !(src instanceof PyStr)) {
                src = new PyBytes(BytesMethods.source(new PyObject[] {src}, null, "bytes"));
            }
            PyInt r = fromBytes(src, p.get(1, PyStr.of("big")), p.get(3, PyBool.FALSE).isTrue());
            return a[0] == PyInt.TYPE ? r : a[0].call1(r);
        })));
    }

    static PyObject roundInt(PyInt x, PyObject ndigits) {
        if (ndigits == PyNone.NONE) return PyInt.of(x.toBig());
        long nd = Protocol.index(ndigits);
        if (nd >= 0) return PyInt.of(x.toBig());
        if (nd < -400) return PyInt.ZERO;
        BigInteger pow = BigInteger.TEN.pow((int) -nd);
        BigInteger v = x.toBig();
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return PyInt.of(q.multiply(pow));
    }

    static PyObject toBytes(PyInt x, PyObject lengthObj, PyObject orderObj, boolean signed) {
        long length = Protocol.index(lengthObj);
        if (length < 0) throw Errors.valueError("length argument must be non-negative");
        String order = orderObj.str();
        if (!order.equals("big") && !order.equals("little")) {
            throw Errors.valueError("byteorder must be either 'little' or 'big'");
        }
        BigInteger v = x.toBig();
        if (!signed && v.signum() < 0) throw Errors.overflowError("can't convert negative int to unsigned");
        byte[] raw = v.toByteArray();
        int start = 0;
        if (!signed && raw.length > 1 && raw[0] == 0) start = 1;
        // 0, and -1 when signed (all sign bits), need no bytes at all in CPython
        int needed = v.signum() == 0 || (signed && v.equals(BigInteger.ONE.negate())) ? 0 : raw.length - start;
        if (needed > length) throw Errors.overflowError("int too big to convert");
        byte[] out = new byte[(int) length];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        java.util.Arrays.fill(out, fill);
        System.arraycopy(raw, start, out, (int) length - needed, needed);
        if (v.signum() == 0 && length == 0) return new PyBytes(new byte[0]);
        if (order.equals("little")) {
            for (int a = 0, b = out.length - 1; a < b; a++, b--) {
                byte tmp = out[a];
                out[a] = out[b];
                out[b] = tmp;
            }
        }
        return new PyBytes(out);
    }

    static PyInt fromBytes(PyObject data, PyObject orderObj, boolean signed) {
        String order = orderObj.str();
        if (!order.equals("big") && !order.equals("little")) {
            throw Errors.valueError("byteorder must be either 'little' or 'big'");
        }
        byte[] b = PyBytes.bytesOf(data).clone();
        if (order.equals("little")) {
            for (int a = 0, c = b.length - 1; a < c; a++, c--) {
                byte tmp = b[a];
                b[a] = b[c];
                b[c] = tmp;
            }
        }
        if (b.length == 0) return PyInt.ZERO;
        BigInteger v = signed ? new BigInteger(b) : new BigInteger(1, b);
        return PyInt.of(v);
    }
}
