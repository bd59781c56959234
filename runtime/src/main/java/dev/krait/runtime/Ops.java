package dev.krait.runtime;

/** Python's rules for binary operators (with reflection), in-place operators, unary operators and comparisons. */
public final class Ops {
    private Ops() {}

    /** {@code a op b}: a.__op__(b), then b.__rop__(a), trying the right operand first when its type is a subclass. */
    public static PyObject binary(PyObject a, PyObject b, Slot slot) {
        PyObject r = binaryOrNull(a, b, slot);
        if (r != null) return r;
        throw unsupported(a, b, slot, slot.symbol);
    }

    /** CPython's TypeError for an unsupported operation; sequence repetition by a non-int has its own message. */
    private static PyException unsupported(PyObject a, PyObject b, Slot slot, String symbol) {
        if (slot == Slot.MUL) {
            if (isSequence(a) && b.type().lookup("__index__") == null) {
                return Errors.typeError("can't multiply sequence by non-int of type '" + b.type().name + "'");
            }
            if (isSequence(b) && a.type().lookup("__index__") == null) {
                return Errors.typeError("can't multiply sequence by non-int of type '" + a.type().name + "'");
            }
        }
        return Errors.typeError("unsupported operand type(s) for " + symbol + ": '" + a.type().name + "' and '"
                + b.type().name + "'");
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes
                || o instanceof PyByteArray || o instanceof PyArray || o instanceof PyDeque;
    }

    /**
     * For a built-in's fast path whose right operand {@code b} is an instance of a Python subclass: Python tries the
     * subclass's own reflected method first (IntFlag's {@code __rand__} in {@code 1 & flag}). Its result, or null
     * when it does not apply or returns NotImplemented (the built-in's own operation then runs).
     */
    static PyObject reflectedFirst(PyObject a, PyObject b, Slot slot) {
        if (!((SubclassInstance) b).overridesNow(slot.rname)) return null;
        PyType ta = a.type();
        PyType tb = b.type();
        // int's own operations decline a float, so a float subclass's reflected method answers too
        if (ta == tb || !(tb.isSubtypeOf(ta) || (a instanceof PyInt && b instanceof PyFloat))) return null;
        PyObject fb = tb.lookup(slot.rname);
        if (fb == null || fb == ta.lookup(slot.rname)) return null;
        PyObject r = Protocol.call1(fb, b, a);
        return r == Singletons.NOT_IMPLEMENTED ? null : r;
    }

    /** As {@link #binary}, returning null instead of raising when neither side supports the operation. */
    static PyObject binaryOrNull(PyObject a, PyObject b, Slot slot) {
        PyType ta = a.type();
        PyType tb = b.type();
        PyObject fa = ta.lookup(slot.name);
        PyObject fb = null;
        if (tb != ta) {
            fb = tb.lookup(slot.rname);
            if (fb != null && fb == ta.lookup(slot.rname)) fb = null;
        }
        if (fb != null && tb.isSubtypeOf(ta)) {
            PyObject r = Protocol.call1(fb, b, a);
            if (r != Singletons.NOT_IMPLEMENTED) return r;
            fb = null;
        }
        if (fa != null) {
            PyObject r = Protocol.call1(fa, a, b);
            if (r != Singletons.NOT_IMPLEMENTED) return r;
        }
        if (fb != null) {
            PyObject r = Protocol.call1(fb, b, a);
            if (r != Singletons.NOT_IMPLEMENTED) return r;
        }
        return null;
    }

    /** {@code a op= b}: __iop__ if defined (and not NotImplemented), else the binary operation. */
    public static PyObject inplace(PyObject a, PyObject b, Slot slot) {
        PyObject f = a.type().lookup(slot.iname);
        if (f != null) {
            PyObject r = Protocol.call1(f, a, b);
            if (r != Singletons.NOT_IMPLEMENTED) return r;
        }
        PyObject r = binaryOrNull(a, b, slot);
        if (r != null) return r;
        throw unsupported(a, b, slot, slot.inplaceSymbol());
    }

    public static PyObject unary(PyObject a, String dunder, String opname) {
        PyObject f = a.type().lookup(dunder);
        if (f == null) throw Errors.typeError("bad operand type for " + opname + ": '" + a.type().name + "'");
        return Protocol.call0(f, a);
    }

    /** Rich comparison with CPython's do_richcompare rules; == and != fall back to identity. */
    public static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        PyType tv = v.type();
        PyType tw = w.type();
        boolean checkedReverse = false;
        if (tv != tw && tw.isSubtypeOf(tv)) {
            PyObject f = tw.lookup(op.reflected().dunder);
            if (f != null) {
                checkedReverse = true;
                PyObject r = Protocol.call1(f, w, v);
                if (r != Singletons.NOT_IMPLEMENTED) return r;
            }
        }
        PyObject f = tv.lookup(op.dunder);
        if (f != null) {
            PyObject r = Protocol.call1(f, v, w);
            if (r != Singletons.NOT_IMPLEMENTED) return r;
        }
        if (!checkedReverse) {
            PyObject g = tw.lookup(op.reflected().dunder);
            if (g != null) {
                PyObject r = Protocol.call1(g, w, v);
                if (r != Singletons.NOT_IMPLEMENTED) return r;
            }
        }
        if (op == CompareOp.EQ) return PyBool.of(v == w);
        if (op == CompareOp.NE) return PyBool.of(v != w);
        throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + tv.name + "' and '"
                + tw.name + "'");
    }

    /** {@code not o}. */
    public static PyObject not(PyObject o) {
        return PyBool.of(!o.isTrue());
    }

    /** {@code a is b}. */
    public static PyObject is(PyObject a, PyObject b) {
        return PyBool.of(a == b);
    }

    /** {@code a in b}. */
    public static PyObject in(PyObject a, PyObject b) {
        return PyBool.of(b.contains(a));
    }

    /** {@code pow(a, b, m)}. */
    public static PyObject pow3(PyObject a, PyObject b, PyObject m) {
        if (m == PyNone.NONE) return a.pow(b);
        if (a instanceof PyInt x && b instanceof PyInt y && m instanceof PyInt z) return IntMath.powMod(x, y, z);
        PyObject f = a.type().lookup("__pow__");
        if (f != null && !a.type().isBuiltin()) {
            PyObject r = Protocol.call2(f, a, b, m);
            if (r != Singletons.NOT_IMPLEMENTED) return r;
        }
        if (a instanceof PyFloat || b instanceof PyFloat || m instanceof PyFloat) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + a.type().name + "', '"
                + b.type().name + "', '" + m.type().name + "'");
    }
}
