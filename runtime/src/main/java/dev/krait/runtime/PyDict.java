package dev.krait.runtime;

/**
 * {@code dict}: a compact, insertion-ordered hash table (an index table into dense entry arrays), with Python's
 * {@code __hash__}/{@code __eq__} semantics and a fast path for {@code str} keys looked up by Java string.
 * {@link #keysVersion} changes whenever an entry's position may change (insertion of a new key, deletion,
 * resize), so global-variable sites can cache an entry index and read its value with one compare.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = new PyType("dict", PyType.OBJECT, PyDict.class, DictMethods::setup);

    private static final int DUMMY = -1;
    private static final int MIN_SIZE = 8;
    private static int versionCounter;

    /** Hash table of entry indices plus one (0 empty, -1 deleted); null until the first insertion. */
    int[] indices;
    /** Entries, insertion ordered: key at 2i, value at 2i+1; a null key marks a deleted entry. */
    PyObject[] kv;
    /** Hashes folded to 32 bits: dict order is insertion order, so probing details are not observable. */
    int[] hashes;
    /** Live entries. */
    int used;
    /** Entries appended so far (live and deleted). */
    int nentries;
    public int keysVersion;
    /**
     * One bit per key hash (low six bits) ever inserted: a clear bit proves a key absent without probing, which
     * method call sites use to check that an instance does not shadow a method.
     */
    long keyBits;
    /** Bumped on any mutation, to detect changes during iteration. */
    int modCount;
    private final int initialSize;

    public PyDict() {
        this(0);
    }

    /** A dict with room for about {@code expected} entries before resizing. */
    public PyDict(int expected) {
        int size = MIN_SIZE;
        while (usable(size) < expected) size <<= 1;
        initialSize = size;
        keysVersion = ++versionCounter;
    }

    private void alloc(int size) {
        indices = new int[size];
        int cap = usable(size);
        kv = new PyObject[cap * 2];
        hashes = new int[cap];
    }

    private static int usable(int size) {
        return (size << 1) / 3;
    }

    static int fold(long h) {
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // ------------------------------------------------------------------ core table operations

    /** Index of {@code key}'s entry, or -1. */
    final int find(PyObject key, int hash) {
        int[] idx = indices;
        if (idx == null) return -1;
        int mask = idx.length - 1;
        int i = hash & mask;
        int perturb = hash;
        while (true) {
            int ix = idx[i] - 1;
            if (ix == -1) return -1;
            if (ix >= 0) {
                PyObject k = kv[2 * ix];
                if (k == key) return ix;
                if (hashes[ix] == hash && k != null) {
                    int mc = modCount;
                    if (k.equalsPy(key)) return ix;
                    if (mc != modCount) throw Errors.runtimeError("dictionary changed size during iteration");
                }
            }
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /** As {@link #find(PyObject, int)} for a str key given as a Java string. */
    final int findStr(String key, int hash) {
        int[] idx = indices;
        if (idx == null) return -1;
        int mask = idx.length - 1;
        int i = hash & mask;
        int perturb = hash;
        while (true) {
            int ix = idx[i] - 1;
            if (ix == -1) return -1;
            if (ix >= 0 && hashes[ix] == hash) {
                PyObject k = kv[2 * ix];
                if (k instanceof PyStr s && (s.value() == key || s.value().equals(key))) return ix;
            }
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    private int findSlotFor(int hash) {
        int[] idx = indices;
        int mask = idx.length - 1;
        int i = hash & mask;
        int perturb = hash;
        while (idx[i] > 0) {
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        return i;
    }

    private void append(PyObject key, int hash, PyObject value) {
        if (indices == null) alloc(initialSize);
        else if (nentries == hashes.length) resize();
        int slot = findSlotFor(hash);
        int ix = nentries++;
        kv[2 * ix] = key;
        kv[2 * ix + 1] = value;
        hashes[ix] = hash;
        indices[slot] = ix + 1;
        keyBits |= 1L << (hash & 63);
        used++;
        keysVersion = ++versionCounter;
        modCount++;
    }

    private void resize() {
        int size = MIN_SIZE;
        while (usable(size) <= used * 2 && usable(size) < used + 8) size <<= 1;
        while (usable(size) <= used) size <<= 1;
        PyObject[] okv = kv;
        int[] oh = hashes;
        int n = nentries;
        alloc(size);
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (okv[2 * i] != null) {
                kv[2 * j] = okv[2 * i];
                kv[2 * j + 1] = okv[2 * i + 1];
                hashes[j] = oh[i];
                indices[findSlotFor(oh[i])] = j + 1;
                j++;
            }
        }
        nentries = j;
        keysVersion = ++versionCounter;
    }

    private void removeAt(int ix, int hash) {
        int[] idx = indices;
        int mask = idx.length - 1;
        int i = hash & mask;
        int perturb = hash;
        while (idx[i] != ix + 1) {
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        idx[i] = DUMMY;
        kv[2 * ix] = null;
        kv[2 * ix + 1] = null;
        used--;
        keysVersion = ++versionCounter;
        modCount++;
    }

    // ------------------------------------------------------------------ Java-level API

    /** The value for key, or null. */
    public PyObject get(PyObject key) {
        if (key instanceof PyStr s) return getStr(s.value());
        int ix = find(key, fold(key.hash()));
        return ix < 0 ? null : kv[2 * ix + 1];
    }

    /** The folded hash PyDict uses for a str key (sites precompute it). */
    public static int strHash(String key) {
        return fold(PyStr.hashOf(key));
    }

    public PyObject getStrHashed(String key, int foldedHash) {
        int ix = findStr(key, foldedHash);
        return ix < 0 ? null : kv[2 * ix + 1];
    }

    /** Sets a str key with its precomputed folded hash; returns the entry index. */
    public int setStrHashed(String key, int h, PyObject value) {
        int ix = findStr(key, h);
        if (ix >= 0) {
            kv[2 * ix + 1] = value;
            return ix;
        }
        append(PyStr.of(key), h, value);
        return nentries - 1;
    }

    /**
     * The value of entry {@code ix} if that entry's key is a str holding exactly this Java string (identity:
     * call sites pass interned names), else null. Lets an attribute site reuse the entry index it found last.
     */
    final PyObject valueIfKeyAt(int ix, String key) {
        PyObject[] a = kv;
        int k = ix << 1;
        if (a != null && ix >= 0 && k < a.length && a[k] instanceof PyStr s && s.value() == key) return a[k + 1];
        return null;
    }

    /** Replaces the value of entry {@code ix} if its key is this Java string (see {@link #valueIfKeyAt}). */
    final boolean setIfKeyAt(int ix, String key, PyObject value) {
        PyObject[] a = kv;
        int k = ix << 1;
        if (a != null && ix >= 0 && k < a.length && a[k] instanceof PyStr s && s.value() == key) {
            a[k + 1] = value;
            return true;
        }
        return false;
    }

    public PyObject getStr(String key) {
        int ix = findStr(key, fold(PyStr.hashOf(key)));
        return ix < 0 ? null : kv[2 * ix + 1];
    }

    public void put(PyObject key, PyObject value) {
        int h = fold(key.hash());
        int ix = key instanceof PyStr s ? findStr(s.value(), h) : find(key, h);
        if (ix >= 0) {
            kv[2 * ix + 1] = value;
        } else {
            append(key, h, value);
        }
    }

    public void setStr(String key, PyObject value) {
        int h = fold(PyStr.hashOf(key));
        int ix = findStr(key, h);
        if (ix >= 0) {
            kv[2 * ix + 1] = value;
        } else {
            append(PyStr.of(key), h, value);
        }
    }

    /** Removes key, returning its value or null when absent. */
    public PyObject remove(PyObject key) {
        int h = fold(key.hash());
        int ix = key instanceof PyStr s ? findStr(s.value(), h) : find(key, h);
        if (ix < 0) return null;
        PyObject v = kv[2 * ix + 1];
        removeAt(ix, h);
        return v;
    }

    public PyObject removeStr(String key) {
        int h = fold(PyStr.hashOf(key));
        int ix = findStr(key, h);
        if (ix < 0) return null;
        PyObject v = kv[2 * ix + 1];
        removeAt(ix, h);
        return v;
    }

    public int size() {
        return used;
    }

    public void clear() {
        indices = null;
        kv = null;
        hashes = null;
        keyBits = 0;
        used = 0;
        nentries = 0;
        keysVersion = ++versionCounter;
        modCount++;
    }

    /** Entry slot accessors for iteration and global-variable sites; a null key marks a deleted entry. */
    public int entryLimit() {
        return nentries;
    }

    public PyObject keyAt(int i) {
        return kv[2 * i];
    }

    public PyObject valueAt(int i) {
        return kv[2 * i + 1];
    }

    public void setValueAt(int i, PyObject v) {
        kv[2 * i + 1] = v;
    }

    /** Entry index of a str key, or -1 (for caching sites). */
    public int indexOfStr(String key) {
        return findStr(key, fold(PyStr.hashOf(key)));
    }

    public PyDict copy() {
        PyDict d = new PyDict(used);
        for (int i = 0; i < nentries; i++) {
            if (kv[2 * i] != null) d.append(kv[2 * i], hashes[i], kv[2 * i + 1]);
        }
        return d;
    }

    /** {@code dict.update} from another mapping or an iterable of pairs. */
    public void update(PyObject other) {
        if (other instanceof PyDict d && d.getClass() == PyDict.class) {
            for (int i = 0; i < d.nentries; i++) {
                if (d.kv[2 * i] != null) putHashed(d.kv[2 * i], d.hashes[i], d.kv[2 * i + 1]);
            }
            return;
        }
        PyObject keysFn = other.lookupAttr("keys");
        if (keysFn != null) {
            PyObject it = keysFn.call0().iter();
            for (PyObject k = it.next(); k != null; k = it.next()) put(k, other.getItem(k));
            return;
        }
        PyObject it = other.iter();
        int n = 0;
        for (PyObject item = it.next(); item != null; item = it.next(), n++) {
            PyObject pit;
            try {
                pit = item.iter();
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.TYPE_ERROR)) {
                    throw Errors.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
                }
                throw e;
            }
            PyObject k = pit.next();
            PyObject v = k == null ? null : pit.next();
            if (k == null || v == null || pit.next() != null) {
                int len = k == null ? 0 : v == null ? 1 : 3;
                if (len == 3) {
                    len = 3;
                    while (pit.next() != null) len++;
                }
                throw Errors.valueError("dictionary update sequence element #" + n + " has length " + len
                        + "; 2 is required");
            }
            put(k, v);
        }
    }

    private void putHashed(PyObject key, int h, PyObject value) {
        int ix = key instanceof PyStr s ? findStr(s.value(), h) : find(key, h);
        if (ix >= 0) {
            kv[2 * ix + 1] = value;
        } else {
            append(key, h, value);
        }
    }

    // ------------------------------------------------------------------ Python protocol

    @Override
    public PyObject getItem(PyObject key) {
        PyObject v = get(key);
        if (v == null) {
            if (getClass() != PyDict.class) {
                PyObject missing = type().lookup("__missing__");
                if (missing != null) return missing.call2(this, key);
            }
            throw Errors.keyError(key);
        }
        return v;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        put(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        if (remove(key) == null) throw Errors.keyError(key);
    }

    @Override
    public int len() {
        return used;
    }

    @Override
    public boolean contains(PyObject key) {
        return get(key) != null;
    }

    @Override
    public PyObject iter() {
        return new DictIterator(this, DictIterator.KEYS);
    }

    @Override
    public boolean isTrue() {
        return used != 0;
    }

    @Override
    public long hash() {
        throw Errors.unhashable(this);
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && o instanceof PyDict d) {
            boolean eq = dictEquals(d);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        return super.richCompare(o, op);
    }

    boolean dictEquals(PyDict d) {
        if (d == this) return true;
        if (d.used != used) return false;
        for (int i = 0; i < nentries; i++) {
            PyObject k = kv[2 * i];
            if (k == null) continue;
            PyObject v = kv[2 * i + 1];
            int j = k instanceof PyStr s ? d.findStr(s.value(), hashes[i]) : d.find(k, hashes[i]);
            if (j < 0) return false;
            PyObject ov = d.kv[2 * j + 1];
            if (ov != v && !ov.equalsPy(v)) return false;
        }
        return true;
    }

    @Override
    public PyObject or(PyObject o) {
        if (o instanceof PyDict d) {
            PyDict r = copy();
            r.update(d);
            return r;
        }
        return super.or(o);
    }

    @Override
    public PyObject ior(PyObject o) {
        update(o);
        return this;
    }

    @Override
    public String repr() {
        if (used == 0) return "{}";
        if (!ReprGuard.enter(this)) return "{...}";
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < nentries; i++) {
                if (kv[2 * i] == null) continue;
                if (!first) sb.append(", ");
                first = false;
                sb.append(kv[2 * i].repr()).append(": ").append(kv[2 * i + 1].repr());
            }
            return sb.append('}').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }
}
