package dev.krait.runtime;

/**
 * {@code _kitertools}: the combinatoric iterators of itertools (product, permutations, combinations,
 * combinations_with_replacement) in Java, as CPython has them in C; the itertools module re-exports them. Each
 * keeps its pool as an array and its state as int indices, and builds one tuple per step.
 */
final class ItertoolsModule {
    private ItertoolsModule() {}

    static final PyType PRODUCT = type("product", Product.class, (cls, a, k) -> {
        int repeat = 1;
        if (k != null) {
            int npos = a.length - k.length;
            for (int i = 0; i < k.length; i++) {
                if (!k[i].equals("repeat")) throw Errors.typeError("'" + k[i] + "' is an invalid keyword argument for product()");
                repeat = asIndex(a[npos + i]);
                if (repeat < 0) throw Errors.valueError("repeat argument cannot be negative");
            }
            PyObject[] pos = new PyObject[npos];
            System.arraycopy(a, 0, pos, 0, npos);
            a = pos;
        }
        PyObject[][] base = new PyObject[a.length][];
        for (int i = 0; i < a.length; i++) base[i] = pool(a[i]);
        PyObject[][] pools = new PyObject[a.length * repeat][];
        for (int r = 0; r < repeat; r++) System.arraycopy(base, 0, pools, r * a.length, a.length);
        return new Product(pools);
    });

    static final PyType PERMUTATIONS = type("permutations", Permutations.class, (cls, a, k) -> {
        atMost("permutations", a);
        ArgParser p = new ArgParser("permutations", a, k, 0, "iterable", "r");
        PyObject[] pool = pool(p.required(0, "iterable"));
        PyObject r = p.get(1, PyNone.NONE);
        int n;
        if (r == PyNone.NONE) {
            n = pool.length;
        } else {
            if (!(r instanceof PyInt)) throw Errors.typeError("Expected int as r");
            n = asIndex(r);
            if (n < 0) throw Errors.valueError("r must be non-negative");
        }
        return new Permutations(pool, n);
    });

    static final PyType COMBINATIONS = type("combinations", Combinations.class, (cls, a, k) -> combinations(a, k, false));

    static final PyType COMBINATIONS_WR = type("combinations_with_replacement", Combinations.class,
            (cls, a, k) -> combinations(a, k, true));

    private static PyType type(String name, Class<?> impl, PyType.Constructor c) {
        return new PyType(name, PyType.OBJECT, impl, t -> {
            t.acceptableBase = false;
            BuiltinSetup.iterator(t);
            t.setConstructor(c);
            t.module = "itertools";
        });
    }

    static PyModule create() {
        return new ModuleDef("_kitertools")
                .set("product", PRODUCT)
                .set("permutations", PERMUTATIONS)
                .set("combinations", COMBINATIONS)
                .set("combinations_with_replacement", COMBINATIONS_WR)
                .module;
    }

    /** CPython counts positional and keyword arguments together first. */
    private static void atMost(String name, PyObject[] a) {
        if (a.length > 2) throw Errors.typeError(name + "() takes at most 2 arguments (" + a.length + " given)");
    }

    private static int asIndex(PyObject o) {
        long v = Protocol.index(o);
        if (v > Integer.MAX_VALUE) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return (int) Math.max(v, Integer.MIN_VALUE);
    }

    private static PyObject[] pool(PyObject iterable) {
        if (iterable instanceof PyTuple t) return t.items;
        PyList items = new PyList();
        items.extend(iterable);
        return java.util.Arrays.copyOf(items.items, items.size);
    }

    private static PyObject combinations(PyObject[] a, String[] k, boolean replace) {
        String name = replace ? "combinations_with_replacement" : "combinations";
        atMost(name, a);
        ArgParser p = new ArgParser(name, a, k, 0, "iterable", "r");
        PyObject[] pool = pool(p.required(0, "iterable"));
        int r = asIndex(p.required(1, "r"));
        if (r < 0) throw Errors.valueError("r must be non-negative");
        return new Combinations(pool, r, replace);
    }

    /** The Cartesian product: an odometer of indices, the rightmost turning fastest. */
    static final class Product extends PyObject {
        private final PyObject[][] pools;
        private int[] idx;
        private boolean done;

        Product(PyObject[][] pools) {
            this.pools = pools;
            for (PyObject[] p : pools) if (p.length == 0) done = true;
        }

        @Override
        public PyType type() {
            return PRODUCT;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (done) return null;
            int n = pools.length;
            if (idx == null) {
                idx = new int[n];
            } else {
                int i = n - 1;
                while (i >= 0 && idx[i] == pools[i].length - 1) idx[i--] = 0;
                if (i < 0) {
                    done = true;
                    return null;
                }
                idx[i]++;
            }
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) out[i] = pools[i][idx[i]];
            return PyTuple.of(out);
        }
    }

    /** r-length orderings in lexicographic order of positions (CPython's cycles algorithm). */
    static final class Permutations extends PyObject {
        private final PyObject[] pool;
        private final int r;
        private int[] indices;
        private int[] cycles;
        private boolean started;
        private boolean done;

        Permutations(PyObject[] pool, int r) {
            this.pool = pool;
            this.r = r;
            this.done = r > pool.length;
        }

        @Override
        public PyType type() {
            return PERMUTATIONS;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (done) return null;
            int n = pool.length;
            if (!started) {
                started = true;
                indices = new int[n];
                for (int i = 0; i < n; i++) indices[i] = i;
                cycles = new int[r];
                for (int i = 0; i < r; i++) cycles[i] = n - i;
                return emit();
            }
            if (n == 0) {
                done = true;
                return null;
            }
            for (int i = r - 1; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    // Rotate indices[i:] left by one.
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = n - cycles[i];
                    int tmp = indices[i];
                    indices[i] = indices[j];
                    indices[j] = tmp;
                    return emit();
                }
            }
            done = true;
            return null;
        }

        private PyObject emit() {
            PyObject[] out = new PyObject[r];
            for (int i = 0; i < r; i++) out[i] = pool[indices[i]];
            return PyTuple.of(out);
        }
    }

    /** r-length combinations in lexicographic order of positions, with or without repeated elements. */
    static final class Combinations extends PyObject {
        private final PyObject[] pool;
        private final int r;
        private final boolean replace;
        private int[] idx;
        private boolean done;

        Combinations(PyObject[] pool, int r, boolean replace) {
            this.pool = pool;
            this.r = r;
            this.replace = replace;
            this.done = replace ? pool.length == 0 && r > 0 : r > pool.length;
        }

        @Override
        public PyType type() {
            return replace ? COMBINATIONS_WR : COMBINATIONS;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (done) return null;
            int n = pool.length;
            if (idx == null) {
                idx = new int[r];
                if (!replace) for (int i = 0; i < r; i++) idx[i] = i;
            } else if (replace) {
                int i = r - 1;
                while (i >= 0 && idx[i] == n - 1) i--;
                if (i < 0) {
                    done = true;
                    return null;
                }
                int v = idx[i] + 1;
                for (int j = i; j < r; j++) idx[j] = v;
            } else {
                int i = r - 1;
                while (i >= 0 && idx[i] == i + n - r) i--;
                if (i < 0) {
                    done = true;
                    return null;
                }
                idx[i]++;
                for (int j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
            }
            PyObject[] out = new PyObject[r];
            for (int i = 0; i < r; i++) out[i] = pool[idx[i]];
            return PyTuple.of(out);
        }
    }
}
