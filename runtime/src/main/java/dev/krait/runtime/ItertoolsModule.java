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

    static final PyType COUNT = type("count", Count.class, (cls, a, k) -> {
        ArgParser p = new ArgParser("count", a, k, 0, "start", "step");
        PyObject start = p.get(0, PyInt.ZERO);
        PyObject step = p.get(1, PyInt.ONE);
        if (!isNumber(start) || !isNumber(step)) throw Errors.typeError("a number is required");
        return new Count(start, step);
    });

    static final PyType REPEAT = type("repeat", Repeat.class, (cls, a, k) -> {
        ArgParser p = new ArgParser("repeat", a, k, 0, "object", "times");
        PyObject obj = p.required(0, "object");
        PyObject times = p.get(1, PyNone.NONE);
        long n = -1;
        if (times != PyNone.NONE) {
            if (times.type().lookup("__index__") == null) {
                throw Errors.typeError("'" + times.type().name + "' object cannot be interpreted as an integer");
            }
            n = Math.max(0, Protocol.index(times));
        }
        return new Repeat(obj, n);
    });

    static final PyType CYCLE = type("cycle", Cycle.class, (cls, a, k) -> {
        if (k != null && k.length > 0) throw Errors.typeError("cycle() takes no keyword arguments");
        if (a.length != 1) throw Errors.typeError("cycle expected 1 argument, got " + a.length);
        return new Cycle(a[0].iter());
    });

    static final PyType CHAIN = type("chain", Chain.class, (cls, a, k) -> {
        if (k != null && k.length > 0) throw Errors.typeError("chain() takes no keyword arguments");
        return new Chain(PyTuple.of(a.clone()).iter());
    });

    static final PyType ISLICE = type("islice", Islice.class, (cls, a, k) -> {
        if (k != null && k.length > 0) throw Errors.typeError("islice() takes no keyword arguments");
        if (a.length < 2) throw Errors.typeError("islice expected at least 2 arguments, got " + a.length);
        if (a.length > 4) throw Errors.typeError("islice expected at most 4 arguments, got " + a.length);
        long start = 0;
        long stop;
        long step = 1;
        if (a.length == 2) {
            stop = isliceArg(a[1], "Stop argument");
        } else {
            long st = isliceArg(a[1], "Indices");
            start = st < 0 ? 0 : st;
            stop = isliceArg(a[2], "Stop argument");
            if (a.length == 4 && a[3] != PyNone.NONE) {
                step = isliceArg(a[3], "Step");
                if (step == 0) throw Errors.valueError("Step for islice() must be a positive integer or None.");
            }
        }
        return new Islice(a[0].iter(), start, stop, step);
    });

    private static PyType type(String name, Class<?> impl, PyType.Constructor c) {
        PyType type = new PyType(name, PyType.OBJECT, impl, t -> {
            t.acceptableBase = false;
            BuiltinSetup.iterator(t);
            t.setConstructor(c);
            if (impl == Chain.class) {
                t.classMethod("from_iterable", (a, k) -> {
                    if (k != null && k.length > 0) throw Errors.typeError("from_iterable() takes no keyword arguments");
                    if (a.length != 2) throw Errors.typeError("from_iterable() takes exactly one argument (" + (a.length - 1) + " given)");
                    return new Chain(a[1].iter());
                });
            }
            if (impl == Repeat.class) {
                t.method("__length_hint__", (Fn.F1) s -> {
                    long n = ((Repeat) s).times;
                    if (n < 0) throw Errors.typeError("len() of unsized object");
                    return PyInt.of(n);
                });
            }
        });
        // Set now, not in the (lazy) setup: the class's repr may be asked before any instance exists.
        type.module = "itertools";
        return type;
    }

    static PyModule create() {
        return new ModuleDef("_kitertools")
                .set("product", PRODUCT)
                .set("permutations", PERMUTATIONS)
                .set("combinations", COMBINATIONS)
                .set("combinations_with_replacement", COMBINATIONS_WR)
                .set("count", COUNT)
                .set("repeat", REPEAT)
                .set("cycle", CYCLE)
                .set("chain", CHAIN)
                .set("islice", ISLICE)
                .module;
    }

    private static boolean isNumber(PyObject x) {
        PyType t = x.type();
        return x instanceof PyInt || x instanceof PyFloat || t.lookup("__index__") != null || t.lookup("__int__") != null
                || t.lookup("__float__") != null || t.lookup("__complex__") != null;
    }

    /** An islice bound: -1 for None, else an int in [0, sys.maxsize] (CPython's ValueError otherwise). */
    private static long isliceArg(PyObject x, String what) {
        if (x == PyNone.NONE) return -1;
        if (x.type().lookup("__index__") != null || x instanceof PyInt) {
            java.math.BigInteger v = Protocol.indexBig(x);
            if (v.signum() >= 0 && v.bitLength() < 64) return v.longValue();
        }
        if (what.equals("Step")) throw Errors.valueError("Step for islice() must be a positive integer or None.");
        throw Errors.valueError(what + " for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
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

    /** count(start, step): adds step each time (in long arithmetic while both are small ints). */
    static final class Count extends PyObject {
        private PyObject n;
        private final PyObject step;

        Count(PyObject n, PyObject step) {
            this.n = n;
            this.step = step;
        }

        @Override
        public PyType type() {
            return COUNT;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            PyObject r = n;
            n = r.add(step);
            return r;
        }

        @Override
        public String repr() {
            if (step.getClass() == PyInt.class && !((PyInt) step).isBig() && ((PyInt) step).v == 1) {
                return "count(" + n.repr() + ")";
            }
            return "count(" + n.repr() + ", " + step.repr() + ")";
        }
    }

    /** repeat(object[, times]): times < 0 for endless. */
    static final class Repeat extends PyObject {
        private final PyObject obj;
        private long times;

        Repeat(PyObject obj, long times) {
            this.obj = obj;
            this.times = times;
        }

        @Override
        public PyType type() {
            return REPEAT;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (times < 0) return obj;
            if (times == 0) return null;
            times--;
            return obj;
        }

        @Override
        public String repr() {
            return times < 0 ? "repeat(" + obj.repr() + ")" : "repeat(" + obj.repr() + ", " + times + ")";
        }
    }

    /** cycle(iterable): the items once from the source, saved, then the saved ones round and round. */
    static final class Cycle extends PyObject {
        private PyObject source;
        private final PyList saved = new PyList();
        private int i;

        Cycle(PyObject source) {
            this.source = source;
        }

        @Override
        public PyType type() {
            return CYCLE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (source != null) {
                PyObject x = source.next();
                if (x != null) {
                    saved.append(x);
                    return x;
                }
                source = null;
            }
            if (saved.size == 0) return null;
            if (i >= saved.size) i = 0;
            return saved.items[i++];
        }
    }

    /** chain(*iterables) and chain.from_iterable(iterable): each source iterated in turn, lazily. */
    static final class Chain extends PyObject {
        private final PyObject sources;
        private PyObject current;

        Chain(PyObject sources) {
            this.sources = sources;
        }

        @Override
        public PyType type() {
            return CHAIN;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            while (true) {
                if (current != null) {
                    PyObject x = current.next();
                    if (x != null) return x;
                    current = null;
                }
                PyObject src = sources.next();
                if (src == null) return null;
                current = src.iter();
            }
        }
    }

    /** islice(iterable, [start,] stop [, step]): stop < 0 for None; the source consumed only as far as needed. */
    static final class Islice extends PyObject {
        private PyObject it;
        private long next;
        private final long stop;
        private final long step;
        private long cnt;

        Islice(PyObject it, long start, long stop, long step) {
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public PyType type() {
            return ISLICE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (it == null) return null;
            while (cnt < next) {
                if (it.next() == null) {
                    it = null;
                    return null;
                }
                cnt++;
            }
            if (stop >= 0 && cnt >= stop) {
                it = null;
                return null;
            }
            PyObject item = it.next();
            if (item == null) {
                it = null;
                return null;
            }
            cnt++;
            long nxt = next + step;
            if (stop >= 0 && nxt > stop) nxt = stop;
            next = nxt;
            return item;
        }
    }
}
