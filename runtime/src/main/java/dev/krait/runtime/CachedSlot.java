package dev.krait.runtime;

/**
 * One special method of a type (such as __iter__ or __next__) looked up once and kept until the type changes:
 * protocol operations that run for every loop or every item then skip the MRO lookup.
 */
final class CachedSlot {
    private final String name;
    private PyObject value;
    private int version;

    CachedSlot(String name) {
        this.name = name;
    }

    /** The type's attribute (None included, when the class sets it so), or null when it has none. */
    PyObject get(PyType t) {
        PyObject v = value;
        if (v == null || version != t.version) {
            v = t.lookup(name);
            if (v == null) v = PyType.ABSENT;
            value = v;
            version = t.version;
        }
        return v == PyType.ABSENT ? null : v;
    }
}
