package dev.krait.runtime;

/**
 * One {@code obj.name(args)} call site. It caches, for the last receiver type (and that type's version), the
 * function found on the class, so a steady-state call is a type compare, an instance-dict miss check and a
 * direct call with the receiver prepended: no bound method is allocated.
 */
public final class MethodSite {
    private final String name;
    private final int hash;
    private PyType type;
    private int version;
    /** The class attribute when it is a plain function or built-in method descriptor; else null. */
    private PyObject method;
    /** The previous receiver type's entry: sites that alternate between two classes do not refill. */
    private PyType type2;
    private int version2;
    private PyObject method2;

    /** This name's bit in PyDict.keyBits. */
    private final long bit;

    public MethodSite(String name) {
        this.name = name;
        this.hash = PyDict.strHash(name);
        this.bit = 1L << (hash & 63);
    }

    /** The cached method for obj, or null when the generic lookup must be used. */
    private PyObject methodFor(PyObject obj) {
        PyType t = obj.type();
        if (t != type || t.version != version) {
            if (t == type2 && t.version == version2) {
                type2 = type;
                version2 = version;
                PyObject m2 = method2;
                method2 = method;
                type = t;
                version = t.version;
                method = m2;
            } else {
                type2 = type;
                version2 = version;
                method2 = method;
                refill(obj, t);
            }
        }
        PyObject m = method;
        if (m != null) {
            PyDict d = obj.instanceDict();
            if (d != null && (d.keyBits & bit) != 0 && d.getStrHashed(name, hash) != null) return null;
        }
        return m;
    }

    private void refill(PyObject obj, PyType t) {
        PyObject m = null;
        if (!(obj instanceof PySuper || obj instanceof PyModule || obj instanceof PyType) && !t.customGetattribute) {
            PyObject f = t.lookup(name);
            if (f instanceof PyFunction || f instanceof PyMethodDescr) m = f;
        }
        method = m;
        version = t.version;
        type = t;
    }

    /** The attribute to call when no method is cached; a failed lookup is marked for the traceback's position. */
    private PyObject attrForCall(PyObject obj) {
        try {
            return obj.getAttr(name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) e.value.failedLookup = true;
            throw e;
        }
    }

    /**
     * The Python function a call on {@code obj} runs with {@code obj} as its first argument (a method of its class,
     * not shadowed by the instance), or null. Compiled call sites call it directly (see ExprEmitter).
     */
    public PyFunction function(PyObject obj) {
        return methodFor(obj) instanceof PyFunction f ? f : null;
    }

    public PyObject call0(PyObject obj) {
        PyObject m = methodFor(obj);
        if (m instanceof PyFunction f) return f.call1(obj);
        if (m instanceof PyMethodDescr d) return d.callSelf0(obj);
        return attrForCall(obj).call0();
    }

    public PyObject call1(PyObject obj, PyObject a) {
        PyObject m = methodFor(obj);
        if (m instanceof PyFunction f) return f.call2(obj, a);
        if (m instanceof PyMethodDescr d) return d.callSelf1(obj, a);
        return attrForCall(obj).call1(a);
    }

    public PyObject call2(PyObject obj, PyObject a, PyObject b) {
        PyObject m = methodFor(obj);
        if (m instanceof PyFunction f) return f.call3(obj, a, b);
        if (m instanceof PyMethodDescr d) return d.callSelf2(obj, a, b);
        return attrForCall(obj).call2(a, b);
    }

    public PyObject call(PyObject obj, PyObject[] args, String[] kwnames) {
        PyObject m = methodFor(obj);
        if (m != null) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = obj;
            System.arraycopy(args, 0, all, 1, args.length);
            return m.call(all, kwnames);
        }
        return attrForCall(obj).call(args, kwnames);
    }
}
