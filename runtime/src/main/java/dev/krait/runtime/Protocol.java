package dev.krait.runtime;

import java.util.Arrays;

/**
 * The generic implementations behind PyObject's operations: find the special method on the type and call it,
 * or raise CPython's TypeError. Built-in classes override the PyObject methods instead of coming here.
 */
public final class Protocol {
    private Protocol() {}

    /** Looks up a special method on the type (never the instance) and binds nothing. */
    static PyObject special(PyObject o, String name) {
        return o.type().lookup(name);
    }

    /** Calls {@code func} as a method of {@code self}, without building a bound method for plain functions. */
    public static PyObject callWithSelf(PyObject func, PyObject self, PyObject[] args, String[] kwnames) {
        if (func instanceof PyFunction || func instanceof PyMethodDescr) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return func.call(all, kwnames);
        }
        return func.descrGet(self, self.type()).call(args, kwnames);
    }

    static PyObject call0(PyObject func, PyObject self) {
        if (func instanceof PyFunction || func instanceof PyMethodDescr) return func.call1(self);
        return func.descrGet(self, self.type()).call0();
    }

    static PyObject call1(PyObject func, PyObject self, PyObject a) {
        if (func instanceof PyFunction || func instanceof PyMethodDescr) return func.call2(self, a);
        return func.descrGet(self, self.type()).call1(a);
    }

    static PyObject call2(PyObject func, PyObject self, PyObject a, PyObject b) {
        if (func instanceof PyFunction || func instanceof PyMethodDescr) return func.call3(self, a, b);
        return func.descrGet(self, self.type()).call2(a, b);
    }

    static PyObject callSlot(PyObject o, PyObject[] args, String[] kwnames) {
        PyObject f = special(o, "__call__");
        if (f == null) throw Errors.notCallable(o);
        return callWithSelf(f, o, args, kwnames);
    }

    static boolean truth(PyObject o) {
        PyObject f = special(o, "__bool__");
        if (f != null) {
            PyObject r = call0(f, o);
            if (!(r instanceof PyBool)) {
                throw Errors.typeError("__bool__ should return bool, returned " + r.type().name);
            }
            return r == PyBool.TRUE;
        }
        f = special(o, "__len__");
        if (f != null) return lenResult(call0(f, o)) != 0;
        return true;
    }

    static long hashSlot(PyObject o) {
        PyObject f = special(o, "__hash__");
        if (f == null || f == PyNone.NONE) throw Errors.unhashable(o);
        PyObject r = call0(f, o);
        if (!(r instanceof PyInt i)) throw Errors.typeError("__hash__ method should return an integer");
        if (i.getClass() == PyInt.class || i instanceof PyBool) {
            return i.isBig() ? i.hash() : (i.v == -1 ? -2 : i.v);
        }
        return i.hash();
    }

    /**
     * object.__hash__: {@code id(o) >> 4}, as CPython (except for the rare object whose identity hash collides
     * with a live one's). Its low 32 bits carry the JVM identity hash unchanged, so the dict's folding of the
     * 64-bit hash into 32 keeps it distinct (an earlier mix cancelled itself out in that fold: every object
     * landed in one of 16 buckets).
     */
    static long identityHash(PyObject o) {
        return Identity.hashAddress(o) >>> 4;
    }

    /** id(o): unique among live objects, and the address its default repr shows. */
    static long id(PyObject o) {
        return Identity.of(o);
    }

    static String reprSlot(PyObject o) {
        PyObject f = special(o, "__repr__");
        if (f == null) return defaultRepr(o);
        PyObject r = call0(f, o);
        if (!(r instanceof PyStr s)) throw Errors.typeError("__repr__ returned non-string (type " + r.type().name + ")");
        return s.value();
    }

    static String strSlot(PyObject o) {
        PyObject f = special(o, "__str__");
        if (f == null) return o.repr();
        PyObject r = call0(f, o);
        if (!(r instanceof PyStr s)) throw Errors.typeError("__str__ returned non-string (type " + r.type().name + ")");
        return s.value();
    }

    static String formatSlot(PyObject o, String spec) {
        PyObject f = special(o, "__format__");
        if (f == null) return objectFormat(o, spec);
        PyObject r = call1(f, o, PyStr.of(spec));
        if (!(r instanceof PyStr s)) throw Errors.typeError("__format__ must return a str, not " + r.type().name);
        return s.value();
    }

    static String objectFormat(PyObject o, String spec) {
        if (!spec.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to " + o.type().name + ".__format__");
        }
        return o.str();
    }

    /** {@code <module.Class object at 0x...>}. */
    public static String defaultRepr(PyObject o) {
        PyType t = o.type();
        String mod = t.module;
        String name = mod == null || mod.equals("builtins") ? t.qualname : mod + "." + t.qualname;
        return "<" + name + " object at " + addressOf(o) + ">";
    }

    /** A stable fake address for reprs (CPython prints a memory address). */
    public static String addressOf(Object o) {
        return String.format("0x%012x", Identity.of(o));
    }

    static PyObject getItemSlot(PyObject o, PyObject key) {
        PyObject f = special(o, "__getitem__");
        if (f == null) {
            if (o instanceof PyType t) return t.getItem(key);
            throw Errors.typeError("'" + o.type().name + "' object is not subscriptable");
        }
        return call1(f, o, key);
    }

    static void setItemSlot(PyObject o, PyObject key, PyObject value) {
        PyObject f = special(o, "__setitem__");
        if (f == null) throw Errors.typeError("'" + o.type().name + "' object does not support item assignment");
        call2(f, o, key, value);
    }

    static void delItemSlot(PyObject o, PyObject key) {
        PyObject f = special(o, "__delitem__");
        if (f == null) throw Errors.typeError("'" + o.type().name + "' object doesn't support item deletion");
        call1(f, o, key);
    }

    static int lenSlot(PyObject o) {
        PyObject f = special(o, "__len__");
        if (f == null) throw Errors.typeError("object of type '" + o.type().name + "' has no len()");
        return lenResult(call0(f, o));
    }

    private static int lenResult(PyObject r) {
        long n = index(r);
        if (n < 0) throw Errors.valueError("__len__() should return >= 0");
        if (n > Integer.MAX_VALUE) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        return (int) n;
    }

    static boolean containsSlot(PyObject o, PyObject x) {
        PyObject f = special(o, "__contains__");
        if (f != null) return call1(f, o, x).isTrue();
        if (special(o, "__iter__") == null && special(o, "__getitem__") == null) {
            throw Errors.typeError("argument of type '" + o.type().name + "' is not iterable");
        }
        PyObject it = o.iter();
        for (PyObject y = it.next(); y != null; y = it.next()) {
            if (y == x || y.equalsPy(x)) return true;
        }
        return false;
    }

    static PyObject iterSlot(PyObject o) {
        PyObject f = o.type().iterSlot.get(o.type());
        if (f != null && f != PyNone.NONE) {
            PyObject it = call0(f, o);
            if (hasNext(it)) return it;
            throw Errors.typeError("iter() returned non-iterator of type '" + it.type().name + "'");
        }
        if (f == null && special(o, "__getitem__") != null) return new SeqIterator(o);
        throw Errors.notIterable(o);
    }

    private static boolean hasNext(PyObject it) {
        PyObject f = it.type().nextSlot.get(it.type());
        return f != null && f != PyNone.NONE;
    }

    private static boolean isBuiltinIterator(PyObject it) {
        return it.type().isBuiltin();
    }

    static PyObject nextSlot(PyObject o) {
        PyType t = o.type();
        PyObject f = t.nextSlot.get(t);
        // A class's __next__ = None counts as no __next__.
        if (f == PyNone.NONE) f = null;
        if (f == null) throw Errors.typeError("'" + o.type().name + "' object is not an iterator");
        try {
            return call0(f, o);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION)) return null;
            throw e;
        }
    }

    /** {@code operator.index(o)} as a long; OverflowError when it does not fit. */
    public static long index(PyObject o) {
        if (o instanceof PyInt i) return i.asIndex();
        return ((PyInt) PyInt.of(indexBig(o))).asIndex();
    }

    /** {@code operator.index(o)} with any size. */
    public static java.math.BigInteger indexBig(PyObject o) {
        if (o instanceof PyInt i) return i.toBig();
        PyObject f = special(o, "__index__");
        if (f == null) {
            throw Errors.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        }
        PyObject r = call0(f, o);
        if (!(r instanceof PyInt i)) {
            throw Errors.typeError("__index__ returned non-int (type " + r.type().name + ")");
        }
        return i.toBig();
    }

    /** The items of any iterable as an array. */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t) return t.items;
        if (iterable instanceof PyList l) return Arrays.copyOf(l.items, l.size);
        PyList l = new PyList();
        l.extend(iterable);
        return l.toArray();
    }

    /** {@code isinstance(o, cls)} honouring tuples of classes and __instancecheck__. */
    public static boolean isInstance(PyObject o, PyObject cls) {
        if (cls instanceof PyType t) {
            if (o.type() == t) return true;
            if (t.metatype != null) {
                PyObject check = t.metatype.lookup("__instancecheck__");
                if (check != null && check != PyType.TYPE.dict().getStr("__instancecheck__")) {
                    // Only the exact type short-cuts a metaclass's check (a protocol may refuse even subclasses);
                    // ABCMeta's check accepts every subclass, so it is skipped for them.
                    if (o.type().isSubtypeOf(t) && definedByAbcMeta(t.metatype, "__instancecheck__")) return true;
                    return call1(check, t, o).isTrue();
                }
            }
            if (o.type().isSubtypeOf(t)) return true;
            PyObject klass = o.lookupAttr("__class__");
            return klass != o.type() && klass instanceof PyType kt && kt.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tu) {
            for (PyObject c : tu.items) if (isInstance(o, c)) return true;
            return false;
        }
        if (cls instanceof UnionType u) {
            for (PyObject c : u.args) if (isInstance(o, c)) return true;
            return false;
        }
        PyObject check = special(cls, "__instancecheck__");
        if (check != null) return call1(check, cls, o).isTrue();
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** Whether the metaclass's {@code name} comes from abc.ABCMeta (which accepts every real subclass). */
    private static boolean definedByAbcMeta(PyType meta, String name) {
        for (PyType m : meta.mro()) {
            if (m.dict().getStr(name) != null) return "ABCMeta".equals(m.name) && "abc".equals(m.module);
        }
        return false;
    }

    /** {@code issubclass(c, cls)}. */
    public static boolean isSubclass(PyObject c, PyObject cls) {
        if (cls instanceof PyTuple tu) {
            for (PyObject x : tu.items) if (isSubclass(c, x)) return true;
            return false;
        }
        if (cls instanceof UnionType u) {
            for (PyObject x : u.args) if (isSubclass(c, x)) return true;
            return false;
        }
        if (cls instanceof PyType t && t.metatype != null) {
            PyObject check = t.metatype.lookup("__subclasscheck__");
            if (check != null && check != PyType.TYPE.dict().getStr("__subclasscheck__")) {
                return call1(check, t, c).isTrue();
            }
        }
        if (!(c instanceof PyType ct)) throw Errors.typeError("issubclass() arg 1 must be a class");
        if (cls instanceof PyType t) return ct.isSubtypeOf(t);
        PyObject check = special(cls, "__subclasscheck__");
        if (check != null) return call1(check, cls, c).isTrue();
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
}
