package dev.krait.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** {@code struct}: packing values into bytes by format strings (byte orders, sizes and alignment as CPython). */
final class StructModule {
    private StructModule() {}

    /** One parsed format: its items (code and count), byte order, and total size. */
    static final class Format {
        final boolean little;
        final boolean nativeAlign;
        final List<char[]> codes = new ArrayList<>();
        final List<Integer> counts = new ArrayList<>();
        int size;
        int items;

        Format(String fmt) {
            int i = 0;
            char order = '@';
            if (!fmt.isEmpty() && "@=<>!".indexOf(fmt.charAt(0)) >= 0) {
                order = fmt.charAt(0);
                i = 1;
            }
            little = order == '<' || order == '@' || order == '=';
            nativeAlign = order == '@';
            while (i < fmt.length()) {
                char c = fmt.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                int count = 1;
                if (Character.isDigit(c)) {
                    int j = i;
                    while (j < fmt.length() && Character.isDigit(fmt.charAt(j))) j++;
                    count = Integer.parseInt(fmt.substring(i, j));
                    if (j >= fmt.length()) throw error("repeat count given without format specifier");
                    i = j;
                    c = fmt.charAt(i);
                }
                int sz = size(c);
                if (nativeAlign && sz > 1 && c != 's' && c != 'p') size = (size + sz - 1) / sz * sz;
                codes.add(new char[] {c});
                counts.add(count);
                if (c == 's' || c == 'p') {
                    size += count;
                    items += 1;
                } else if (c == 'x') {
                    size += count;
                } else {
                    size += sz * count;
                    items += count;
                }
                i++;
            }
        }

        int size(char c) {
            switch (c) {
                case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
                case 'h': case 'H': case 'e': return 2;
                case 'i': case 'I': case 'f': return 4;
                case 'l': case 'L': return nativeAlign ? 8 : 4;
                case 'q': case 'Q': case 'd': return 8;
                case 'n': case 'N': case 'P':
                    if (!nativeAlign) throw error("bad char in struct format");
                    return 8;
                default: throw error("bad char in struct format");
            }
        }
    }

    static PyException error(String msg) {
        PyObject mod = Sys.MODULES.getStr("struct");
        PyObject e = mod == null ? null : mod.lookupAttr("error");
        return Errors.make(e instanceof PyType t ? t : ExceptionTypes.VALUE_ERROR, msg);
    }

    static byte[] pack(Format f, PyObject[] values, int from) {
        if (values.length - from != f.items) {
            throw error("pack expected " + f.items + " items for packing (got " + (values.length - from) + ")");
        }
        byte[] out = new byte[f.size];
        int pos = 0;
        int vi = from;
        for (int k = 0; k < f.codes.size(); k++) {
            char c = f.codes.get(k)[0];
            int count = f.counts.get(k);
            int sz = f.size(c);
            if (f.nativeAlign && sz > 1 && c != 's' && c != 'p') pos = (pos + sz - 1) / sz * sz;
            if (c == 'x') {
                pos += count;
                continue;
            }
            if (c == 's' || c == 'p') {
                PyObject v = values[vi++];
                if (!(v instanceof PyBytes || v instanceof PyByteArray)) throw error("argument for 's' must be a bytes object");
                byte[] b = PyBytes.bytesOf(v);
                if (c == 'p') {
                    int n = Math.min(b.length, Math.min(count - 1, 255));
                    if (count > 0) out[pos] = (byte) n;
                    System.arraycopy(b, 0, out, pos + 1, Math.max(0, n));
                } else {
                    System.arraycopy(b, 0, out, pos, Math.min(b.length, count));
                }
                pos += count;
                continue;
            }
            for (int r = 0; r < count; r++, pos += sz) packOne(f, c, sz, values[vi++], out, pos);
        }
        return out;
    }

    private static void packOne(Format f, char c, int sz, PyObject v, byte[] out, int pos) {
        long bits;
        switch (c) {
            case 'c': {
                if (!(v instanceof PyBytes b) || b.value.length != 1) throw error("char format requires a bytes object of length 1");
                out[pos] = b.value[0];
                return;
            }
            case '?':
                out[pos] = (byte) (v.isTrue() ? 1 : 0);
                return;
            case 'f':
                bits = Float.floatToIntBits((float) MathModule.real(v));
                break;
            case 'd':
                bits = Double.doubleToLongBits(MathModule.real(v));
                break;
            case 'e':
                bits = toHalf(MathModule.real(v));
                break;
            default: {
                if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
                    throw error("required argument is not an integer");
                }
                boolean unsigned = Character.isUpperCase(c);
                if (v instanceof PyInt small && !small.isBig() && sz < 8) {
                    // The common case without BigInteger: a machine integer checked against the field's range.
                    long lo = unsigned ? 0 : -(1L << (sz * 8 - 1));
                    long hi = unsigned ? (1L << (sz * 8)) - 1 : (1L << (sz * 8 - 1)) - 1;
                    if (small.v >= lo && small.v <= hi) {
                        bits = small.v;
                        break;
                    }
                } else if (v instanceof PyInt small && !small.isBig() && sz == 8 && (!unsigned || small.v >= 0)) {
                    bits = small.v;
                    break;
                }
                BigInteger n = Protocol.indexBig(v);
                BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(sz * 8 - 1).negate();
                BigInteger max = unsigned ? BigInteger.ONE.shiftLeft(sz * 8).subtract(BigInteger.ONE)
                        : BigInteger.ONE.shiftLeft(sz * 8 - 1).subtract(BigInteger.ONE);
                if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
                    if (c == 'b' || c == 'B' || c == 'h' || c == 'H') {
                        throw error(String.format("%s format requires %s <= number <= %s",
                                c == 'b' ? "byte" : c == 'B' ? "ubyte" : c == 'h' ? "short" : "ushort", min, max));
                    }
                    throw error("'" + c + "' format requires " + min + " <= number <= " + max);
                }
                bits = n.longValue();
            }
        }
        for (int b = 0; b < sz; b++) {
            int shift = 8 * (f.little ? b : sz - 1 - b);
            out[pos + b] = (byte) (bits >>> shift);
        }
    }

    static PyObject unpack(Format f, byte[] data, int offset) {
        if (data.length - offset < f.size && offset == 0 && data.length != f.size) {
            throw error("unpack requires a buffer of " + f.size + " bytes");
        }
        if (data.length - offset < f.size) throw error("unpack_from requires a buffer of at least " + (f.size + offset)
                + " bytes for unpacking " + f.size + " bytes at offset " + offset + " (actual buffer size is " + data.length + ")");
        PyObject[] out = new PyObject[f.items];
        int pos = offset;
        int oi = 0;
        for (int k = 0; k < f.codes.size(); k++) {
            char c = f.codes.get(k)[0];
            int count = f.counts.get(k);
            int sz = f.size(c);
            if (f.nativeAlign && sz > 1 && c != 's' && c != 'p') pos = offset + (pos - offset + sz - 1) / sz * sz;
            if (c == 'x') {
                pos += count;
                continue;
            }
            if (c == 's') {
                out[oi++] = new PyBytes(java.util.Arrays.copyOfRange(data, pos, pos + count));
                pos += count;
                continue;
            }
            if (c == 'p') {
                int n = count == 0 ? 0 : Math.min(data[pos] & 0xff, count - 1);
                out[oi++] = new PyBytes(java.util.Arrays.copyOfRange(data, pos + 1, pos + 1 + n));
                pos += count;
                continue;
            }
            for (int r = 0; r < count; r++, pos += sz) out[oi++] = unpackOne(f, c, sz, data, pos);
        }
        return PyTuple.of(out);
    }

    private static PyObject unpackOne(Format f, char c, int sz, byte[] data, int pos) {
        long bits = 0;
        for (int b = 0; b < sz; b++) {
            int shift = 8 * (f.little ? b : sz - 1 - b);
            bits |= (data[pos + b] & 0xffL) << shift;
        }
        switch (c) {
            case 'c': return new PyBytes(new byte[] {data[pos]});
            case '?': return PyBool.of(bits != 0);
            case 'f': return PyFloat.of(Float.intBitsToFloat((int) bits));
            case 'd': return PyFloat.of(Double.longBitsToDouble(bits));
            case 'e': return PyFloat.of(fromHalf((int) bits));
            default:
                if (Character.isUpperCase(c)) {
                    if (sz == 8 && bits < 0) return PyInt.of(new BigInteger(Long.toUnsignedString(bits)));
                    return PyInt.of(bits);
                }
                long shifted = (bits << (64 - 8 * sz)) >> (64 - 8 * sz);
                return PyInt.of(shifted);
        }
    }

    /** IEEE 754 binary16 from a double, rounding half to even (CPython's 'e' format). */
    static long toHalf(double x) {
        int sign = (Double.doubleToRawLongBits(x) >>> 63) != 0 ? 0x8000 : 0;
        double a = Math.abs(x);
        if (Double.isNaN(x)) return sign | 0x7e00;
        if (Double.isInfinite(x)) return sign | 0x7c00;
        if (a == 0) return sign;
        int e = Math.getExponent(a);
        if (e < -14) {
            long m = Math.round(Math.rint(a / Math.scalb(1.0, -24)));
            return sign | m;
        }
        double frac = a / Math.scalb(1.0, e) - 1.0;
        long m = (long) Math.rint(frac * 1024);
        if (m == 1024) {
            m = 0;
            e++;
        }
        if (e > 15) throw Errors.overflowError("float too large to pack with e format");
        return sign | ((long) (e + 15) << 10) | m;
    }

    static double fromHalf(int h) {
        int sign = (h & 0x8000) != 0 ? -1 : 1;
        int e = (h >> 10) & 0x1f;
        int m = h & 0x3ff;
        if (e == 0) return sign * Math.scalb((double) m, -24);
        if (e == 31) return m == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        return sign * Math.scalb(1.0 + m / 1024.0, e - 15);
    }

    /** Compiled formats by their text, as CPython's struct caches them (most programs use a handful). */
    private static final java.util.Map<String, Format> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static Format cached(String text) {
        Format f = CACHE.get(text);
        if (f == null) {
            f = new Format(text);
            if (CACHE.size() < 256) CACHE.put(text, f);
        }
        return f;
    }

    private static Format format(PyObject f) {
        if (f instanceof PyStr s) return cached(s.value());
        if (f instanceof PyBytes b) return cached(b.asLatin1());
        throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not " + f.type().name);
    }

    static PyModule create() {
        ModuleDef d = new ModuleDef("struct");
        PyType error = new PyType(PyType.TYPE, "error", new PyType[] {ExceptionTypes.EXCEPTION}, new PyDict());
        error.module = "struct";
        error.dict().setStr("__module__", PyStr.of("struct"));
        d.set("error", error);
        d.fn("calcsize", f -> PyInt.of(format(f).size));
        d.fnv("pack", (a, k) -> new PyBytes(pack(format(a[0]), a, 1)));
        d.fn("unpack", (f, b) -> unpack(format(f), PyBytes.bytesOf(b), 0));
        d.fnv("unpack_from", (a, k) -> {
            ArgParser p = new ArgParser("unpack_from", a, k, 0, "format", "buffer", "offset");
            return unpack(format(p.required(0, "format")), PyBytes.bytesOf(p.required(1, "buffer")),
                    (int) Protocol.index(p.get(2, PyInt.ZERO)));
        });
        d.fnv("pack_into", (a, k) -> packInto(format(a[0]), a, 1));
        d.fn("iter_unpack", (f, b) -> iterUnpack(format(f), b));
        d.set("Struct", StructObject.TYPE);
        return d.module;
    }

    private static PyObject iterUnpack(Format fm, PyObject b) {
        byte[] data = PyBytes.bytesOf(b);
        if (fm.size == 0 || data.length % fm.size != 0) {
            throw error("iterative unpacking requires a buffer of a multiple of " + fm.size + " bytes");
        }
        PyList out = new PyList();
        for (int off = 0; off < data.length; off += fm.size) out.append(unpack(fm, data, off));
        return out.iter();
    }

    private static PyObject packInto(Format f, PyObject[] a, int from) {
        if (!(a[from] instanceof PyByteArray buf)) {
            throw Errors.typeError("argument must be read-write bytes-like object, not " + a[from].type().name());
        }
        int off = (int) Protocol.index(a[from + 1]);
        if (off < 0) off += buf.size;
        byte[] packed = pack(f, a, from + 2);
        if (off < 0 || off + packed.length > buf.size) {
            throw error("pack_into requires a buffer of at least " + (packed.length + Math.max(off, 0))
                    + " bytes for packing " + packed.length + " bytes at offset " + off
                    + " (actual buffer size is " + buf.size + ")");
        }
        System.arraycopy(packed, 0, buf.data, off, packed.length);
        return PyNone.NONE;
    }

    /** {@code struct.Struct}: a compiled format with the module's operations as methods. */
    static final class StructObject extends PyObject {
        static final PyType TYPE = new PyType("Struct", PyType.OBJECT, StructObject.class, t -> {
            t.module = "_struct";
            t.setConstructor((cls, a, k) -> {
                ArgParser p = new ArgParser("Struct", a, k, 0, "format");
                PyObject f = p.required(0, "format");
                return new StructObject(StructModule.format(f), f instanceof PyBytes b ? PyStr.of(b.asLatin1()) : f);
            });
            t.getter("format", s -> ((StructObject) s).source);
            t.getter("size", s -> PyInt.of(((StructObject) s).f.size));
            t.method("pack", (Fn.FV) (a, k) -> new PyBytes(pack(((StructObject) a[0]).f, a, 1)));
            t.method("unpack", (Fn.F2) (s, b) -> {
                StructObject st = (StructObject) s;
                byte[] data = PyBytes.bytesOf(b);
                if (data.length != st.f.size) throw error("unpack requires a buffer of " + st.f.size + " bytes");
                return unpack(st.f, data, 0);
            });
            t.method("unpack_from", (Fn.FV) (a, k) -> {
                ArgParser p = new ArgParser("unpack_from", a, k, 1, "buffer", "offset");
                return unpack(((StructObject) a[0]).f, PyBytes.bytesOf(p.required(0, "buffer")),
                        (int) Protocol.index(p.get(1, PyInt.ZERO)));
            });
            t.method("pack_into", (Fn.FV) (a, k) -> packInto(((StructObject) a[0]).f, a, 1));
            t.method("iter_unpack", (Fn.F2) (s, b) -> iterUnpack(((StructObject) s).f, b));
        });

        final Format f;
        final PyObject source;

        StructObject(Format f, PyObject source) {
            this.f = f;
            this.source = source;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
