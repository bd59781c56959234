package dev.krait.runtime;

/**
 * Creation of instances of Python classes derived from built-in types ({@code class Stack(list)},
 * {@code class Color(str)}, ...): the built-ins' {@code __new__} and, for the mutable ones, {@code __init__}.
 */
final class Subclasses {
    private Subclasses() {}

    /**
     * Defines {@code base.__new__(cls, *args, **kwargs)}: the built-in's own construction for the built-in itself,
     * an instance of the subclass otherwise (holding the constructed value, or empty for mutable types, which
     * their {@code __init__} fills).
     */
    static void defineNew(PyType base) {
        base.def("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (Fn.FV) (a, k) -> {
            if (a.length == 0) throw Errors.typeError(base.name + ".__new__(): not enough arguments");
            if (!(a[0] instanceof PyType cls)) {
                throw Errors.typeError(base.name + ".__new__(X): X is not a type object (" + a[0].type().name + ")");
            }
            if (!cls.isSubtypeOf(base)) {
                throw Errors.typeError(base.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of "
                        + base.name);
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            if (cls.builtin) return cls.constructor.construct(cls, rest, k);
            return create(cls, base, rest, k);
        })));
    }

    private static PyObject create(PyType cls, PyType base, PyObject[] args, String[] kw) {
        if (base == PyList.TYPE) return new ListSub(cls);
        if (base == PyDict.TYPE) return new DictSub(cls);
        if (base == PySet.TYPE) return new SetSub(cls, false);
        if (base == PyByteArray.TYPE) return new ByteArraySub(cls);
        if (base == PyDeque.TYPE) return new DequeSub(cls);
        if (base == PyProperty.TYPE) return new PropertySub(cls);
        PyObject v = base.constructor.construct(base, args, kw);
        if (base == PyInt.TYPE) return new IntSub(cls, (PyInt) v);
        if (base == PyFloat.TYPE) return new FloatSub(cls, ((PyFloat) v).v);
        if (base == PyStr.TYPE) return new StrSub(cls, ((PyStr) v).value());
        if (base == PyBytes.TYPE) return new BytesSub(cls, ((PyBytes) v).value);
        if (base == PyTuple.TYPE) return new TupleSub(cls, ((PyTuple) v).items);
        if (base == PySet.FROZEN_TYPE) {
            SetSub s = new SetSub(cls, true);
            s.update(v);
            return s;
        }
        throw Errors.typeError("cannot create '" + cls.name + "' instances");
    }

    /** list.__init__(self, iterable=()), set.__init__ likewise: replace the contents. */
    static void defineListInit(PyType t) {
        t.method("__init__", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser(t.name, a, k, 1, "$iterable");
            PyObject it = p.get(0, null);
            if (a[0] instanceof PyList l) {
                java.util.Arrays.fill(l.items, 0, l.size, null);
                l.size = 0;
                if (it != null) l.extend(it);
            } else {
                PySet s = (PySet) a[0];
                s.clear();
                if (it != null) s.update(it);
            }
            return PyNone.NONE;
        });
    }

    /** bytearray.__init__(self, source=b'', encoding, errors): replace the contents, as bytearray() builds them. */
    static void defineByteArrayInit(PyType t) {
        t.method("__init__", (Fn.FV) (a, k) -> {
            PyByteArray ba = (PyByteArray) a[0];
            byte[] b = BytesMethods.source(java.util.Arrays.copyOfRange(a, 1, a.length), k, "bytearray");
            ba.data = b;
            ba.size = b.length;
            return PyNone.NONE;
        });
    }

    /** dict.__init__(self, mapping_or_pairs=(), **kwargs): update, as dict() does. */
    static void defineDictInit(PyType t) {
        t.method("__init__", (Fn.FV) (a, k) -> {
            DictMethods.init((PyDict) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k);
            return PyNone.NONE;
        });
    }
}
