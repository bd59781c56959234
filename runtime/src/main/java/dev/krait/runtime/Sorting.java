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
        if (n > 16 && sortNumbers(keys, values, n)) return;
        if (n < MIN_MERGE) {
            int run = countRun(keys, values, 0, n);
            binarySort(keys, values, 0, n, run);
            return;
        }
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

    /**
     * Keys that are all machine ints (or all floats without NaN) compare as Java numbers, exactly as Python's `<`
     * orders them, so the JDK's stable sort does the job without a Python comparison per step (CPython
     * specialises this case too). False, and nothing changed, for other keys.
     */
    private static boolean sortNumbers(PyObject[] keys, PyObject[] values, int n) {
        boolean ints = true;
        boolean floats = true;
        for (int i = 0; i < n && (ints || floats); i++) {
            PyObject k = keys[i];
            if (!(k.getClass() == PyInt.class && !((PyInt) k).isBig())) ints = false;
            if (!(k.getClass() == PyFloat.class && !Double.isNaN(((PyFloat) k).v))) floats = false;
        }
        if (!ints && !floats) return false;
        java.util.Comparator<PyObject> cmp = ints ? (a, b) -> Long.compare(((PyInt) a).v, ((PyInt) b).v)
                : (a, b) -> ((PyFloat) a).v < ((PyFloat) b).v ? -1 : ((PyFloat) a).v > ((PyFloat) b).v ? 1 : 0;
        if (values == null) {
            java.util.Arrays.sort(keys, 0, n, cmp);
            return true;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> cmp.compare(keys[a], keys[b]));
        PyObject[] k2 = new PyObject[n];
        PyObject[] v2 = new PyObject[n];
        for (int i = 0; i < n; i++) {
            k2[i] = keys[order[i]];
            v2[i] = values[order[i]];
        }
        System.arraycopy(k2, 0, keys, 0, n);
        System.arraycopy(v2, 0, values, 0, n);
        return true;
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
