package dev.krait.runtime;

/**
 * The parameters of a Python function: names in order (positional-only, positional, *args, keyword-only,
 * **kwargs) and the counts that say which is which. Binding a call's arguments to them gives the values of the
 * parameter locals, with CPython's errors for bad calls.
 */
public final class Signature {
    final String[] names;
    final int posonly;
    /** Positional parameters, positional-only included. */
    final int argcount;
    final int kwonly;
    final boolean varargs;
    final boolean varkw;

    /** co_flags bits the compiler adds: nested (0x10), generator (0x20), coroutine (0x80), async generator (0x200). */
    public int codeFlags;

    public Signature(String[] names, int posonly, int argcount, int kwonly, boolean varargs, boolean varkw) {
        this.names = names;
        this.posonly = posonly;
        this.argcount = argcount;
        this.kwonly = kwonly;
        this.varargs = varargs;
        this.varkw = varkw;
    }

    /** Number of parameter slots: every named parameter plus *args and **kwargs. */
    public int size() {
        return names.length;
    }

    public String[] names() {
        return names;
    }

    public int argcount() {
        return argcount;
    }

    public int posonly() {
        return posonly;
    }

    public int kwonly() {
        return kwonly;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkw() {
        return varkw;
    }

    /** Binds positional args then keyword values (named by kwnames) to the parameter slots. */
    public PyObject[] bind(PyFunction fn, PyObject[] args, String[] kwnames) {
        PyObject[] slots = new PyObject[names.length];
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int take = Math.min(npos, argcount);
        System.arraycopy(args, 0, slots, 0, take);
        int varargsSlot = argcount + kwonly;
        int kwSlot = varargsSlot + (varargs ? 1 : 0);
        PyDict extra = null;
        if (varkw) {
            extra = new PyDict();
            slots[kwSlot] = extra;
        }
        if (varargs) {
            slots[varargsSlot] = npos > argcount ? PyTuple.of(java.util.Arrays.copyOfRange(args, argcount, npos))
                    : PyTuple.EMPTY;
        } else if (npos > argcount) {
            throw tooManyPositional(fn, npos, args, kwnames);
        }
        java.util.List<String> posonlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            PyObject v = args[npos + k];
            int idx = indexOf(kw);
            if (idx >= 0 && idx < posonly) {
                if (varkw) {
                    extra.setStr(kw, v);
                    continue;
                }
                if (posonlyAsKw == null) posonlyAsKw = new java.util.ArrayList<>();
                posonlyAsKw.add(kw);
                continue;
            }
            if (idx < 0) {
                if (!varkw) {
                    throw Errors.typeError(fn.qualname + "() got an unexpected keyword argument '" + kw + "'");
                }
                if (extra.getStr(kw) != null) {
                    throw Errors.typeError(fn.qualname + "() got multiple values for keyword argument '" + kw + "'");
                }
                extra.setStr(kw, v);
                continue;
            }
            if (slots[idx] != null) {
                throw Errors.typeError(fn.qualname + "() got multiple values for argument '" + kw + "'");
            }
            slots[idx] = v;
        }
        if (posonlyAsKw != null) {
            throw Errors.typeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyAsKw) + "'");
        }
        fillDefaults(fn, slots, npos);
        return slots;
    }

    private int indexOf(String kw) {
        int n = argcount + kwonly;
        for (int i = 0; i < n; i++) {
            if (names[i].equals(kw)) return i;
        }
        return -1;
    }

    private void fillDefaults(PyFunction fn, PyObject[] slots, int npos) {
        PyObject[] defaults = fn.defaults;
        int ndef = defaults == null ? 0 : defaults.length;
        int firstDefault = argcount - ndef;
        java.util.List<String> missing = null;
        for (int i = npos; i < argcount; i++) {
            if (slots[i] != null) continue;
            if (i >= firstDefault) {
                slots[i] = defaults[i - firstDefault];
            } else {
                if (missing == null) missing = new java.util.ArrayList<>();
                missing.add(names[i]);
            }
        }
        if (missing != null) throw missingError(fn, missing, "positional");
        for (int i = argcount; i < argcount + kwonly; i++) {
            if (slots[i] != null) continue;
            PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(names[i]);
            if (d != null) {
                slots[i] = d;
            } else {
                if (missing == null) missing = new java.util.ArrayList<>();
                missing.add(names[i]);
            }
        }
        if (missing != null) throw missingError(fn, missing, "keyword-only");
    }

    private static PyException missingError(PyFunction fn, java.util.List<String> missing, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = missing.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            sb.append('\'').append(missing.get(i)).append('\'');
        }
        return Errors.typeError(fn.qualname + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s")
                + ": " + sb);
    }

    private PyException tooManyPositional(PyFunction fn, int given, PyObject[] args, String[] kwnames) {
        int ndef = fn.defaults == null ? 0 : fn.defaults.length;
        String takes;
        if (ndef > 0) {
            takes = "from " + (argcount - ndef) + " to " + argcount + " positional arguments";
        } else {
            takes = argcount + " positional argument" + (argcount == 1 ? "" : "s");
        }
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (String k : kwnames) {
                int idx = indexOf(k);
                if (idx >= argcount) kwonlyGiven++;
            }
        }
        String given1 = given + " positional argument" + (given == 1 ? "" : "s");
        if (kwonlyGiven > 0) {
            return Errors.typeError(fn.qualname + "() takes " + takes + " but " + given1 + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ") were given");
        }
        return Errors.typeError(fn.qualname + "() takes " + takes + " but " + given + (given == 1 ? " was" : " were")
                + " given");
    }
}
