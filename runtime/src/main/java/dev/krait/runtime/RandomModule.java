package dev.krait.runtime;

import java.math.BigInteger;

/**
 * {@code _random}: the Mersenne Twister (MT19937) generator behind the random module, seeded and drawn exactly
 * as CPython's, so seeded programs print the same numbers. random.py builds everything else on these calls.
 */
final class RandomModule {
    private RandomModule() {}

    /** The generator's state: 624 words and the position in them. */
    static final class State extends PyObject {
        static final PyType TYPE = new PyType("_random_state", PyType.OBJECT, State.class, t -> {});
        final int[] mt = new int[624];
        int index = 625;

        @Override
        public PyType type() {
            return TYPE;
        }

        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < 624; i++) mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            index = 624;
        }

        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(624, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= 624) {
                    mt[0] = mt[623];
                    i = 1;
                }
                if (j >= key.length) j = 0;
            }
            for (int k = 623; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= 624) {
                    mt[0] = mt[623];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        int next32() {
            if (index >= 624) {
                for (int k = 0; k < 624; k++) {
                    int y = (mt[k] & 0x80000000) | (mt[(k + 1) % 624] & 0x7fffffff);
                    mt[k] = mt[(k + 397) % 624] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        double random() {
            long a = (next32() & 0xffffffffL) >>> 5;
            long b = (next32() & 0xffffffffL) >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        PyObject getrandbits(long k) {
            if (k < 0) throw Errors.valueError("number of bits must be non-negative");
            if (k == 0) return PyInt.ZERO;
            if (k <= 32) return PyInt.of((next32() & 0xffffffffL) >>> (32 - k));
            int words = (int) ((k - 1) / 32 + 1);
            byte[] be = new byte[words * 4 + 1];
            long left = k;
            for (int w = 0; w < words; w++, left -= 32) {
                long r = next32() & 0xffffffffL;
                if (left < 32) r >>>= (32 - left);
                int at = be.length - 4 * (w + 1);
                be[at] = (byte) (r >>> 24);
                be[at + 1] = (byte) (r >>> 16);
                be[at + 2] = (byte) (r >>> 8);
                be[at + 3] = (byte) r;
            }
            return PyInt.of(new BigInteger(be));
        }

        /**
         * random.py's {@code _randbelow_with_getrandbits(n)} for 0 < n < 2^63: draws getrandbits(n.bit_length())
         * until below n, consuming the same 32-bit words as CPython.
         */
        long randbelow(long n) {
            int k = 64 - Long.numberOfLeadingZeros(n);
            long r;
            if (k <= 32) {
                do {
                    r = (next32() & 0xffffffffL) >>> (32 - k);
                } while (r >= n);
            } else {
                do {
                    long low = next32() & 0xffffffffL;
                    r = low | (((next32() & 0xffffffffL) >>> (64 - k)) << 32);
                } while (r >= n);
            }
            return r;
        }

        /** seed(n): the key is |n| in 32-bit words, least significant first (a single 0 word for 0). */
        void seed(BigInteger n) {
            n = n.abs();
            int words = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int w = 0; w < words; w++) key[w] = n.shiftRight(32 * w).intValue();
            initByArray(key);
        }
    }

    /** Beyond this, randrange's arithmetic could overflow a long: random.py's own code handles such ranges. */
    private static final long LIMIT = 1L << 61;

    private static long small(PyObject o) {
        return o instanceof PyInt i && i.big == null && i.v > -LIMIT && i.v < LIMIT ? i.v : Long.MIN_VALUE;
    }

    /**
     * random.py's randrange for int arguments of moderate size, with CPython's draws and errors; NotImplemented
     * for anything else (other types, huge ints), which random.py then handles.
     */
    private static PyObject randrange(PyObject s, PyObject start, PyObject stop, PyObject step) {
        State st = (State) s;
        long istart = small(start);
        long istep = small(step);
        if (istart == Long.MIN_VALUE || istep == Long.MIN_VALUE) return Singletons.NOT_IMPLEMENTED;
        if (stop == PyNone.NONE) {
            if (istep != 1) throw Errors.typeError("Missing a non-None stop argument");
            if (istart > 0) return PyInt.of(st.randbelow(istart));
            throw Errors.valueError("empty range for randrange()");
        }
        long istop = small(stop);
        if (istop == Long.MIN_VALUE) return Singletons.NOT_IMPLEMENTED;
        long width = istop - istart;
        if (istep == 1) {
            if (width > 0) return PyInt.of(istart + st.randbelow(width));
            throw Errors.valueError("empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
        }
        long n;
        if (istep > 0) n = Math.floorDiv(width + istep - 1, istep);
        else if (istep < 0) n = Math.floorDiv(width + istep + 1, istep);
        else throw Errors.valueError("zero step for randrange()");
        if (n <= 0) throw Errors.valueError("empty range for randrange()");
        return PyInt.of(istart + istep * st.randbelow(n));
    }

    static PyModule create() {
        ModuleDef d = new ModuleDef("_random");
        d.fn("new_state", () -> new State());
        d.fn("seed", (s, a) -> {
            State st = (State) s;
            if (a == PyNone.NONE) {
                st.seed(new BigInteger(1, OsModule.urandom(32)));
            } else if (a instanceof PyInt i) {
                st.seed(i.toBig());
            } else {
                st.seed(BigInteger.valueOf(a.hash()));
            }
            return PyNone.NONE;
        });
        d.fn("random", s -> PyFloat.of(((State) s).random()));
        d.fn("getrandbits", (s, k) -> ((State) s).getrandbits(Protocol.index(k)));
        d.fn("randbelow", (s, n) -> {
            if (n instanceof PyInt i && i.big == null && i.v > 0) return PyInt.of(((State) s).randbelow(i.v));
            return Singletons.NOT_IMPLEMENTED;
        });
        d.fn("randrange", RandomModule::randrange);
        d.fn("shuffle", (s, x) -> {
            if (x.getClass() != PyList.class) return Singletons.NOT_IMPLEMENTED;
            PyList list = (PyList) x;
            State st = (State) s;
            for (int i = list.size - 1; i > 0; i--) {
                int j = (int) st.randbelow(i + 1);
                PyObject t = list.items[i];
                list.items[i] = list.items[j];
                list.items[j] = t;
            }
            return PyNone.NONE;
        });
        d.fn("getstate", s -> {
            State st = (State) s;
            PyObject[] items = new PyObject[625];
            for (int i = 0; i < 624; i++) items[i] = PyInt.of(st.mt[i] & 0xffffffffL);
            items[624] = PyInt.of(st.index);
            return PyTuple.of(items);
        });
        d.fn("setstate", (s, state) -> {
            State st = (State) s;
            PyObject[] items = Protocol.toArray(state);
            if (items.length != 625) throw Errors.valueError("state vector is the wrong size");
            for (int i = 0; i < 624; i++) st.mt[i] = (int) PyInt.of(Protocol.indexBig(items[i])).toBig().longValue();
            st.index = (int) Protocol.index(items[624]);
            return PyNone.NONE;
        });
        d.fn("sha512", b -> {
            try {
                return new PyBytes(java.security.MessageDigest.getInstance("SHA-512").digest(PyBytes.bytesOf(b)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw Errors.make(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "sha512 unavailable");
            }
        });
        return d.module;
    }
}
