package dev.krait.runtime;

/**
 * A stable sort using only {@code <}, shaped like CPython's timsort on short inputs (count the first run,
 * reverse it if strictly descending, binary-insert the rest) so that even inconsistent orderings (NaNs)
 * come out as in CPython; longer inputs use merge sort over such runs.
 */
final class Sorting {
    private static final int MIN_MERGE = 64;

    private Sorting() {}

    /** Sorts keys[0..n) and applies the same permutation to values when not null. */
    static void sort(PyObject[] keys, PyObject[] values, int n) {
        if (n < 2) return;
        if (n < MIN_MERGE) {
            int run = countRun(keys, values, 0, n);
            binarySort(keys, values, 0, n, run);
            return;
        }
        if (sortNumbers(keys, values, n)) return;
        PyObject[] tk = new PyObject[n];
        PyObject[] tv = values == null ? null : new PyObject[n];
        int minrun = minRun(n);
        java.util.ArrayList<int[]> runs = new java.util.ArrayList<>();
        int lo = 0;
        while (lo < n) {
            int run = countRun(keys, values, lo, n);
            if (run < minrun) {
                int force = Math.min(minrun, n - lo);
                binarySort(keys, values, lo, lo + force, lo + run);
                run = force;
            }
            runs.add(new int[] {lo, run});
            lo += run;
        }
        while (runs.size() > 1) {
            java.util.ArrayList<int[]> next = new java.util.ArrayList<>();
            for (int i = 0; i < runs.size(); i += 2) {
                if (i + 1 == runs.size()) {
                    next.add(runs.get(i));
                    continue;
                }
                int[] a = runs.get(i);
                int[] b = runs.get(i + 1);
                merge(keys, values, tk, tv, a[0], a[0] + a[1], b[0] + b[1]);
                next.add(new int[] {a[0], a[1] + b[1]});
            }
            runs = next;
        }
    }

    /**
     * Fast path for keys that are all floats (no NaN) or ints exactly representable as doubles: a stable merge
     * sort of positions over primitive doubles. Any stable sort gives CPython's result for such keys.
     */
    /**
     * Ints that fit in 32 bits: each packed with its index into a long (value high, index low, so equal values
     * keep their order) and sorted as primitives, which is several times faster than comparing objects.
     */
    private static boolean sortSmallInts(PyObject[] keys, PyObject[] values, int n) {
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            PyObject k = keys[i];
            if (k.getClass() != PyInt.class) return false;
            PyInt x = (PyInt) k;
            if (x.isBig() || x.v != (int) x.v) return false;
            packed[i] = (x.v << 32) | i;
        }
        java.util.Arrays.sort(packed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = (int) packed[i];
        permute(keys, values, order);
        return true;
    }

    /** Rearranges keys (and values) so that position i holds what was at order[i]. */
    private static void permute(PyObject[] keys, PyObject[] values, int[] order) {
        int n = order.length;
        PyObject[] k2 = keys.clone();
        for (int i = 0; i < n; i++) keys[i] = k2[order[i]];
        if (values != null) {
            PyObject[] v2 = values.clone();
            for (int i = 0; i < n; i++) values[i] = v2[order[i]];
        }
    }

    /**
     * Exact str keys without surrogate pairs, whose code point order is Java's char order: a stable sort of
     * positions comparing the Java strings (String.compareTo is intrinsic), not Python comparisons.
     */
    private static boolean sortStrings(PyObject[] keys, PyObject[] values, int n) {
        for (int i = 0; i < n; i++) {
            PyObject k = keys[i];
            if (k.getClass() != PyStr.class || !((PyStr) k).isSimple()) return false;
        }
        if (values == null) {
            java.util.Arrays.sort(keys, 0, n, (x, y) -> ((PyStr) x).value().compareTo(((PyStr) y).value()));
            return true;
        }
        KeyedStr[] pairs = new KeyedStr[n];
        for (int i = 0; i < n; i++) pairs[i] = new KeyedStr(((PyStr) keys[i]).value(), keys[i], values[i]);
        java.util.Arrays.sort(pairs, (x, y) -> x.text.compareTo(y.text));
        for (int i = 0; i < n; i++) {
            keys[i] = pairs[i].key;
            values[i] = pairs[i].value;
        }
        return true;
    }

    private record KeyedStr(String text, PyObject key, PyObject value) {}

    private static boolean sortNumbers(PyObject[] keys, PyObject[] values, int n) {
        if (keys[0].getClass() == PyInt.class && sortSmallInts(keys, values, n)) return true;
        if (keys[0].getClass() == PyStr.class) return sortStrings(keys, values, n);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            PyObject k = keys[i];
            if (k.getClass() == PyFloat.class) {
                double x = ((PyFloat) k).v;
                if (x != x) return false;
                d[i] = x;
            } else if (k.getClass() == PyInt.class && !((PyInt) k).isBig() && Math.abs(((PyInt) k).v) <= (1L << 53)) {
                d[i] = ((PyInt) k).v;
            } else {
                return false;
            }
        }
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        int[] tmp = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                if (!(d[idx[mid]] < d[idx[mid - 1]])) continue; // already in order
                int a = lo;
                int b = mid;
                int w = lo;
                while (a < mid && b < hi) tmp[w++] = d[idx[b]] < d[idx[a]] ? idx[b++] : idx[a++];
                while (a < mid) tmp[w++] = idx[a++];
                while (b < hi) tmp[w++] = idx[b++];
                System.arraycopy(tmp, lo, idx, lo, hi - lo);
            }
        }
        permute(keys, values, idx);
        return true;
    }

    private static int minRun(int n) {
        int r = 0;
        while (n >= MIN_MERGE) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private static boolean lt(PyObject a, PyObject b) {
        return a.lessThan(b);
    }

    /** Length of the run at lo; a strictly descending run is reversed in place. */
    private static int countRun(PyObject[] k, PyObject[] v, int lo, int hi) {
        int n = 1;
        if (lo + 1 == hi) return 1;
        if (lt(k[lo + 1], k[lo])) {
            n = 2;
            for (int i = lo + 2; i < hi && lt(k[i], k[i - 1]); i++) n++;
            reverse(k, lo, lo + n);
            if (v != null) reverse(v, lo, lo + n);
        } else {
            n = 2;
            for (int i = lo + 2; i < hi && !lt(k[i], k[i - 1]); i++) n++;
        }
        return n;
    }

    private static void reverse(PyObject[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static void binarySort(PyObject[] k, PyObject[] v, int lo, int hi, int start) {
        for (int i = start; i < hi; i++) {
            PyObject pivot = k[i];
            PyObject pv = v == null ? null : v[i];
            int l = lo;
            int r = i;
            while (l < r) {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, k[p])) r = p;
                else l = p + 1;
            }
            System.arraycopy(k, l, k, l + 1, i - l);
            k[l] = pivot;
            if (v != null) {
                System.arraycopy(v, l, v, l + 1, i - l);
                v[l] = pv;
            }
        }
    }

    private static void merge(PyObject[] k, PyObject[] v, PyObject[] tk, PyObject[] tv, int lo, int mid, int hi) {
        System.arraycopy(k, lo, tk, lo, mid - lo);
        if (v != null) System.arraycopy(v, lo, tv, lo, mid - lo);
        int i = lo;
        int j = mid;
        int w = lo;
        while (i < mid && j < hi) {
            if (lt(k[j], tk[i])) {
                if (v != null) v[w] = v[j];
                k[w++] = k[j++];
            } else {
                if (v != null) v[w] = tv[i];
                k[w++] = tk[i++];
            }
        }
        while (i < mid) {
            if (v != null) v[w] = tv[i];
            k[w++] = tk[i++];
        }
    }
}
