package dev.krait.runtime;

/**
 * {@code set} and {@code frozenset}: CPython's open-addressing table (linear probes, then perturbation, the
 * same resize policy), so that iteration order, and so printed output, matches CPython's for the same
 * sequence of operations on numbers.
 */
public class PySet extends PyObject {
    public static final PyType TYPE = new PyType("set", PyType.OBJECT, PySet.class, SetMethods::setupSet);
    public static final PyType FROZEN_TYPE = new PyType("frozenset", PyType.OBJECT, PySet.class, SetMethods::setupFrozen);

    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    };

    PyObject[] keys = new PyObject[MIN_SIZE];
    long[] hashes = new long[MIN_SIZE];
    int mask = MIN_SIZE - 1;
    int fill;
    int used;
    int finger;
    final boolean frozen;
    int modCount;

    public PySet() {
        this.frozen = false;
    }

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public PyType type() {
        return frozen ? FROZEN_TYPE : TYPE;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int size() {
        return used;
    }

    // ------------------------------------------------------------------ table

    /** Adds key; returns false if it was already present. */
    public boolean addKey(PyObject key) {
        return addEntry(key, key.hash());
    }

    boolean addEntry(PyObject key, long hash) {
        while (true) {
            int m = mask;
            int i = (int) (hash & m);
            int freeslot = -1;
            long perturb = hash;
            boolean restart = false;
            outer:
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = keys[j];
                    long h = hashes[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            used++;
                            modCount++;
                            return true;
                        }
                        keys[j] = key;
                        hashes[j] = hash;
                        fill++;
                        used++;
                        modCount++;
                        if ((long) fill * 5 >= (long) m * 3) resize(used > 50000 ? used * 2 : used * 4);
                        return true;
                    }
                    if (h == hash && k != DUMMY) {
                        if (k == key) return false;
                        PyObject[] table = keys;
                        boolean eq = k.equalsPy(key);
                        if (eq) return false;
                        if (table != keys || keys[j] != k) {
                            restart = true;
                            break outer;
                        }
                    } else if (k == DUMMY && freeslot < 0) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) return false;
        }
    }

    /** Index of key's entry, or -1. */
    int findEntry(PyObject key, long hash) {
        int m = mask;
        int i = (int) (hash & m);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) return -1;
                if (hashes[j] == hash && k != DUMMY) {
                    if (k == key || k.equalsPy(key)) return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    private static void insertClean(PyObject[] ks, long[] hs, int m, PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (ks[i] == null) {
                ks[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (ks[i + j] == null) {
                        ks[i + j] = key;
                        hs[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** After a difference update: rebuild the table when more than a quarter of it is dummies, as CPython does. */
    void compactIfManyDummies() {
        if (fill - used <= mask / 4) return;
        resize(used > 50000 ? used * 2 : used * 4);
        modCount++;
    }

    private void resize(int minused) {
        int newsize = MIN_SIZE;
        while (newsize <= minused) newsize <<= 1;
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            PyObject k = oldKeys[i];
            if (k != null && k != DUMMY) insertClean(keys, hashes, mask, k, oldHashes[i]);
        }
        fill = used;
    }

    public boolean discard(PyObject key) {
        int j = findEntry(key, key.hash());
        if (j < 0) return false;
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        modCount++;
        return true;
    }

    public boolean containsKey(PyObject key) {
        return findEntry(key, key.hash()) >= 0;
    }

    public void clear() {
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        modCount++;
    }

    public PyObject pop() {
        if (used == 0) throw Errors.keyError("pop from an empty set");
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) i = 0;
        }
        PyObject k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        modCount++;
        return k;
    }

    /** CPython's set_merge: bulk insertion of another set, preserving its table layout when possible. */
    void merge(PySet other) {
        if (other == this || other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize((used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                if (other.keys[i] != null) {
                    keys[i] = other.keys[i];
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            modCount++;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = other.keys[i];
                if (k != null && k != DUMMY) insertClean(keys, hashes, mask, k, other.hashes[i]);
            }
            modCount++;
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.keys[i];
            if (k != null && k != DUMMY) addEntry(k, other.hashes[i]);
        }
    }

    /** {@code set.update(iterable)} as CPython's set_update_internal. */
    public void update(PyObject iterable) {
        if (iterable instanceof PySet s) {
            merge(s);
            return;
        }
        if (iterable instanceof PyDict d && d.getClass() == PyDict.class) {
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) resize((used + n) * 2);
            for (int i = 0; i < d.entryLimit(); i++) {
                PyObject k = d.keyAt(i);
                if (k != null) addEntry(k, k.hash());
            }
            return;
        }
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) addKey(x);
    }

    public PySet copyAs(boolean frozenResult) {
        PySet r = new PySet(frozenResult);
        r.merge(this);
        return r;
    }

    // ------------------------------------------------------------------ protocol

    @Override
    public int len() {
        return used;
    }

    @Override
    public boolean isTrue() {
        return used != 0;
    }

    @Override
    public boolean contains(PyObject o) {
        try {
            return containsKey(o);
        } catch (PyException e) {
            if (o instanceof PySet s && !s.frozen && e.matches(ExceptionTypes.TYPE_ERROR)) {
                return containsKey(s.copyAs(true));
            }
            throw e;
        }
    }

    @Override
    public PyObject iter() {
        return new SetIterator(this);
    }

    @Override
    public long hash() {
        if (!frozen) throw Errors.unhashable(this);
        long hash = 0;
        for (int i = 0; i <= mask; i++) {
            long h = keys[i] == null ? 0 : hashes[i];
            hash ^= shuffle(h);
        }
        if (((mask + 1 - fill) & 1) != 0) hash ^= shuffle(0);
        if (((fill - used) & 1) != 0) hash ^= shuffle(-1);
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) hash = 590923713L;
        return hash;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (!(o instanceof PySet s)) return super.richCompare(o, op);
        switch (op) {
            case EQ: return PyBool.of(used == s.used && SetMethods.isSubset(this, s));
            case NE: return PyBool.of(!(used == s.used && SetMethods.isSubset(this, s)));
            case LE: return PyBool.of(SetMethods.isSubset(this, s));
            case GE: return PyBool.of(SetMethods.isSubset(s, this));
            case LT: return PyBool.of(used < s.used && SetMethods.isSubset(this, s));
            default: return PyBool.of(used > s.used && SetMethods.isSubset(s, this));
        }
    }

    @Override
    public PyObject or(PyObject o) {
        if (o instanceof PySet s) return SetMethods.union(this, s);
        return super.or(o);
    }

    @Override
    public PyObject and(PyObject o) {
        if (o instanceof PySet s) return SetMethods.intersection(this, s);
        return super.and(o);
    }

    @Override
    public PyObject sub(PyObject o) {
        if (o instanceof PySet s) return SetMethods.difference(this, s);
        return super.sub(o);
    }

    @Override
    public PyObject xor(PyObject o) {
        if (o instanceof PySet s) return SetMethods.symmetricDifference(this, s);
        return super.xor(o);
    }

    @Override
    public PyObject ior(PyObject o) {
        if (!frozen && o instanceof PySet s) {
            update(s);
            return this;
        }
        return super.ior(o);
    }

    @Override
    public PyObject iand(PyObject o) {
        if (!frozen && o instanceof PySet s) {
            SetMethods.intersectionUpdate(this, s);
            return this;
        }
        return super.iand(o);
    }

    @Override
    public PyObject isub(PyObject o) {
        if (!frozen && o instanceof PySet s) {
            SetMethods.differenceUpdate(this, s);
            return this;
        }
        return super.isub(o);
    }

    @Override
    public PyObject ixor(PyObject o) {
        if (!frozen && o instanceof PySet s) {
            SetMethods.symmetricDifferenceUpdate(this, s);
            return this;
        }
        return super.ixor(o);
    }

    @Override
    public String repr() {
        String name = type().name;
        if (used == 0) return name + "()";
        if (!ReprGuard.enter(this)) return name + "(...)";
        try {
            StringBuilder sb = new StringBuilder();
            if (frozen || type() != TYPE) sb.append(name).append('(');
            sb.append('{');
            boolean first = true;
            for (int i = 0; i <= mask; i++) {
                PyObject k = keys[i];
                if (k == null || k == DUMMY) continue;
                if (!first) sb.append(", ");
                first = false;
                sb.append(k.repr());
            }
            sb.append('}');
            if (frozen || type() != TYPE) sb.append(')');
            return sb.toString();
        } finally {
            ReprGuard.exit(this);
        }
    }
}
