package dev.krait.runtime;

import java.util.Arrays;

/** Operations shared by list, tuple and the other array-backed sequences. */
final class Sequences {
    private Sequences() {}

    static PyObject[] slice(PyObject[] items, long[] idx) {
        int start = (int) idx[0];
        int stop = (int) idx[1];
        int step = (int) idx[2];
        if (step == 1) return stop <= start ? PyObject.EMPTY : Arrays.copyOfRange(items, start, stop);
        int n = (int) PySlice.length(start, stop, step);
        PyObject[] r = new PyObject[n];
        for (int i = 0, j = start; i < n; i++, j += step) r[i] = items[j];
        return r;
    }

    static PyObject[] repeat(PyObject[] items, int size, long times) {
        if (times <= 0 || size == 0) return PyObject.EMPTY;
        if (size * times > Integer.MAX_VALUE - 16) throw Errors.memoryError();
        int n = (int) (size * times);
        PyObject[] r = new PyObject[n];
        for (int k = 0; k < n; k += size) System.arraycopy(items, 0, r, k, size);
        return r;
    }

    /** Lexicographic comparison, as CPython's list/tuple richcompare. */
    static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && na != nb) return PyBool.of(op == CompareOp.NE);
        int i = 0;
        for (; i < na && i < nb; i++) {
            PyObject x = a[i];
            PyObject y = b[i];
            if (x != y && !x.equalsPy(y)) break;
        }
        if (i >= na || i >= nb) return PyBool.of(op.test(Integer.compare(na, nb)));
        if (op == CompareOp.EQ) return PyBool.FALSE;
        if (op == CompareOp.NE) return PyBool.TRUE;
        return a[i].richCompare(b[i], op);
    }
}
