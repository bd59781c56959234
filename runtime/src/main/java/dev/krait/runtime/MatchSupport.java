package dev.krait.runtime;

/** The run-time checks of {@code match} statements' patterns (PEP 634), called by compiled code. */
public final class MatchSupport {
    private MatchSupport() {}

    /** The items of a subject a sequence pattern may match, or null (str, bytes and non-sequences never match). */
    public static PyObject[] sequence(PyObject s) {
        if (s instanceof PyList l) return l.toArray();
        if (s instanceof PyTuple t) return t.items;
        if (s instanceof PyRange) return Protocol.toArray(s);
        return null;
    }

    /** {@code items[from:to]} as a new list, for a star capture. */
    public static PyObject slice(PyObject[] items, int from, int to) {
        return new PyList(java.util.Arrays.copyOfRange(items, from, to));
    }

    public static boolean isMapping(PyObject s) {
        return s instanceof PyDict;
    }

    /** Mapping patterns may not repeat a key: CPython checks it when the pattern runs. */
    public static void checkKeys(PyObject[] keys) {
        for (int i = 0; i < keys.length; i++) {
            for (int j = 0; j < i; j++) {
                if (keys[i].equalsPy(keys[j])) {
                    throw Errors.valueError("mapping pattern checks duplicate key (" + keys[i].repr() + ")");
                }
            }
        }
    }

    /** The value for key, as {@code mapping.get(key)} finds it (no __missing__), or null. */
    public static PyObject mapGet(PyObject m, PyObject key) {
        return ((PyDict) m).get(key);
    }

    /** A new dict of the entries whose keys the pattern did not name ({@code **rest}). */
    public static PyObject mapRest(PyObject m, PyObject[] keys) {
        PyDict rest = ((PyDict) m).copy();
        for (PyObject k : keys) rest.remove(k);
        return rest;
    }

    public static boolean isInstance(PyObject s, PyObject cls) {
        if (!(cls instanceof PyType)) throw Errors.typeError("called match pattern must be a class");
        return Protocol.isInstance(s, cls);
    }

    private static final PyType[] MATCH_SELF = {PyBool.TYPE, PyByteArray.TYPE, PyBytes.TYPE, PyDict.TYPE, PyFloat.TYPE,
        PySet.FROZEN_TYPE, PyInt.TYPE, PyList.TYPE, PySet.TYPE, PyStr.TYPE, PyTuple.TYPE};

    /**
     * The values of a class pattern's n positional sub-patterns: attributes named by {@code __match_args__}, or
     * the subject itself for the built-ins that match themselves; null when an attribute is missing.
     */
    public static PyObject[] positional(PyObject s, PyObject cls, int n) {
        PyType t = (PyType) cls;
        PyObject ma = t.lookupAttr("__match_args__");
        if (ma == null) {
            // Without __match_args__ (which a subclass such as a namedtuple may define), the built-ins match themselves.
            for (PyType self : MATCH_SELF) {
                if (t.isSubtypeOf(self)) {
                    if (n > 1) throw Errors.typeError(t.name + "() accepts 1 positional sub-pattern (" + n + " given)");
                    return new PyObject[] {s};
                }
            }
            throw Errors.typeError(t.name + "() accepts 0 positional sub-patterns (" + n + " given)");
        }
        if (!(ma instanceof PyTuple names)) {
            throw Errors.typeError("__match_args__ must be a tuple (got " + ma.type().name + ")");
        }
        if (n > names.items.length) {
            int k = names.items.length;
            throw Errors.typeError(t.name + "() accepts " + k + " positional sub-pattern" + (k == 1 ? "" : "s") + " (" + n
                    + " given)");
        }
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            if (!(names.items[i] instanceof PyStr name)) {
                throw Errors.typeError("__match_args__ elements must be strings (got " + names.items[i].type().name + ")");
            }
            out[i] = s.lookupAttr(name.value());
            if (out[i] == null) return null;
        }
        return out;
    }

    /** A keyword sub-pattern's attribute, or null when the subject lacks it. */
    public static PyObject attr(PyObject s, String name) {
        return s.lookupAttr(name);
    }
}
