package dev.krait.runtime;

/**
 * One global name of one module, as read by compiled code: caches the entry index in the module dict (valid
 * while its keys version is unchanged) or the builtin it falls back to, so a global read is a version compare
 * and an array load in steady state.
 */
public final class GlobalSite {
    private final PyDict globals;
    private final String name;
    private int version = -1;
    private int index;
    private int builtinIndex;
    private int builtinsVersion = -1;

    public GlobalSite(PyDict globals, String name) {
        this.globals = globals;
        this.name = name;
    }

    public PyObject get() {
        PyDict g = globals;
        if (g.keysVersion == version) {
            if (index >= 0) return g.kv[2 * index + 1];
            if (Builtins.DICT.keysVersion == builtinsVersion) return Builtins.DICT.kv[2 * builtinIndex + 1];
        }
        return slowGet();
    }

    private PyObject slowGet() {
        PyDict g = globals;
        int ix = g.indexOfStr(name);
        if (ix >= 0) {
            version = g.keysVersion;
            index = ix;
            return g.kv[2 * ix + 1];
        }
        PyDict b = builtinsOf(g);
        int bix = b.indexOfStr(name);
        if (bix < 0) throw Errors.nameError(name, g);
        if (b == Builtins.DICT) {
            version = g.keysVersion;
            index = -1;
            builtinIndex = bix;
            builtinsVersion = Builtins.DICT.keysVersion;
        }
        return b.kv[2 * bix + 1];
    }

    private static PyDict builtinsOf(PyDict g) {
        PyObject b = g.getStr("__builtins__");
        if (b instanceof PyModule m) return m.dict;
        if (b instanceof PyDict d) return d;
        return Builtins.DICT;
    }

    public void set(PyObject v) {
        PyDict g = globals;
        if (g.keysVersion == version && index >= 0) {
            g.kv[2 * index + 1] = v;
            return;
        }
        g.setStr(name, v);
        version = -1;
    }

    public void delete() {
        if (globals.removeStr(name) == null) throw Errors.nameError(name);
        version = -1;
    }
}
