package dev.krait.runtime;

import java.util.Arrays;

/** {@code bytearray}: a mutable, growable byte buffer. */
public class PyByteArray extends PyObject {
    public static final PyType TYPE = new PyType("bytearray", PyType.OBJECT, PyByteArray.class, BytesMethods::setupByteArray);

    public byte[] data;
    public int size;

    public PyByteArray(byte[] data) {
        this.data = data;
        this.size = data.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public byte[] toBytes() {
        return Arrays.copyOf(data, size);
    }

    void ensure(int n) {
        if (n > data.length) data = Arrays.copyOf(data, Math.max(n, size + (size >> 1) + 8));
    }

    public void append(int b) {
        ensure(size + 1);
        data[size++] = (byte) b;
    }

    public void extend(byte[] b) {
        ensure(size + b.length);
        System.arraycopy(b, 0, data, size, b.length);
        size += b.length;
    }

    @Override
    public int len() {
        return size;
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }

    static int byteValue(PyObject v) {
        long x = Protocol.index(v);
        if (x < 0 || x > 255) throw Errors.valueError("byte must be in range(0, 256)");
        return (int) x;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) return new PyByteArray(PyBytes.slice(data, s.indices(size)));
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError("bytearray indices must be integers or slices, not " + key.type().name);
        }
        long k = key instanceof PyInt pi ? pi.asItemIndex() : Protocol.index(key);
        if (k < 0) k += size;
        if (k < 0 || k >= size) throw Errors.indexError("bytearray index out of range");
        return PyInt.of(data[(int) k] & 0xff);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            long[] idx = s.indices(size);
            byte[] src = value instanceof PyInt ? new byte[(int) Protocol.index(value)] : PyBytes.bytesOf(
                    value instanceof PyBytes || value instanceof PyByteArray || value instanceof PyMemoryView ? value
                            : new PyBytes(BytesMethods.fromIterable(value)));
            int start = (int) idx[0];
            int stop = (int) idx[1];
            int step = (int) idx[2];
            if (step == 1) {
                if (stop < start) stop = start;
                // In place: move the tail when the length changes, then copy the new bytes in.
                int newSize = size - (stop - start) + src.length;
                if (src.length != stop - start) {
                    ensure(newSize);
                    System.arraycopy(data, stop, data, start + src.length, size - stop);
                }
                System.arraycopy(src, 0, data, start, src.length);
                size = newSize;
                return;
            }
            int n = (int) PySlice.length(start, stop, step);
            if (src.length == 0) { // CPython deletes an extended slice assigned an empty value
                delItem(key);
                return;
            }
            if (n != src.length) {
                throw Errors.valueError("attempt to assign bytes of size " + src.length + " to extended slice of size " + n);
            }
            for (int i = 0, j = start; i < n; i++, j += step) data[j] = src[i];
            return;
        }
        long k = Protocol.index(key);
        if (k < 0) k += size;
        if (k < 0 || k >= size) throw Errors.indexError("bytearray index out of range");
        data[(int) k] = (byte) byteValue(value);
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PySlice s) {
            long[] idx = s.indices(size);
            int n = (int) PySlice.length(idx[0], idx[1], idx[2]);
            if (idx[2] == 1) {
                if (n > 0) System.arraycopy(data, (int) idx[1], data, (int) idx[0], size - (int) idx[1]);
                size -= n;
                return;
            }
            boolean[] drop = new boolean[size];
            for (long i = 0, j = idx[0]; i < n; i++, j += idx[2]) drop[(int) j] = true;
            int w = 0;
            for (int r = 0; r < size; r++) if (!drop[r]) data[w++] = data[r];
            size = w;
            return;
        }
        long k = Protocol.index(key);
        if (k < 0) k += size;
        if (k < 0 || k >= size) throw Errors.indexError("bytearray index out of range");
        System.arraycopy(data, (int) k + 1, data, (int) k, size - (int) k - 1);
        size--;
    }

    @Override
    public boolean contains(PyObject o) {
        if (o instanceof PyInt) {
            int v = byteValue(o);
            for (int i = 0; i < size; i++) if ((data[i] & 0xff) == v) return true;
            return false;
        }
        return BytesMethods.indexOf(data, size, PyBytes.bytesOf(o), 0) >= 0;
    }

    @Override
    public PyObject iter() {
        return new Iter(this);
    }

    /** Iterator reading the bytearray as it is now (it may change during the iteration). */
    static final class Iter extends PyObject {
        static final PyType TYPE = new PyType("bytearray_iterator", PyType.OBJECT, Iter.class, BuiltinSetup::iterator);
        private PyByteArray ba;
        private int i;

        Iter(PyByteArray ba) {
            this.ba = ba;
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
            if (ba == null) return null;
            if (i < ba.size) return PyInt.of(ba.data[i++] & 0xff);
            ba = null;
            return null;
        }
    }

    @Override
    public PyObject add(PyObject o) {
        if (PyBytes.isBytesLike(o)) {
            PyByteArray r = new PyByteArray(toBytes());
            r.extend(PyBytes.bytesOf(o));
            return r;
        }
        return super.add(o);
    }

    @Override
    public PyObject iadd(PyObject o) {
        extend(PyBytes.bytesOf(o));
        return this;
    }

    @Override
    public PyObject mul(PyObject o) {
        if (o instanceof PyInt n) return new PyByteArray(PyBytes.repeat(data, size, n.asLongClamped()));
        return super.mul(o);
    }

    @Override
    public PyObject mod(PyObject o) {
        String fmt = new String(data, 0, size, java.nio.charset.StandardCharsets.ISO_8859_1);
        return new PyByteArray(PercentFormatter.format(fmt, o, true).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Override
    public long hash() {
        throw Errors.unhashable(this);
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (o instanceof PyBytes || o instanceof PyByteArray) {
            return PyBool.of(op.test(Arrays.compareUnsigned(toBytes(), PyBytes.bytesOf(o))));
        }
        return super.richCompare(o, op);
    }

    @Override
    public String repr() {
        return reprText();
    }

    /** bytearray's own text, named after the (sub)class, which str() uses even when __repr__ is overridden. */
    String reprText() {
        return type().name + "(" + PyBytes.repr(data, size) + ")";
    }

    @Override
    public String str() {
        return reprText();
    }
}
