package dev.krait.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** {@code bytes}: an immutable byte array. */
public class PyBytes extends PyObject {
    public static final PyType TYPE = new PyType("bytes", PyType.OBJECT, PyBytes.class, BytesMethods::setup);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    public final byte[] value;

    /** Wraps the array (the caller hands it over). */
    public PyBytes(byte[] value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** bytes, bytearray or memoryview. */
    public static boolean isBytesLike(PyObject o) {
        return o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView;
    }

    /** The bytes of any bytes-like object (bytes, bytearray, memoryview). */
    public static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof PyByteArray b) return Arrays.copyOf(b.data, b.size);
        if (o instanceof PyMemoryView m) return m.toBytes();
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    /** The bytes read as Latin-1 text (for int()/float() parsing). */
    public String asLatin1() {
        return new String(value, StandardCharsets.ISO_8859_1);
    }

    @Override
    public int len() {
        return value.length;
    }

    @Override
    public boolean isTrue() {
        return value.length != 0;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            long[] idx = s.indices(value.length);
            return new PyBytes(slice(value, idx));
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError("byte indices must be integers or slices, not " + key.type().name);
        }
        long k = key instanceof PyInt pi ? pi.asItemIndex() : Protocol.index(key);
        if (k < 0) k += value.length;
        if (k < 0 || k >= value.length) throw Errors.indexError("index out of range");
        return PyInt.of(value[(int) k] & 0xff);
    }

    static byte[] slice(byte[] data, long[] idx) {
        int start = (int) idx[0];
        int stop = (int) idx[1];
        int step = (int) idx[2];
        if (step == 1) return stop <= start ? new byte[0] : Arrays.copyOfRange(data, start, stop);
        int n = (int) PySlice.length(start, stop, step);
        byte[] r = new byte[n];
        for (int i = 0, j = start; i < n; i++, j += step) r[i] = data[j];
        return r;
    }

    @Override
    public boolean contains(PyObject o) {
        if (o instanceof PyInt i) {
            long v = i.asIndex();
            if (v < 0 || v > 255) throw Errors.valueError("byte must be in range(0, 256)");
            for (byte b : value) if ((b & 0xff) == v) return true;
            return false;
        }
        return BytesMethods.indexOf(value, value.length, bytesOf(o), 0) >= 0;
    }

    @Override
    public PyObject iter() {
        return new BytesIterator(value, value.length);
    }

    @Override
    public PyObject add(PyObject o) {
        if (isBytesLike(o)) {
            byte[] b = bytesOf(o);
            byte[] r = Arrays.copyOf(value, value.length + b.length);
            System.arraycopy(b, 0, r, value.length, b.length);
            return new PyBytes(r);
        }
        PyObject r = Ops.binaryOrNull(this, o, Slot.ADD);
        if (r != null) return r;
        throw Errors.typeError("can't concat " + o.type().name + " to bytes");
    }

    @Override
    public PyObject mul(PyObject o) {
        if (o instanceof PyInt n) return new PyBytes(repeat(value, value.length, n.asLongClamped()));
        return super.mul(o);
    }

    static byte[] repeat(byte[] v, int n, long times) {
        if (times <= 0 || n == 0) return new byte[0];
        if (n * times > Integer.MAX_VALUE - 16) throw Errors.memoryError();
        byte[] r = new byte[(int) (n * times)];
        for (int k = 0; k < r.length; k += n) System.arraycopy(v, 0, r, k, n);
        return r;
    }

    @Override
    public PyObject mod(PyObject o) {
        return new PyBytes(PercentFormatter.format(asLatin1(), o, true).getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public long hash() {
        long h = Arrays.hashCode(value);
        return h == -1 ? -2 : h;
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (o instanceof PyBytes || o instanceof PyByteArray) {
            return PyBool.of(op.test(Arrays.compareUnsigned(value, bytesOf(o))));
        }
        return super.richCompare(o, op);
    }

    @Override
    public boolean equalsPy(PyObject o) {
        if (o instanceof PyBytes b) return Arrays.equals(value, b.value);
        return super.equalsPy(o);
    }

    @Override
    public String repr() {
        return repr(value, value.length);
    }

    @Override
    public String str() {
        return repr();
    }

    static String repr(byte[] v, int n) {
        boolean sq = false;
        boolean dq = false;
        for (int i = 0; i < n; i++) {
            if (v[i] == '\'') sq = true;
            if (v[i] == '"') dq = true;
        }
        char quote = sq && !dq ? '"' : '\'';
        StringBuilder sb = new StringBuilder(n + 3).append('b').append(quote);
        for (int i = 0; i < n; i++) {
            int c = v[i] & 0xff;
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 32 || c >= 127) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(quote).toString();
    }

    // ------------------------------------------------------------------ codecs

    static String normalizeEncoding(String enc) {
        String e = enc.toLowerCase().replace('_', '-');
        switch (e) {
            case "utf8": case "utf-8": case "u8": case "utf": case "cp65001": return "utf-8";
            case "ascii": case "us-ascii": case "646": return "ascii";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "l1": case "cp819": case "8859": return "latin-1";
            case "utf-16": case "utf16": return "utf-16";
            case "utf-16-le": case "utf-16le": return "utf-16-le";
            case "utf-16-be": case "utf-16be": return "utf-16-be";
            case "utf-32": case "utf32": return "utf-32";
            case "utf-32-le": case "utf-32le": return "utf-32-le";
            case "utf-32-be": case "utf-32be": return "utf-32-be";
            default: throw Errors.make(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + enc);
        }
    }

    public static byte[] encode(String s, String encoding, String errors) {
        return Codecs.encode(s, normalizeEncoding(encoding), errors);
    }

    public static String decode(byte[] b, String encoding, String errors) {
        return Codecs.decode(b, b.length, normalizeEncoding(encoding), errors);
    }
}
