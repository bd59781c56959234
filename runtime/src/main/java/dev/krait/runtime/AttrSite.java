package dev.krait.runtime;

/**
 * One {@code obj.name} load or store site. For the last receiver type (and version) it caches what the class
 * says about the name: nothing (read the instance dict directly), a data descriptor, or another class
 * attribute, so a steady-state read of an instance attribute is a type compare and a dict probe.
 */
public final class AttrSite {
    private static final int GENERIC = 0;
    private static final int INSTANCE = 1;
    private static final int CLASS_ATTR = 2;
    private static final int DATA_DESCR = 3;

    private final String name;
    private final int hash;
    private PyType type;
    private int version;
    private int kind;
    private PyObject classAttr;
    /** The previous receiver type's entry: sites that alternate between two classes do not refill. */
    private PyType type2;
    private int version2;
    private int kind2;
    private PyObject classAttr2;
    /** Entry index of the name in the last instance dict read or written (instances of a class share layouts). */
    private int entry = -1;

    public AttrSite(String name) {
        this.name = name;
        this.hash = PyDict.strHash(name);
    }

    /** Makes the entry for t the primary one: swapped in from the secondary, or computed. */
    private void miss(PyObject obj, PyType t) {
        PyType ot = type;
        int ov = version;
        int ok = kind;
        PyObject oa = classAttr;
        if (t == type2 && t.version == version2) {
            type = t;
            version = t.version;
            kind = kind2;
            classAttr = classAttr2;
        } else {
            refill(obj, t);
        }
        type2 = ot;
        version2 = ov;
        kind2 = ok;
        classAttr2 = oa;
    }

    private void refill(PyObject obj, PyType t) {
        type = t;
        version = t.version;
        classAttr = null;
        if (!(obj instanceof PyInstance) || t.customGetattribute || t.hasGetattr || t.customSetattr) {
            kind = GENERIC;
            return;
        }
        PyObject d = t.lookup(name);
        if (d == null) {
            kind = INSTANCE;
        } else if (d.isDataDescr()) {
            kind = DATA_DESCR;
            classAttr = d;
        } else {
            kind = CLASS_ATTR;
            classAttr = d;
        }
    }

    public PyObject get(PyObject obj) {
        PyType t = obj.type();
        if (t != type || t.version != version) miss(obj, t);
        switch (kind) {
            case INSTANCE: {
                PyDict d = ((PyInstance) obj).dict;
                if (d != null) {
                    PyObject v = d.valueIfKeyAt(entry, name);
                    if (v != null) return v;
                    int ix = d.findStr(name, hash);
                    if (ix >= 0) {
                        entry = ix;
                        return d.kv[2 * ix + 1];
                    }
                }
                return obj.getAttr(name);
            }
            case CLASS_ATTR: {
                PyDict d = ((PyInstance) obj).dict;
                if (d != null && d.used != 0) {
                    PyObject v = d.getStrHashed(name, hash);
                    if (v != null) return v;
                }
                return classAttr.descrGet(obj, t);
            }
            case DATA_DESCR:
                return classAttr.descrGet(obj, t);
            default:
                return obj.getAttr(name);
        }
    }

    /** {@code obj.name = v} (value first, as compiled code evaluates it). */
    public void set(PyObject v, PyObject obj) {
        PyType t = obj.type();
        if (t != type || t.version != version) miss(obj, t);
        if (kind == INSTANCE || kind == CLASS_ATTR) {
            PyDict d = ((PyInstance) obj).dict;
            if (d != null) {
                if (d.setIfKeyAt(entry, name, v)) return;
                entry = d.setStrHashed(name, hash, v);
                return;
            }
        } else if (kind == DATA_DESCR) {
            // A property setter or a __slots__ member: straight to the descriptor the class holds.
            classAttr.descrSet(obj, v);
            return;
        }
        obj.setAttr(name, v);
    }
}
