package dev.krait.runtime;

/**
 * Matches a built-in's call arguments to its parameter names: positional first, then keywords, with CPython's
 * errors for too many arguments, unknown or duplicate keywords.
 */
public final class ArgParser {
    private final PyObject[] values;
    private final String fname;

    /**
     * @param skip  leading Java arguments that are not the caller's (1 for a method's self)
     * @param names parameter names; a name starting with '$' is positional-only, one after "*" keyword-only
     */
    public ArgParser(String fname, PyObject[] args, String[] kwnames, int skip, String... names) {
        this.fname = fname;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw - skip;
        int star = -1;
        for (int i = 0; i < names.length; i++) if (names[i].equals("*")) star = i;
        int maxPos = star >= 0 ? star : names.length;
        values = new PyObject[names.length];
        if (npos > maxPos) {
            throw Errors.typeError(fname + "() takes at most " + maxPos + " argument" + (maxPos == 1 ? "" : "s")
                    + " (" + npos + " given)");
        }
        for (int i = 0; i < npos; i++) values[i] = args[skip + i];
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int idx = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(kw)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                throw Errors.typeError(fname + "() got an unexpected keyword argument '" + kw + "'");
            }
            if (values[idx] != null) {
                throw Errors.typeError("argument for " + fname + "() given by name ('" + kw + "') and position ("
                        + (idx + 1) + ")");
            }
            values[idx] = args[skip + npos + k];
        }
    }

    /** The value of parameter i, or def when not given. */
    public PyObject get(int i, PyObject def) {
        PyObject v = values[i];
        return v == null ? def : v;
    }

    /** The value of parameter i, which must be given. */
    public PyObject required(int i, String name) {
        PyObject v = values[i];
        if (v == null) throw Errors.typeError(fname + "() missing required argument '" + name + "' (pos " + (i + 1) + ")");
        return v;
    }

    public boolean has(int i) {
        return values[i] != null;
    }
}
