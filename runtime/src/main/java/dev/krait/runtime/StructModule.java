package dev.krait.runtime;

import java.math.BigInteger;

/** {@code struct}: packing values into bytes by format strings (byte orders, sizes and alignment as CPython). */
final class StructModule {
    private StructModule() {}

    static PyException error(String msg) {
        PyObject mod = Sys.MODULES.getStr("struct");
        PyObject e = mod == null ? null : mod.lookupAttr("error");
        return Errors.make(e instanceof PyType t ? t : ExceptionTypes.VALUE_ERROR, msg);
    }

    /** values[from:] packed by f; who names the operation in the count error ("pack", "pack_into"). */
    static byte[] pack(StructFormat f, PyObject[] values, int from, String who) {
        if (values.length - from != f.items) {
            throw error(who + " expected " + f.items + " items for packing (got " + (values.length - from) + ")");
        }
        byte[] out = new byte[f.size];
        int vi = from;
        for (int k = 0; k < f.codes.length; k++) {
            int pos = f.offsets[k];
            for (int r = f.repeats[k]; r > 0; r--, pos += f.lengths[k]) packValue(f, k, values[vi++], out, pos);
        }
        return out;
    }

    /** One value of run k at pos. */
    private static void packValue(StructFormat f, int k, PyObject v, byte[] out, int pos) {
        int len = f.lengths[k];
        long bits;
        switch (f.codes[k]) {
            case 'c':
                if (!(v instanceof PyBytes b) || b.value.length != 1) throw error("char format requires a bytes object of length 1");
                out[pos] = b.value[0];
                return;
            case '?':
                out[pos] = (byte) (v.isTrue() ? 1 : 0);
                return;
            case 's': case 'p':
                packString(f.codes[k], v, out, pos, len);
                return;
            case 'f': {
                double x = real(v);
                float y = (float) x;
                if (Float.isInfinite(y) && !Double.isInfinite(x)) throw Errors.overflowError("float too large to pack with f format");
                bits = Float.floatToIntBits(y);
                break;
            }
            case 'd':
                bits = Double.doubleToLongBits(real(v));
                break;
            case 'e':
                bits = toHalf(real(v));
                break;
            default:
                // The common case: a machine int inside the field's range.
                if (v instanceof PyInt i && !i.isBig() && i.v >= f.lo[k] && i.v <= f.hi[k]) {
                    bits = i.v;
                } else {
                    bits = StructRange.check(f, k, v);
                }
        }
        if (f.little()) {
            for (int b = 0; b < len; b++) out[pos + b] = (byte) (bits >>> (8 * b));
        } else {
            for (int b = 0; b < len; b++) out[pos + len - 1 - b] = (byte) (bits >>> (8 * b));
        }
    }

    private static void packString(char code, PyObject v, byte[] out, int pos, int len) {
        if (!(v instanceof PyBytes || v instanceof PyByteArray)) throw error("argument for '" + code + "' must be a bytes object");
        byte[] b = PyBytes.bytesOf(v);
        if (code == 'p') {
            if (len == 0) return;
            int n = Math.min(b.length, Math.min(len - 1, 255));
            out[pos] = (byte) n;
            System.arraycopy(b, 0, out, pos + 1, n);
        } else {
            System.arraycopy(b, 0, out, pos, Math.min(b.length, len));
        }
    }

    /** A float field's value: CPython reports any failure of the conversion as this struct.error. */
    private static double real(PyObject v) {
        if (v instanceof PyFloat d) return d.v;
        try {
            return MathModule.real(v);
        } catch (PyException e) {
            throw error("required argument is not a float");
        }
    }

    /** The exact-size unpack of struct.unpack and Struct.unpack. */
    static PyObject unpackExact(StructFormat f, PyObject buffer) {
        byte[] data = PyBytes.bytesOf(buffer);
        if (data.length != f.size) throw error("unpack requires a buffer of " + f.size + " bytes");
        return unpack(f, data, 0);
    }

    /** unpack_from: the values at offset (negative from the end), the buffer may be longer. */
    static PyObject unpackFrom(StructFormat f, PyObject buffer, int offset) {
        byte[] data = PyBytes.bytesOf(buffer);
        if (offset < 0) {
            if (offset + data.length < 0) throw error("offset " + offset + " out of range for " + data.length + "-byte buffer");
            offset += data.length;
        }
        if (data.length - offset < f.size) {
            throw error("unpack_from requires a buffer of at least " + ((long) f.size + offset) + " bytes for unpacking "
                    + f.size + " bytes at offset " + offset + " (actual buffer size is " + data.length + ")");
        }
        return unpack(f, data, offset);
    }

    static PyObject unpack(StructFormat f, byte[] data, int base) {
        PyObject[] out = new PyObject[f.items];
        int oi = 0;
        boolean little = f.little();
        for (int k = 0; k < f.codes.length; k++) {
            int len = f.lengths[k];
            char c = f.codes[k];
            int pos = base + f.offsets[k];
            if (c == 's') {
                out[oi++] = new PyBytes(java.util.Arrays.copyOfRange(data, pos, pos + len));
                continue;
            }
            if (c == 'p') {
                int m = len == 0 ? 0 : Math.min(data[pos] & 0xff, len - 1);
                out[oi++] = new PyBytes(java.util.Arrays.copyOfRange(data, pos + 1, pos + 1 + m));
                continue;
            }
            for (int r = f.repeats[k]; r > 0; r--, pos += len) {
                long bits = 0;
                if (little) {
                    for (int b = len - 1; b >= 0; b--) bits = (bits << 8) | (data[pos + b] & 0xffL);
                } else {
                    for (int b = 0; b < len; b++) bits = (bits << 8) | (data[pos + b] & 0xffL);
                }
                out[oi++] = value(c, len, bits, data[pos]);
            }
        }
        return PyTuple.of(out);
    }

    private static PyObject value(char c, int len, long bits, byte first) {
        switch (c) {
            case 'c': return new PyBytes(new byte[] {first});
            case '?': return PyBool.of(bits != 0);
            case 'f': return PyFloat.of(Float.intBitsToFloat((int) bits));
            case 'd': return PyFloat.of(Double.longBitsToDouble(bits));
            case 'e': return PyFloat.of(fromHalf((int) bits));
            default:
                if (StructFormat.isUnsigned(c) || c == 'P') {
                    if (len == 8 && bits < 0) return PyInt.of(new BigInteger(Long.toUnsignedString(bits)));
                    return PyInt.of(bits);
                }
                return PyInt.of(len == 8 ? bits : (bits << (64 - 8 * len)) >> (64 - 8 * len));
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

    static PyModule create() {
        ModuleDef d = new ModuleDef("struct");
        PyType error = new PyType(PyType.TYPE, "error", new PyType[] {ExceptionTypes.EXCEPTION}, new PyDict());
        error.module = "struct";
        error.dict().setStr("__module__", PyStr.of("struct"));
        d.set("error", error);
        d.fn("calcsize", f -> PyInt.of(StructFormat.of(f).size));
        d.fnv("pack", (a, k) -> {
            noKeywords("pack", k);
            if (a.length == 0) throw Errors.typeError("missing format argument");
            return new PyBytes(pack(StructFormat.of(a[0]), a, 1, "pack"));
        });
        d.fn("unpack", (f, b) -> unpackExact(StructFormat.of(f), b));
        d.fnv("unpack_from", (a, k) -> {
            ArgParser p = new ArgParser("unpack_from", a, k, 0, "format", "buffer", "offset");
            return unpackFrom(StructFormat.of(p.required(0, "format")), p.required(1, "buffer"),
                    (int) Protocol.index(p.get(2, PyInt.ZERO)));
        });
        d.fnv("pack_into", (a, k) -> {
            noKeywords("pack_into", k);
            if (a.length == 0) throw Errors.typeError("missing format argument");
            return packInto(StructFormat.of(a[0]), a, 1);
        });
        d.fn("iter_unpack", (f, b) -> iterUnpack(StructFormat.of(f), b));
        d.set("Struct", StructObject.TYPE);
        return d.module;
    }

    private static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
    }

    private static PyObject iterUnpack(StructFormat fm, PyObject b) {
        byte[] data = PyBytes.bytesOf(b);
        if (fm.size == 0 || data.length % fm.size != 0) {
            throw error("iterative unpacking requires a buffer of a multiple of " + fm.size + " bytes");
        }
        PyList out = new PyList();
        for (int off = 0; off < data.length; off += fm.size) out.append(unpack(fm, data, off));
        return out.iter();
    }

    /** pack_into(buffer, offset, *values) with a[from] the buffer, in CPython's order of checks. */
    private static PyObject packInto(StructFormat f, PyObject[] a, int from) {
        int given = a.length - from;
        if (given != f.items + 2) {
            if (given == 0) throw error("pack_into expected buffer argument");
            if (given == 1) throw error("pack_into expected offset argument");
            throw error("pack_into expected " + f.items + " items for packing (got " + (given - 2) + ")");
        }
        if (!(a[from] instanceof PyByteArray buf)) {
            throw Errors.typeError("argument must be read-write bytes-like object, not " + a[from].type().name());
        }
        int off = (int) Protocol.index(a[from + 1]);
        if (off < 0) {
            if (off + f.size > 0) throw error("no space to pack " + f.size + " bytes at offset " + off);
            if (off + buf.size < 0) throw error("offset " + off + " out of range for " + buf.size + "-byte buffer");
            off += buf.size;
        }
        if (buf.size - off < f.size) {
            throw error("pack_into requires a buffer of at least " + ((long) f.size + off) + " bytes for packing " + f.size
                    + " bytes at offset " + off + " (actual buffer size is " + buf.size + ")");
        }
        byte[] packed = pack(f, a, from + 2, "pack_into");
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
                return new StructObject(StructFormat.of(f), f instanceof PyBytes b ? PyStr.of(b.asLatin1()) : f);
            });
            t.getter("format", s -> ((StructObject) s).source);
            t.getter("size", s -> PyInt.of(((StructObject) s).f.size));
            t.method("pack", (Fn.FV) (a, k) -> {
                noKeywords("pack", k);
                return new PyBytes(pack(((StructObject) a[0]).f, a, 1, "pack"));
            });
            t.method("unpack", (Fn.F2) (s, b) -> unpackExact(((StructObject) s).f, b));
            t.method("unpack_from", (Fn.FV) (a, k) -> {
                ArgParser p = new ArgParser("unpack_from", a, k, 1, "buffer", "offset");
                return unpackFrom(((StructObject) a[0]).f, p.required(0, "buffer"), (int) Protocol.index(p.get(1, PyInt.ZERO)));
            });
            t.method("pack_into", (Fn.FV) (a, k) -> {
                noKeywords("pack_into", k);
                return packInto(((StructObject) a[0]).f, a, 1);
            });
            t.method("iter_unpack", (Fn.F2) (s, b) -> iterUnpack(((StructObject) s).f, b));
        });

        final StructFormat f;
        final PyObject source;

        StructObject(StructFormat f, PyObject source) {
            this.f = f;
            this.source = source;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
