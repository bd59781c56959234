package dev.krait.runtime;

/**
 * {@code str}: an immutable Java string whose Python length, indexing and slicing count code points. Strings
 * without surrogate pairs (the common case) index directly by char.
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = new PyType("str", PyType.OBJECT, PyStr.class, StrMethods::setup);
    public static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] CHARS = new PyStr[256];

    static {
        for (int i = 0; i < CHARS.length; i++) CHARS[i] = new PyStr(String.valueOf((char) i));
    }

    /** The characters; null while the string is a prefix of {@link #buf} not yet copied out (see iadd). */
    private String value;
    /**
     * For strings built by repeated {@code +=}: an append-only buffer shared by the successive results, of which
     * this string is the first {@code bufLen} chars. Appending to it never changes an earlier result (a prefix),
     * so {@code s += t} on the newest result appends in place, as CPython's in-place concatenation does.
     */
    private StringBuilder buf;
    private int bufLen;
    /** Code point count, or -1 until computed. */
    private int cpLen = -1;

    public PyStr(String value) {
        this.value = value;
    }

    private PyStr(StringBuilder buf, int len) {
        this.buf = buf;
        this.bufLen = len;
    }

    /** The characters of this string. */
    public final String value() {
        String v = value;
        return v != null ? v : copyOut();
    }

    private String copyOut() {
        String v = buf.substring(0, bufLen);
        value = v;
        buf = null;
        return v;
    }

    /** Length in Java chars. */
    private int charLength() {
        String v = value;
        return v != null ? v.length() : bufLen;
    }

    public static PyStr of(String s) {
        if (s.length() == 1) {
            char c = s.charAt(0);
            if (c < 256) return CHARS[c];
        }
        if (s.isEmpty()) return EMPTY;
        return new PyStr(s);
    }

    /** The one-code-point string for cp. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) return CHARS[cp];
        return new PyStr(new String(Character.toChars(cp)));
    }

    /** Hash of a str with this value; equal Java strings hash equal, never -1 (reserved by CPython). */
    public static long hashOf(String s) {
        long h = s.hashCode();
        return h == -1 ? -2 : h;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Length in code points. */
    public int cpLength() {
        int n = cpLen;
        if (n < 0) {
            String v = value;
            n = v != null ? v.codePointCount(0, v.length()) : buf.codePointCount(0, bufLen);
            cpLen = n;
        }
        return n;
    }

    /** True when every char is a whole code point, so char indices are code point indices. */
    public boolean isSimple() {
        return cpLength() == charLength();
    }

    /** Char offset of code point index i (0 <= i <= length). */
    public int offset(int i) {
        return isSimple() ? i : value().offsetByCodePoints(0, i);
    }

    public int codePointAtIndex(int i) {
        return isSimple() ? value().charAt(i) : value().codePointAt(value().offsetByCodePoints(0, i));
    }

    /** Substring by code point indices. */
    public String substring(int from, int to) {
        if (isSimple()) return value().substring(from, to);
        int a = value().offsetByCodePoints(0, from);
        int b = value().offsetByCodePoints(a, to - from);
        return value().substring(a, b);
    }

    @Override
    public int len() {
        return cpLength();
    }

    @Override
    public boolean isTrue() {
        return !value().isEmpty();
    }

    @Override
    public long hash() {
        return hashOf(value());
    }

    @Override
    public String str() {
        return value();
    }

    @Override
    public String repr() {
        return StrRepr.repr(value());
    }

    @Override
    public String format(String spec) {
        return Formatter.formatStr(value(), spec);
    }

    @Override
    public boolean equalsPy(PyObject o) {
        if (o == this) return true;
        if (o instanceof PyStr s) return value().equals(s.value());
        return super.equalsPy(o);
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (o instanceof PyStr s) {
            // == and != need no ordering: identity, then Java's equals (which checks lengths first).
            if (op == CompareOp.EQ) return PyBool.of(s == this || value().equals(s.value()));
            if (op == CompareOp.NE) return PyBool.of(s != this && !value().equals(s.value()));
            return PyBool.of(op.test(compareCodePoints(value(), s.value())));
        }
        return super.richCompare(o, op);
    }

    @Override
    public boolean lessThan(PyObject o) {
        if (o instanceof PyStr s) return compareCodePoints(value(), s.value()) < 0;
        return super.lessThan(o);
    }

    /** Compares by code point (Java's compareTo compares UTF-16 units, which orders astral chars wrongly). */
    public static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    @Override
    public PyObject add(PyObject o) {
        if (o instanceof SubclassInstance) {
            PyObject r = Ops.reflectedFirst(this, o, Slot.ADD);
            if (r != null) return r;
        }
        if (o instanceof PyStr s) {
            // s = s + t on a string being built by += extends the buffer as += does.
            if (buf != null && o.getClass() == PyStr.class && getClass() == PyStr.class) return concat(s);
            return new PyStr(value().concat(s.value()));
        }
        PyObject r = Ops.binaryOrNull(this, o, Slot.ADD);
        if (r != null) return r;
        throw Errors.typeError("can only concatenate str (not \"" + o.type().name + "\") to str");
    }

    /** Below this length {@code +=} copies: a shared buffer pays off only for strings that keep growing. */
    private static final int BUILD_MIN = 64;

    /**
     * {@code s += t} for exact str operands, in amortised O(len(t)) as CPython's in-place concatenation: the
     * result shares an append-only buffer with {@code s} (see {@link #buf}) unless a later string already extended it.
     */
    @Override
    public PyObject iadd(PyObject o) {
        if (o.getClass() == PyStr.class && getClass() == PyStr.class) return concat((PyStr) o);
        return super.iadd(o);
    }

    private PyStr concat(PyStr s) {
        String t = s.value();
        if (t.isEmpty()) return this;
        int known = cpLen >= 0 ? cpLen + s.cpLength() : -1;
        StringBuilder b = buf;
        PyStr r;
        if (b != null && b.length() == bufLen) {
            if (bufLen + t.length() < 0) throw Errors.memoryError();
            b.append(t);
            r = new PyStr(b, bufLen + t.length());
        } else {
            String v = value();
            int n = v.length() + t.length();
            if (n < 0) throw Errors.memoryError();
            if (n < BUILD_MIN) return new PyStr(v.concat(t));
            StringBuilder nb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, n + (long) (n >> 1) + 16));
            nb.append(v).append(t);
            r = new PyStr(nb, n);
        }
        r.cpLen = known;
        return r;
    }

    @Override
    public PyObject mul(PyObject o) {
        if (o instanceof PyInt n) return repeat(n);
        return super.mul(o);
    }

    PyObject repeat(PyInt n) {
        long k = n.asLongClamped();
        if (k <= 0 || value().isEmpty()) return EMPTY;
        if ((long) value().length() * k > Integer.MAX_VALUE - 16) throw Errors.memoryError();
        return new PyStr(value().repeat((int) k));
    }

    @Override
    public PyObject mod(PyObject o) {
        return PyStr.of(PercentFormatter.format(value(), o));
    }

    @Override
    public boolean contains(PyObject o) {
        if (o instanceof PyStr s) return value().contains(s.value());
        throw Errors.typeError("'in <string>' requires string as left operand, not " + o.type().name);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i) {
            int n = cpLength();
            long k = i.asItemIndex();
            if (k < 0) k += n;
            if (k < 0 || k >= n) throw Errors.indexError("string index out of range");
            if (isSimple()) {
                char c = value().charAt((int) k);
                return c < 256 ? CHARS[c] : new PyStr(String.valueOf(c));
            }
            return ofCodePoint(codePointAtIndex((int) k));
        }
        if (key instanceof PySlice sl) return PyStr.of(slice(sl));
        if (key.type().lookup("__index__") != null) return getItem(PyInt.of(Protocol.index(key)));
        throw Errors.typeError("string indices must be integers, not '" + key.type().name + "'");
    }

    String slice(PySlice sl) {
        int n = cpLength();
        long[] idx = sl.indices(n);
        int start = (int) idx[0];
        int stop = (int) idx[1];
        int step = (int) idx[2];
        if (step == 1) return stop <= start ? "" : substring(start, stop);
        int count = (int) PySlice.length(start, stop, step);
        StringBuilder sb = new StringBuilder(count);
        if (isSimple()) {
            for (int i = 0, j = start; i < count; i++, j += step) sb.append(value().charAt(j));
        } else {
            int[] cps = value().codePoints().toArray();
            for (int i = 0, j = start; i < count; i++, j += step) sb.appendCodePoint(cps[j]);
        }
        return sb.toString();
    }

    @Override
    public PyObject iter() {
        return new StrIterator(this);
    }
}
