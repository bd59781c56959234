package dev.krait.runtime;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * {@code array.array}: a typed, growable sequence of machine values. Integer typecodes and 'u' (code points) are
 * held in a {@code long[]}, 'f' and 'd' in a {@code double[]} ('f' values rounded to float on store); bytes
 * are little-endian, as on the platforms CPython's tests record.
 */
final class PyArray extends PyObject {
    static final String CODES = "bBuhHiIlLqQfd";
    static final PyType TYPE = new PyType("array", PyType.OBJECT, PyArray.class, PyArray::setup);
    static final PyType ITER_TYPE = new PyType("arrayiterator", PyType.OBJECT, Iter.class, BuiltinSetup::iterator);

    static {
        TYPE.module = "array";
        ITER_TYPE.module = "array";
    }

    final char code;
    private final boolean real;
    long[] ints;
    double[] dbls;
    int size;

    PyArray(char code) {
        this.code = code;
        this.real = code == 'f' || code == 'd';
        if (real) dbls = new double[4];
        else ints = new long[4];
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static int itemsize(char c) {
        switch (c) {
            case 'b': case 'B': return 1;
            case 'h': case 'H': return 2;
            case 'i': case 'I': case 'u': case 'f': return 4;
            default: return 8;
        }
    }

    // ------------------------------------------------------------------ storage

    private void ensure(int n) {
        if (real) {
            if (n > dbls.length) dbls = Arrays.copyOf(dbls, Math.max(n, size + (size >> 1) + 4));
        } else if (n > ints.length) {
            ints = Arrays.copyOf(ints, Math.max(n, size + (size >> 1) + 4));
        }
    }

    /** Appends a converted value: a long (bits of the C value) or a double. */
    private void appendRaw(long l, double d) {
        ensure(size + 1);
        if (real) dbls[size++] = d;
        else ints[size++] = l;
    }

    void append(PyObject v) {
        if (real) appendRaw(0, toDouble(v));
        else appendRaw(toLong(v), 0);
    }

    private void setRaw(int i, PyObject v) {
        if (real) dbls[i] = toDouble(v);
        else ints[i] = toLong(v);
    }

    PyObject get(int i) {
        switch (code) {
            case 'f': case 'd': return PyFloat.of(dbls[i]);
            case 'u': return PyStr.ofCodePoint((int) ints[i]);
            case 'L': case 'Q': {
                long v = ints[i];
                return v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
            }
            default: return PyInt.of(ints[i]);
        }
    }

    private double toDouble(PyObject v) {
        double d = MathModule.real(v);
        return code == 'f' ? (double) (float) d : d;
    }

    /** A value converted as CPython's array does for this typecode, with its OverflowError messages. */
    private long toLong(PyObject v) {
        if (code == 'u') {
            if (v instanceof PyStr s && s.value().codePointCount(0, s.value().length()) == 1) return s.value().codePointAt(0);
            throw Errors.typeError("array item must be unicode character");
        }
        BigInteger b = Protocol.indexBig(v);
        switch (code) {
            case 'b': return range(b, -128, 127, "signed char");
            case 'B': return range(b, 0, 255, "unsigned byte integer");
            case 'h': return range(b, -32768, 32767, "signed short integer");
            case 'H': return range(b, 0, 65535, "unsigned short");
            case 'i': return range(b, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
            case 'I': {
                if (b.signum() < 0) throw Errors.overflowError("can't convert negative value to unsigned int");
                if (b.bitLength() > 64) throw Errors.overflowError("Python int too large to convert to C unsigned long");
                if (b.bitLength() > 32) throw Errors.overflowError("unsigned int is greater than maximum");
                return b.longValue();
            }
            case 'l': {
                if (b.bitLength() > 63) throw Errors.overflowError("Python int too large to convert to C long");
                return b.longValue();
            }
            case 'L': {
                if (b.signum() < 0) throw Errors.overflowError("can't convert negative value to unsigned int");
                if (b.bitLength() > 64) throw Errors.overflowError("Python int too large to convert to C unsigned long");
                return b.longValue();
            }
            case 'q': {
                if (b.bitLength() > 63) throw Errors.overflowError("int too big to convert");
                return b.longValue();
            }
            default: {
                if (b.signum() < 0) throw Errors.overflowError("can't convert negative int to unsigned");
                if (b.bitLength() > 64) throw Errors.overflowError("int too big to convert");
                return b.longValue();
            }
        }
    }

    private static long range(BigInteger b, long min, long max, String what) {
        if (b.bitLength() > 63 ? b.signum() < 0 : b.longValue() < min) throw Errors.overflowError(what + " is less than minimum");
        if (b.bitLength() > 63 || b.longValue() > max) throw Errors.overflowError(what + " is greater than maximum");
        return b.longValue();
    }

    PyArray copyRange(int from, int to) {
        PyArray r = new PyArray(code);
        int n = Math.max(0, to - from);
        r.ensure(n);
        if (real) System.arraycopy(dbls, from, r.dbls, 0, n);
        else System.arraycopy(ints, from, r.ints, 0, n);
        r.size = n;
        return r;
    }

    private void appendAll(PyArray o) {
        int n = o.size;
        ensure(size + n);
        if (real) System.arraycopy(o.dbls, 0, dbls, size, n);
        else System.arraycopy(o.ints, 0, ints, size, n);
        size += n;
    }

    private void removeAt(int i) {
        if (real) System.arraycopy(dbls, i + 1, dbls, i, size - i - 1);
        else System.arraycopy(ints, i + 1, ints, i, size - i - 1);
        size--;
    }

    // ------------------------------------------------------------------ sequence protocol

    @Override
    public int len() {
        return size;
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }

    private int index(PyObject key, String msg) {
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError("array indices must be integers");
        }
        BigInteger b = Protocol.indexBig(key);
        if (b.bitLength() > 63) throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        long k = b.longValue();
        if (k < 0) k += size;
        if (k < 0 || k >= size) throw Errors.indexError(msg);
        return (int) k;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            long[] idx = s.indices(size);
            if (idx[2] == 1) return copyRange((int) idx[0], (int) Math.max(idx[0], idx[1]));
            PyArray r = new PyArray(code);
            for (long i = idx[0]; idx[2] > 0 ? i < idx[1] : i > idx[1]; i += idx[2]) {
                if (real) r.appendRaw(0, dbls[(int) i]);
                else r.appendRaw(ints[(int) i], 0);
            }
            return r;
        }
        return get(index(key, "array index out of range"));
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            setSlice(s, value);
            return;
        }
        int i = index(key, "array assignment index out of range");
        setRaw(i, value);
    }

    private void setSlice(PySlice s, PyObject value) {
        if (!(value instanceof PyArray src)) {
            throw Errors.typeError("can only assign array (not \"" + value.type().name + "\") to array slice");
        }
        if (src.code != code) throw Errors.typeError("bad argument type for built-in operation");
        if (src == this) src = copyRange(0, size);
        long[] idx = s.indices(size);
        int start = (int) idx[0];
        int stop = (int) idx[1];
        int step = (int) idx[2];
        if (step == 1) {
            if (stop < start) stop = start;
            int n = src.size;
            int newSize = size - (stop - start) + n;
            if (real) {
                double[] r = new double[Math.max(4, newSize)];
                System.arraycopy(dbls, 0, r, 0, start);
                System.arraycopy(src.dbls, 0, r, start, n);
                System.arraycopy(dbls, stop, r, start + n, size - stop);
                dbls = r;
            } else {
                long[] r = new long[Math.max(4, newSize)];
                System.arraycopy(ints, 0, r, 0, start);
                System.arraycopy(src.ints, 0, r, start, n);
                System.arraycopy(ints, stop, r, start + n, size - stop);
                ints = r;
            }
            size = newSize;
            return;
        }
        int count = (int) PySlice.length(start, stop, step);
        if (count != src.size) {
            throw Errors.valueError("attempt to assign array of size " + src.size + " to extended slice of size " + count);
        }
        for (int j = 0, i = start; j < count; j++, i += step) {
            if (real) dbls[i] = src.dbls[j];
            else ints[i] = src.ints[j];
        }
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PySlice s) {
            long[] idx = s.indices(size);
            int start = (int) idx[0];
            int stop = (int) idx[1];
            int step = (int) idx[2];
            int count = (int) PySlice.length(start, stop, step);
            if (count == 0) return;
            if (step < 0) {
                start = start + (count - 1) * step;
                step = -step;
            }
            boolean[] drop = new boolean[size];
            for (int j = 0, i = start; j < count; j++, i += step) drop[i] = true;
            int w = 0;
            for (int i = 0; i < size; i++) {
                if (drop[i]) continue;
                if (real) dbls[w++] = dbls[i];
                else ints[w++] = ints[i];
            }
            size = w;
            return;
        }
        removeAt(index(key, "array assignment index out of range"));
    }

    @Override
    public boolean contains(PyObject o) {
        for (int i = 0; i < size; i++) {
            if (get(i).equalsPy(o)) return true;
        }
        return false;
    }

    @Override
    public PyObject iter() {
        return new Iter(this);
    }

    @Override
    public PyObject add(PyObject o) {
        if (!(o instanceof PyArray b)) {
            throw Errors.typeError("can only append array (not \"" + o.type().name + "\") to array");
        }
        if (b.code != code) throw Errors.typeError("bad argument type for built-in operation");
        PyArray r = copyRange(0, size);
        r.appendAll(b);
        return r;
    }

    @Override
    public PyObject iadd(PyObject o) {
        if (!(o instanceof PyArray b)) {
            throw Errors.typeError("can only extend array with array (not \"" + o.type().name + "\")");
        }
        extend(b);
        return this;
    }

    private PyArray repeat(long n) {
        PyArray r = new PyArray(code);
        if (n <= 0 || size == 0) return r;
        if (n * size > Integer.MAX_VALUE - 8) throw Errors.memoryError();
        r.ensure((int) (n * size));
        for (long k = 0; k < n; k++) r.appendAll(this);
        return r;
    }

    @Override
    public PyObject mul(PyObject o) {
        if (o instanceof PyInt || o.type().lookup("__index__") != null && !(o instanceof PyFloat)) {
            return repeat(Protocol.indexBig(o).max(BigInteger.valueOf(-1)).min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue());
        }
        return Ops.binary(this, o, Slot.MUL);
    }

    @Override
    public PyObject imul(PyObject o) {
        PyArray r = (PyArray) repeat(Protocol.indexBig(o).max(BigInteger.valueOf(-1)).min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue());
        ints = r.ints;
        dbls = r.dbls;
        size = r.size;
        return this;
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (!(o instanceof PyArray b)) return Ops.richCompare(this, o, op);
        if (size != b.size && (op == CompareOp.EQ || op == CompareOp.NE)) return PyBool.of(op == CompareOp.NE);
        int n = Math.min(size, b.size);
        for (int i = 0; i < n; i++) {
            PyObject x = get(i);
            PyObject y = b.get(i);
            if (!x.equalsPy(y)) {
                if (op == CompareOp.EQ) return PyBool.FALSE;
                if (op == CompareOp.NE) return PyBool.TRUE;
                return x.richCompare(y, op);
            }
        }
        int c = Integer.compare(size, b.size);
        switch (op) {
            case EQ: return PyBool.of(c == 0);
            case NE: return PyBool.of(c != 0);
            case LT: return PyBool.of(c < 0);
            case LE: return PyBool.of(c <= 0);
            case GT: return PyBool.of(c > 0);
            default: return PyBool.of(c >= 0);
        }
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: 'array.array'");
    }

    @Override
    public String repr() {
        String name = type().name();
        if (size == 0) return name + "('" + code + "')";
        if (code == 'u') return name + "('u', " + StrRepr.repr(toUnicode()) + ")";
        StringBuilder sb = new StringBuilder(name).append("('").append(code).append("', [");
        for (int i = 0; i < size; i++) {
            if (i > 0) sb.append(", ");
            sb.append(get(i).repr());
        }
        return sb.append("])").toString();
    }

    // ------------------------------------------------------------------ methods

    void extend(PyObject x) {
        if (x instanceof PyArray b) {
            if (b.code != code) throw Errors.typeError("can only extend with array of same kind");
            appendAll(b == this ? copyRange(0, size) : b);
            return;
        }
        PyObject it = x.iter();
        for (PyObject v = it.next(); v != null; v = it.next()) append(v);
    }

    String toUnicode() {
        StringBuilder sb = new StringBuilder(size);
        for (int i = 0; i < size; i++) sb.appendCodePoint((int) ints[i]);
        return sb.toString();
    }

    byte[] toBytes() {
        int w = itemsize(code);
        byte[] out = new byte[size * w];
        for (int i = 0; i < size; i++) {
            long bits;
            if (code == 'f') bits = Float.floatToRawIntBits((float) dbls[i]) & 0xffffffffL;
            else if (code == 'd') bits = Double.doubleToRawLongBits(dbls[i]);
            else bits = ints[i];
            for (int k = 0; k < w; k++) out[i * w + k] = (byte) (bits >>> (8 * k));
        }
        return out;
    }

    void fromBytes(byte[] b) {
        int w = itemsize(code);
        if (b.length % w != 0) throw Errors.valueError("bytes length not a multiple of item size");
        int n = b.length / w;
        ensure(size + n);
        for (int i = 0; i < n; i++) {
            long bits = 0;
            for (int k = 0; k < w; k++) bits |= (b[i * w + k] & 0xffL) << (8 * k);
            store(bits);
        }
    }

    /** Appends a value given as its C bit pattern (sign-extended for signed typecodes). */
    private void store(long bits) {
        switch (code) {
            case 'b': appendRaw((byte) bits, 0); break;
            case 'h': appendRaw((short) bits, 0); break;
            case 'i': appendRaw((int) bits, 0); break;
            case 'u': appendRaw((int) bits, 0); break;
            case 'f': appendRaw(0, Float.intBitsToFloat((int) bits)); break;
            case 'd': appendRaw(0, Double.longBitsToDouble(bits)); break;
            default: appendRaw(bits, 0); break;
        }
    }

    void byteswap() {
        int w = itemsize(code);
        if (w == 1) return;
        byte[] b = toBytes();
        for (int i = 0; i < b.length; i += w) {
            for (int lo = i, hi = i + w - 1; lo < hi; lo++, hi--) {
                byte t = b[lo];
                b[lo] = b[hi];
                b[hi] = t;
            }
        }
        size = 0;
        fromBytes(b);
    }

    private int find(PyObject x, int from, int to) {
        for (int i = from; i < Math.min(to, size); i++) {
            if (get(i).equalsPy(x)) return i;
        }
        return -1;
    }

    private static int clampIndex(PyObject o, int size) {
        long k = Protocol.indexBig(o).max(BigInteger.valueOf(Long.MIN_VALUE / 2)).min(BigInteger.valueOf(Long.MAX_VALUE / 2)).longValue();
        if (k < 0) k = Math.max(0, k + size);
        return (int) Math.min(k, size);
    }

    static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError("array.array() takes no keyword arguments");
        if (a.length == 0) throw Errors.typeError("array() takes at least 1 argument (0 given)");
        if (a.length > 2) throw Errors.typeError("array() takes at most 2 arguments (" + a.length + " given)");
        if (!(a[0] instanceof PyStr s) || s.value().codePointCount(0, s.value().length()) != 1) {
            throw Errors.typeError("array() argument 1 must be a unicode character, not " + a[0].type().name);
        }
        String cs = s.value();
        if (cs.length() != 1 || CODES.indexOf(cs.charAt(0)) < 0) {
            throw Errors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        PyArray r = new PyArray(cs.charAt(0));
        if (a.length == 2) {
            PyObject init = a[1];
            if (init instanceof PyStr str) {
                if (r.code != 'u') {
                    throw Errors.typeError("cannot use a str to initialize an array with typecode '" + r.code + "'");
                }
                str.value().codePoints().forEach(cp -> r.appendRaw(cp, 0));
            } else if (init instanceof PyBytes || init instanceof PyByteArray) {
                r.fromBytes(PyBytes.bytesOf(init));
            } else if (init instanceof PyArray src && src.code == 'u' && r.code != 'u') {
                throw Errors.typeError("cannot use a unicode array to initialize an array with typecode '" + r.code + "'");
            } else {
                PyObject it = init.iter();
                for (PyObject v = it.next(); v != null; v = it.next()) r.append(v);
            }
        }
        return r;
    }

    private static PyArray self(PyObject o) {
        return (PyArray) o;
    }

    static void setup(PyType t) {
        t.setConstructor(PyArray::construct);
        BuiltinSetup.containerDunders(t);
        t.def("__hash__", PyNone.NONE);
        t.method("__setitem__", (Fn.F3) (s, k, v) -> {
            s.setItem(k, v);
            return PyNone.NONE;
        });
        t.method("__delitem__", (Fn.F2) (s, k) -> {
            s.delItem(k);
            return PyNone.NONE;
        });
        t.method("__add__", (Fn.F2) PyObject::add);
        t.method("__iadd__", (Fn.F2) PyObject::iadd);
        t.method("__mul__", (Fn.F2) (a, b) -> b instanceof PyFloat || b.type().lookup("__index__") == null
                ? Singletons.NOT_IMPLEMENTED : self(a).repeat(Protocol.index(b)));
        t.method("__rmul__", (Fn.F2) (a, b) -> b instanceof PyFloat || b.type().lookup("__index__") == null
                ? Singletons.NOT_IMPLEMENTED : self(a).repeat(Protocol.index(b)));
        t.method("__imul__", (Fn.F2) PyObject::imul);
        BuiltinSetup.compareDunders(t, o -> o instanceof PyArray);
        t.getter("typecode", s -> PyStr.of(String.valueOf(self(s).code)));
        t.getter("itemsize", s -> PyInt.of(itemsize(self(s).code)));
        t.method("append", (Fn.F2) (s, x) -> {
            self(s).append(x);
            return PyNone.NONE;
        });
        t.method("extend", (Fn.F2) (s, x) -> {
            self(s).extend(x);
            return PyNone.NONE;
        });
        t.method("insert", (Fn.F3) (s, i, x) -> {
            PyArray a = self(s);
            int k = clampIndex(i, a.size);
            a.append(x);
            if (a.real) {
                double v = a.dbls[a.size - 1];
                System.arraycopy(a.dbls, k, a.dbls, k + 1, a.size - 1 - k);
                a.dbls[k] = v;
            } else {
                long v = a.ints[a.size - 1];
                System.arraycopy(a.ints, k, a.ints, k + 1, a.size - 1 - k);
                a.ints[k] = v;
            }
            return PyNone.NONE;
        });
        t.method(new PyBuiltinFunction("pop").with((Fn.F1) s -> pop(self(s), -1)).with((Fn.F2) (s, i) -> pop(self(s), Protocol.index(i))));
        t.method("remove", (Fn.F2) (s, x) -> {
            PyArray a = self(s);
            int i = a.find(x, 0, a.size);
            if (i < 0) throw Errors.valueError("array.remove(x): x not in array");
            a.removeAt(i);
            return PyNone.NONE;
        });
        t.method("index", (Fn.FV) (a, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("array.index() takes no keyword arguments");
            if (a.length < 2 || a.length > 4) {
                throw Errors.typeError("index expected at " + (a.length < 2 ? "least 1 argument" : "most 3 arguments")
                        + ", got " + (a.length - 1));
            }
            PyArray s = self(a[0]);
            int from = a.length > 2 ? clampIndex(a[2], s.size) : 0;
            int to = a.length > 3 ? clampIndex(a[3], s.size) : s.size;
            int i = s.find(a[1], from, to);
            if (i < 0) throw Errors.valueError("array.index(x): x not in array");
            return PyInt.of(i);
        });
        t.method("count", (Fn.F2) (s, x) -> {
            PyArray a = self(s);
            int n = 0;
            for (int i = 0; i < a.size; i++) if (a.get(i).equalsPy(x)) n++;
            return PyInt.of(n);
        });
        t.method("reverse", (Fn.F1) s -> {
            PyArray a = self(s);
            for (int lo = 0, hi = a.size - 1; lo < hi; lo++, hi--) {
                if (a.real) {
                    double x = a.dbls[lo];
                    a.dbls[lo] = a.dbls[hi];
                    a.dbls[hi] = x;
                } else {
                    long x = a.ints[lo];
                    a.ints[lo] = a.ints[hi];
                    a.ints[hi] = x;
                }
            }
            return PyNone.NONE;
        });
        t.method("byteswap", (Fn.F1) s -> {
            self(s).byteswap();
            return PyNone.NONE;
        });
        t.method("buffer_info", (Fn.F1) s -> PyTuple.of(PyInt.of(System.identityHashCode(s)), PyInt.of(self(s).size)));
        t.method("tobytes", (Fn.F1) s -> new PyBytes(self(s).toBytes()));
        t.method("frombytes", (Fn.F2) (s, b) -> {
            self(s).fromBytes(PyBytes.bytesOf(b));
            return PyNone.NONE;
        });
        t.method("tolist", (Fn.F1) s -> {
            PyArray a = self(s);
            PyList l = new PyList();
            for (int i = 0; i < a.size; i++) l.append(a.get(i));
            return l;
        });
        t.method("fromlist", (Fn.F2) (s, l) -> {
            if (!(l instanceof PyList list)) throw Errors.typeError("arg must be list");
            PyArray a = self(s);
            PyArray tmp = new PyArray(a.code);
            for (PyObject v : list.toArray()) tmp.append(v);
            a.appendAll(tmp);
            return PyNone.NONE;
        });
        t.method("tounicode", (Fn.F1) s -> {
            PyArray a = self(s);
            if (a.code != 'u') throw Errors.valueError("tounicode() may only be called on unicode type arrays");
            return PyStr.of(a.toUnicode());
        });
        t.method("fromunicode", (Fn.F2) (s, u) -> {
            if (!(u instanceof PyStr str)) throw Errors.typeError("fromunicode() argument must be str, not " + u.type().name);
            PyArray a = self(s);
            if (a.code != 'u') throw Errors.valueError("fromunicode() may only be called on unicode type arrays");
            str.value().codePoints().forEach(cp -> a.appendRaw(cp, 0));
            return PyNone.NONE;
        });
        t.method("__copy__", (Fn.F1) s -> self(s).copyRange(0, self(s).size));
        t.method("__deepcopy__", (Fn.F2) (s, memo) -> self(s).copyRange(0, self(s).size));
        t.method("__reversed__", (Fn.F1) s -> {
            PyArray a = self(s);
            PyList l = new PyList();
            for (int i = a.size - 1; i >= 0; i--) l.append(a.get(i));
            return l.iter();
        });
    }

    private static PyObject pop(PyArray a, long i) {
        if (a.size == 0) throw Errors.indexError("pop from empty array");
        if (i < 0) i += a.size;
        if (i < 0 || i >= a.size) throw Errors.indexError("pop index out of range");
        PyObject v = a.get((int) i);
        a.removeAt((int) i);
        return v;
    }

    static PyModule createModule() {
        ModuleDef d = new ModuleDef("array");
        d.set("array", TYPE).set("ArrayType", TYPE).set("typecodes", PyStr.of(CODES));
        return d.module;
    }

    /** The iterator over an array: reads the array live, as CPython's does. */
    static final class Iter extends PyObject {
        private final PyArray a;
        private int i;

        Iter(PyArray a) {
            this.a = a;
        }

        @Override
        public PyType type() {
            return ITER_TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (a == null || i >= a.size) return null;
            return a.get(i++);
        }
    }
}
