package dev.krait.runtime;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * {@code memoryview}: a typed, possibly strided window on the bytes of a {@code bytes} or {@code bytearray},
 * sharing its memory (writes through a view of a bytearray are seen by the bytearray). Items use native
 * (little-endian, LP64) struct formats. Unlike CPython, a bytearray is not locked against resizing while
 * views exist (the JVM cannot tell when an unreleased view dies); a view always reads the array the
 * bytearray currently holds.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = new PyType("memoryview", PyType.OBJECT, PyMemoryView.class, PyMemoryView::setup);

    /** The exporting object (bytes or bytearray). */
    final PyObject obj;
    /** The array of a bytes exporter; null for a bytearray, whose current array is read on each access. */
    private final byte[] fixed;
    final int offset;
    final int[] shape;
    final int[] strides;
    final int itemsize;
    final String format;
    final char code;
    final boolean readonly;
    private boolean released;

    private PyMemoryView(PyObject obj, int offset, int[] shape, int[] strides, String format, boolean readonly) {
        this.obj = obj;
        this.fixed = obj instanceof PyBytes b ? b.value : null;
        this.offset = offset;
        this.shape = shape;
        this.strides = strides;
        this.format = format;
        this.code = format.charAt(format.length() - 1);
        this.itemsize = itemSize(code);
        this.readonly = readonly;
    }

    /** A 'B' view of all of a bytes-like object. */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(m.obj, m.offset, m.shape.clone(), m.strides.clone(), m.format, m.readonly);
        }
        if (o instanceof PyBytes b) return new PyMemoryView(b, 0, new int[] {b.value.length}, new int[] {1}, "B", true);
        if (o instanceof PyByteArray b) return new PyMemoryView(b, 0, new int[] {b.size}, new int[] {1}, "B", false);
        throw Errors.typeError("memoryview: a bytes-like object is required, not '" + o.type().name + "'");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The array holding the memory now. */
    byte[] buf() {
        return fixed != null ? fixed : ((PyByteArray) obj).data;
    }

    void check() {
        if (released) throw Errors.valueError("operation forbidden on released memoryview object");
    }

    static int itemSize(char c) {
        switch (c) {
            case 'b': case 'B': case 'c': case '?': return 1;
            case 'h': case 'H': return 2;
            case 'i': case 'I': case 'f': return 4;
            case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'P': case 'd': return 8;
            default: return -1;
        }
    }

    int ndim() {
        return shape.length;
    }

    int count() {
        int n = 1;
        for (int s : shape) n *= s;
        return n;
    }

    int nbytes() {
        return count() * itemsize;
    }

    boolean cContiguous() {
        // CPython's flags: a 1-D view is contiguous when it has one item or its stride is the item size.
        if (shape.length == 1) return shape[0] == 1 || strides[0] == itemsize;
        int expect = itemsize;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] == 0) return true;
            if (shape[d] > 1 && strides[d] != expect) return false;
            expect *= shape[d];
        }
        return true;
    }

    boolean fContiguous() {
        if (shape.length <= 1) return cContiguous();
        int expect = itemsize;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 0) return true;
            if (shape[d] > 1 && strides[d] != expect) return false;
            expect *= shape[d];
        }
        return true;
    }

    /** The bytes of the view in C order. */
    public byte[] toBytes() {
        check();
        byte[] b = buf();
        if (cContiguous()) return Arrays.copyOfRange(b, offset, offset + nbytes());
        byte[] out = new byte[nbytes()];
        int[] pos = {0};
        gather(b, 0, offset, out, pos);
        return out;
    }

    private void gather(byte[] b, int dim, int at, byte[] out, int[] pos) {
        for (int i = 0; i < shape[dim]; i++) {
            int p = at + i * strides[dim];
            if (dim == shape.length - 1) {
                System.arraycopy(b, p, out, pos[0], itemsize);
                pos[0] += itemsize;
            } else {
                gather(b, dim + 1, p, out, pos);
            }
        }
    }

    // ------------------------------------------------------------------ items

    /** Unpacks the item at byte position {@code p}. */
    PyObject read(byte[] b, int p) {
        switch (code) {
            case 'B': return PyInt.of(b[p] & 0xff);
            case 'b': return PyInt.of(b[p]);
            case 'c': return new PyBytes(new byte[] {b[p]});
            case '?': return PyBool.of(b[p] != 0);
            case 'h': return PyInt.of((short) le(b, p, 2));
            case 'H': return PyInt.of(le(b, p, 2));
            case 'i': return PyInt.of((int) le(b, p, 4));
            case 'I': return PyInt.of(le(b, p, 4));
            case 'f': return new PyFloat(Float.intBitsToFloat((int) le(b, p, 4)));
            case 'd': return new PyFloat(Double.longBitsToDouble(le(b, p, 8)));
            case 'L': case 'Q': case 'N': case 'P': {
                long v = le(b, p, 8);
                return v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
            }
            default: return PyInt.of(le(b, p, 8));
        }
    }

    private static long le(byte[] b, int p, int n) {
        long v = 0;
        for (int k = n - 1; k >= 0; k--) v = (v << 8) | (b[p + k] & 0xff);
        return v;
    }

    private static void putLe(byte[] b, int p, int n, long v) {
        for (int k = 0; k < n; k++) {
            b[p + k] = (byte) v;
            v >>= 8;
        }
    }

    private PyException invalidType() {
        return Errors.typeError("memoryview: invalid type for format '" + format + "'");
    }

    private PyException invalidValue() {
        return Errors.valueError("memoryview: invalid value for format '" + format + "'");
    }

    /** Packs {@code v} into the item at byte position {@code p}. */
    void write(byte[] b, int p, PyObject v) {
        switch (code) {
            case 'c': {
                if (!(v instanceof PyBytes bs)) throw invalidType();
                if (bs.value.length != 1) throw invalidValue();
                b[p] = bs.value[0];
                return;
            }
            case '?':
                b[p] = (byte) (v.isTrue() ? 1 : 0);
                return;
            case 'f': case 'd': {
                double d;
                if (v instanceof PyFloat f) d = f.v;
                else if (v instanceof PyInt i) d = i.toDouble();
                else throw invalidType();
                if (code == 'f') putLe(b, p, 4, Float.floatToRawIntBits((float) d));
                else putLe(b, p, 8, Double.doubleToRawLongBits(d));
                return;
            }
            default:
                break;
        }
        if (!(v instanceof PyInt i)) throw invalidType();
        long x;
        switch (code) {
            case 'L': case 'Q': case 'N': case 'P': {
                BigInteger big = i.toBig();
                // a pointer ('P') also takes negative values, stored as their two's complement
                boolean ok = code == 'P' ? big.bitLength() <= 64 && (big.signum() >= 0 || big.bitLength() <= 63)
                        : big.signum() >= 0 && big.bitLength() <= 64;
                if (!ok) throw invalidValue();
                x = big.longValue();
                break;
            }
            default: {
                if (i.isBig()) throw invalidValue();
                x = i.v;
                long lo;
                long hi;
                switch (code) {
                    case 'B': lo = 0; hi = 255; break;
                    case 'b': lo = -128; hi = 127; break;
                    case 'h': lo = Short.MIN_VALUE; hi = Short.MAX_VALUE; break;
                    case 'H': lo = 0; hi = 0xffff; break;
                    case 'i': lo = Integer.MIN_VALUE; hi = Integer.MAX_VALUE; break;
                    case 'I': lo = 0; hi = 0xffffffffL; break;
                    default: lo = Long.MIN_VALUE; hi = Long.MAX_VALUE;
                }
                if (x < lo || x > hi) throw invalidValue();
            }
        }
        putLe(b, p, itemsize, x);
    }

    /** The items as (nested) lists. */
    PyObject toList() {
        check();
        if (shape.length == 0) return read(buf(), offset);
        return listOf(buf(), 0, offset);
    }

    private PyList listOf(byte[] b, int dim, int at) {
        PyList out = new PyList(shape[dim]);
        for (int i = 0; i < shape[dim]; i++) {
            int p = at + i * strides[dim];
            out.append(dim == shape.length - 1 ? read(b, p) : listOf(b, dim + 1, p));
        }
        return out;
    }

    // ------------------------------------------------------------------ protocol

    @Override
    public int len() {
        check();
        if (shape.length == 0) throw Errors.typeError("0-dim memory has no length");
        return shape[0];
    }

    @Override
    public boolean isTrue() {
        return len() != 0;
    }

    private int itemPos(PyObject key, int dim) {
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        long k = Protocol.index(key);
        if (k < 0) k += shape[dim];
        if (k < 0 || k >= shape[dim]) throw Errors.indexError("index out of bounds on dimension " + (dim + 1));
        return (int) k * strides[dim];
    }

    /** The byte position of the item named by an int or tuple key. */
    private int position(PyObject key) {
        if (key instanceof PyTuple t) {
            if (t.items.length < shape.length) throw Errors.notImplementedError("sub-views are not implemented");
            if (t.items.length > shape.length) {
                throw Errors.typeError("cannot index " + shape.length + "-dimension view with " + t.items.length + "-element tuple");
            }
            int p = offset;
            for (int d = 0; d < shape.length; d++) p += itemPos(t.items[d], d);
            return p;
        }
        if (shape.length == 0) throw Errors.typeError("invalid indexing of 0-dim memory");
        if (shape.length > 1) {
            if (key instanceof PyInt || key.type().lookup("__index__") != null) {
                throw Errors.notImplementedError("multi-dimensional sub-views are not implemented");
            }
            throw Errors.typeError("memoryview: invalid slice key");
        }
        return offset + itemPos(key, 0);
    }

    @Override
    public PyObject getItem(PyObject key) {
        check();
        if (key instanceof PyInt i && !i.isBig() && shape.length == 1) {
            long k = i.v;
            if (k < 0) k += shape[0];
            if (k < 0 || k >= shape[0]) throw Errors.indexError("index out of bounds on dimension 1");
            int p = offset + (int) k * strides[0];
            return code == 'B' ? PyInt.of(buf()[p] & 0xff) : read(buf(), p);
        }
        if (key instanceof PySlice s) {
            if (shape.length != 1) throw Errors.notImplementedError("multi-dimensional slicing is not implemented");
            long[] idx = s.indices(shape[0]);
            int n = (int) PySlice.length(idx[0], idx[1], idx[2]);
            int[] sh = shape.clone();
            int[] st = strides.clone();
            sh[0] = n;
            st[0] = (int) (strides[0] * idx[2]);
            int start = n == 0 ? offset : offset + (int) idx[0] * strides[0]; // an empty slice may start at -1
            return new PyMemoryView(obj, start, sh, st, format, readonly);
        }
        if (key == Singletons.ELLIPSIS) return this;
        return read(buf(), position(key));
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        check();
        if (readonly) throw Errors.typeError("cannot modify read-only memory");
        if (key instanceof PySlice s) {
            if (shape.length != 1) throw Errors.notImplementedError("memoryview slice assignments are currently restricted to ndim = 1");
            PyMemoryView dst = (PyMemoryView) getItem(s);
            PyMemoryView src = value instanceof PyMemoryView m ? m : of(bufferOf(value));
            src.check();
            if (src.code != dst.code || src.shape.length != 1 || src.shape[0] != dst.shape[0]) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] data = src.toBytes();
            byte[] b = buf();
            if (dst.strides[0] == itemsize) {
                System.arraycopy(data, 0, b, dst.offset, data.length);
            } else {
                for (int i = 0; i < dst.shape[0]; i++) {
                    System.arraycopy(data, i * itemsize, b, dst.offset + i * dst.strides[0], itemsize);
                }
            }
            return;
        }
        if (key instanceof PyInt i && !i.isBig() && shape.length == 1 && code == 'B') {
            long k = i.v;
            if (k < 0) k += shape[0];
            if (k < 0 || k >= shape[0]) throw Errors.indexError("index out of bounds on dimension 1");
            if (!(value instanceof PyInt v)) throw invalidType();
            if (v.isBig() || v.v < 0 || v.v > 255) throw invalidValue();
            buf()[offset + (int) k * strides[0]] = (byte) v.v;
            return;
        }
        if (key == Singletons.ELLIPSIS && shape.length == 0) {
            write(buf(), offset, value);
            return;
        }
        write(buf(), position(key), value);
    }

    private static PyObject bufferOf(PyObject v) {
        if (v instanceof PyBytes || v instanceof PyByteArray) return v;
        throw Errors.typeError("a bytes-like object is required, not '" + v.type().name + "'");
    }

    @Override
    public void delItem(PyObject key) {
        check();
        throw Errors.typeError("cannot delete memory");
    }

    @Override
    public PyObject iter() {
        check();
        if (shape.length == 0) throw Errors.typeError("invalid indexing of 0-dim memory");
        if (shape.length > 1) throw Errors.notImplementedError("multi-dimensional sub-views are not implemented");
        return new Iter(this);
    }

    @Override
    public boolean contains(PyObject o) {
        PyObject it = iter();
        for (PyObject x = it.next(); x != null; x = it.next()) if (x.equalsPy(o)) return true;
        return false;
    }

    /** memoryview == other: equal shapes and equal unpacked items (bytes-like others are 'B' views). */
    PyObject equalTo(PyObject o) {
        if (o == this) return PyBool.TRUE;
        PyMemoryView other;
        if (o instanceof PyMemoryView m) other = m;
        else if (o instanceof PyBytes || o instanceof PyByteArray) other = of(o);
        else return Singletons.NOT_IMPLEMENTED;
        if (released || other.released) return PyBool.FALSE;
        if (!Arrays.equals(shape, other.shape)) return PyBool.FALSE;
        if (isByteFormat(code) && code == other.code && code != 'c') return PyBool.of(Arrays.equals(toBytes(), other.toBytes()));
        return PyBool.of(toList().equalsPy(other.toList()));
    }

    private static boolean isByteFormat(char c) {
        return c == 'B' || c == 'b' || c == 'c';
    }

    @Override
    public long hash() {
        check();
        if (!readonly) throw Errors.valueError("cannot hash writable memoryview object");
        if (!isByteFormat(code)) throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return new PyBytes(toBytes()).hash();
    }

    @Override
    public String repr() {
        return (released ? "<released memory at " : "<memory at ") + Protocol.addressOf(this) + ">";
    }

    PyMemoryView cast(String fmt, PyObject shapeObj) {
        check();
        if (!cContiguous()) throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        String f = fmt.startsWith("@") ? fmt.substring(1) : fmt;
        if (f.length() != 1 || itemSize(f.charAt(0)) < 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        char c = f.charAt(0);
        if (!isByteFormat(code) && !isByteFormat(c)) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int size = itemSize(c);
        int total = nbytes();
        int[] sh;
        if (shapeObj == null || shapeObj == PyNone.NONE) {
            if (total % size != 0) throw Errors.typeError("memoryview: length is not a multiple of itemsize");
            sh = new int[] {total / size};
        } else {
            if (!(shapeObj instanceof PyList || shapeObj instanceof PyTuple)) {
                throw Errors.typeError("shape must be a list or a tuple");
            }
            PyObject[] items = Protocol.toArray(shapeObj);
            if (shape.length != 1 && items.length != 1) throw Errors.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            sh = new int[items.length];
            long prod = 1;
            for (int d = 0; d < items.length; d++) {
                long v = Protocol.index(items[d]);
                if (v <= 0) throw Errors.valueError("memoryview.cast(): elements of shape must be integers > 0");
                sh[d] = (int) v;
                prod *= v;
            }
            if (prod * size != total) throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
        }
        int[] st = new int[sh.length];
        int acc = size;
        for (int d = sh.length - 1; d >= 0; d--) {
            st[d] = acc;
            acc *= sh[d];
        }
        return new PyMemoryView(obj, offset, sh, st, fmt, readonly);
    }

    private static PyObject ints(int[] a) {
        PyObject[] r = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) r[i] = PyInt.of(a[i]);
        return PyTuple.of(r);
    }

    private static PyMemoryView self(PyObject s) {
        PyMemoryView m = (PyMemoryView) s;
        m.check();
        return m;
    }

    static void setup(PyType t) {
        t.acceptableBase = false;
        t.setConstructor((cls, a, k) -> {
            ArgParser p = new ArgParser("memoryview", a, k, 0, "object");
            return of(p.required(0, "object"));
        });
        t.method("__len__", (Fn.F1) s -> PyInt.of(s.len()));
        t.method("__getitem__", (Fn.F2) PyObject::getItem);
        t.method("__setitem__", (Fn.F3) (s, k, v) -> {
            s.setItem(k, v);
            return PyNone.NONE;
        });
        t.method("__delitem__", (Fn.F2) (s, k) -> {
            s.delItem(k);
            return PyNone.NONE;
        });
        t.method("__iter__", (Fn.F1) PyObject::iter);
        t.method("__repr__", (Fn.F1) s -> PyStr.of(s.repr()));
        t.method("__hash__", (Fn.F1) s -> PyInt.of(s.hash()));
        t.method("__eq__", (Fn.F2) (s, o) -> ((PyMemoryView) s).equalTo(o));
        t.method("__ne__", (Fn.F2) (s, o) -> {
            PyObject r = ((PyMemoryView) s).equalTo(o);
            return r == Singletons.NOT_IMPLEMENTED ? r : PyBool.of(!r.isTrue());
        });
        t.method("__enter__", (Fn.F1) s -> self(s));
        t.method("__exit__", (Fn.FV) (a, k) -> {
            ((PyMemoryView) a[0]).released = true;
            return PyNone.NONE;
        });
        t.method("release", (Fn.F1) s -> {
            ((PyMemoryView) s).released = true;
            return PyNone.NONE;
        });
        t.method("tobytes", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("tobytes", a, k, 1, "order");
            PyObject order = p.get(0, PyNone.NONE);
            if (order != PyNone.NONE) {
                String o = order instanceof PyStr ps ? ps.value() : "";
                if (!o.equals("C") && !o.equals("F") && !o.equals("A")) {
                    throw Errors.valueError("order must be 'C', 'F' or 'A'");
                }
            }
            return new PyBytes(((PyMemoryView) a[0]).toBytes());
        });
        t.method("tolist", (Fn.F1) s -> ((PyMemoryView) s).toList());
        t.method("toreadonly", (Fn.F1) s -> {
            PyMemoryView m = self(s);
            return new PyMemoryView(m.obj, m.offset, m.shape.clone(), m.strides.clone(), m.format, true);
        });
        t.method("hex", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("hex", a, k, 1, "sep", "bytes_per_sep");
            byte[] b = ((PyMemoryView) a[0]).toBytes();
            return PyStr.of(BytesMethods.hex(b, b.length, p.get(0, null), Protocol.index(p.get(1, PyInt.ONE))));
        });
        t.method("cast", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("cast", a, k, 1, "format", "shape");
            PyObject f = p.required(0, "format");
            if (!(f instanceof PyStr fs)) throw Errors.typeError("cast() argument 'format' must be str, not " + f.type().name);
            return ((PyMemoryView) a[0]).cast(fs.value(), p.get(1, null));
        });
        t.getter("obj", s -> self(s).obj);
        t.getter("nbytes", s -> PyInt.of(self(s).nbytes()));
        t.getter("readonly", s -> PyBool.of(self(s).readonly));
        t.getter("itemsize", s -> PyInt.of(self(s).itemsize));
        t.getter("format", s -> PyStr.of(self(s).format));
        t.getter("ndim", s -> PyInt.of(self(s).ndim()));
        t.getter("shape", s -> ints(self(s).shape));
        t.getter("strides", s -> ints(self(s).strides));
        t.getter("suboffsets", s -> {
            self(s);
            return PyTuple.EMPTY;
        });
        t.getter("c_contiguous", s -> PyBool.of(self(s).cContiguous()));
        t.getter("f_contiguous", s -> PyBool.of(self(s).fContiguous()));
        t.getter("contiguous", s -> PyBool.of(self(s).cContiguous() || self(s).fContiguous()));
    }

    /** Iterator over the items of a one-dimensional view. */
    static final class Iter extends PyObject {
        static final PyType TYPE = new PyType("memory_iterator", PyType.OBJECT, Iter.class, BuiltinSetup::iterator);
        private final PyMemoryView view;
        private int i;

        Iter(PyMemoryView view) {
            this.view = view;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            view.check();
            if (i >= view.shape[0]) return null;
            return view.read(view.buf(), view.offset + i++ * view.strides[0]);
        }
    }
}
