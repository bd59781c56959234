package dev.krait.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The {@code builtins} module: its functions, types and constants. */
public final class Builtins {
    private Builtins() {}

    public static final PyModule MODULE = new PyModule("builtins");
    public static final PyDict DICT = MODULE.dict;

    static {
        DICT.setStr("__doc__", PyStr.of("Built-in functions, exceptions, and other objects."));
        for (PyType t : new PyType[] {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyComplex.TYPE,
                PyStr.TYPE, PyBytes.TYPE, PyByteArray.TYPE, PyMemoryView.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE,
                PySet.FROZEN_TYPE, PyRange.TYPE, PySlice.TYPE, PyProperty.TYPE, PyClassMethod.TYPE, PyStaticMethod.TYPE,
                PySuper.TYPE, Iterators.ENUMERATE, Iterators.ZIP, Iterators.MAP, Iterators.FILTER, ReversedIterator.TYPE}) {
            DICT.setStr(t.name, t);
        }
        for (var e : ExceptionTypes.ALL.entrySet()) DICT.setStr(e.getKey(), e.getValue());
        DICT.setStr("EnvironmentError", ExceptionTypes.OS_ERROR);
        DICT.setStr("IOError", ExceptionTypes.OS_ERROR);
        DICT.setStr("None", PyNone.NONE);
        DICT.setStr("True", PyBool.TRUE);
        DICT.setStr("False", PyBool.FALSE);
        DICT.setStr("NotImplemented", Singletons.NOT_IMPLEMENTED);
        DICT.setStr("Ellipsis", Singletons.ELLIPSIS);
        DICT.setStr("__debug__", PyBool.TRUE);
        BuiltinFunctions.register(DICT);
    }

    static void def(PyDict d, PyBuiltinFunction f) {
        d.setStr(f.name(), f);
    }

    /** {@code ascii()} of a repr: escapes non-ASCII code points. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) sb.append((char) cp);
            else if (cp <= 0xff) sb.append(String.format("\\x%02x", cp));
            else if (cp <= 0xffff) sb.append(String.format("\\u%04x", cp));
            else sb.append(String.format("\\U%08x", cp));
        }
        return sb.toString();
    }

    /** {@code dir(obj)}: sorted attribute names from the instance dict and the class MRO. */
    static PyList dirOf(PyObject o) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(PyStr::compareCodePoints);
        if (o instanceof PyModule m) {
            addKeys(names, m.dict);
        } else if (o instanceof PyType t) {
            for (PyType c : t.mro) addKeys(names, c.dict());
        } else {
            PyDict d = o.instanceDict();
            if (d != null) addKeys(names, d);
            for (PyType c : o.type().mro) addKeys(names, c.dict());
        }
        List<PyObject> out = new ArrayList<>();
        for (String n : names) out.add(PyStr.of(n));
        return new PyList(out.toArray(new PyObject[0]));
    }

    private static void addKeys(java.util.Set<String> names, PyDict d) {
        for (int i = 0; i < d.entryLimit(); i++) {
            PyObject k = d.keyAt(i);
            if (k instanceof PyStr s) names.add(s.value());
        }
    }

    /** {@code min}/{@code max} with key and default, as CPython's min_max. */
    /** {@code a > b} as max() asks it (CPython compares the candidate with '>'). */
    private static boolean greater(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return ((PyInt) a).compareTo((PyInt) b) > 0;
        return a.richCompare(b, CompareOp.GT).isTrue();
    }

    static PyObject minMax(PyObject[] a, String[] k, boolean max) {
        String name = max ? "max" : "min";
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        PyObject key = PyNone.NONE;
        PyObject dflt = null;
        for (int i = 0; i < nkw; i++) {
            if (k[i].equals("key")) key = a[npos + i];
            else if (k[i].equals("default")) dflt = a[npos + i];
            else throw Errors.typeError("'" + k[i] + "' is an invalid keyword argument for " + name + "()");
        }
        if (npos == 0) throw Errors.typeError(name + " expected at least 1 argument, got 0");
        PyObject it;
        if (npos == 1) {
            it = a[0].iter();
        } else {
            if (dflt != null) {
                throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            it = new ArrayIterator(Arrays.copyOf(a, npos), npos, ArrayIterator.TUPLE_TYPE);
        }
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject x = it.next(); x != null; x = it.next()) {
            PyObject kx = key == PyNone.NONE ? x : key.call1(x);
            if (best == null) {
                best = x;
                bestKey = kx;
            } else if (max ? greater(kx, bestKey) : kx.lessThan(bestKey)) {
                best = x;
                bestKey = kx;
            }
        }
        if (best == null) {
            if (dflt != null) return dflt;
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    /** {@code sum(iterable, start)} with int and float fast paths. */
    static PyObject sum(PyObject iterable, PyObject start) {
        if (start instanceof PyStr) throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (start instanceof PyBytes) throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (start instanceof PyByteArray) throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        PyObject it = iterable.iter();
        PyObject acc = start;
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (acc instanceof PyFloat fa && x instanceof PyFloat fx) {
                acc = new PyFloat(fa.v + fx.v);
            } else {
                acc = acc.add(x);
            }
        }
        return acc;
    }

    /** {@code round(x[, n])}. */
    static PyObject round(PyObject x, PyObject nd) {
        if (x instanceof PyFloat f) {
            if (nd == null || nd == PyNone.NONE) return FloatMethods.roundHalfEven(f.v);
            return new PyFloat(FloatMethods.round(f.v, Protocol.index(nd)));
        }
        if (x instanceof PyInt i) return nd == null ? PyInt.of(i.toBig()) : IntMethods.roundInt(i, nd);
        PyObject m = x.type().lookup("__round__");
        if (m == null) throw Errors.typeError("type " + x.type().name + " doesn't define __round__ method");
        return nd == null ? Protocol.call0(m, x) : Protocol.call1(m, x, nd);
    }

    /** {@code hex/oct/bin}. */
    static PyObject radix(PyObject x, int radix, String prefix) {
        if (x instanceof PyInt i && !i.isBig() && i.v != Long.MIN_VALUE) {
            // Machine ints without BigInteger (hex() of a loop counter was a BigInteger conversion per call).
            String digits = Long.toString(Math.abs(i.v), radix);
            return PyStr.of(i.v < 0 ? "-" + prefix + digits : prefix + digits);
        }
        java.math.BigInteger v = Protocol.indexBig(x);
        String digits = v.abs().toString(radix);
        return PyStr.of((v.signum() < 0 ? "-" : "") + prefix + digits);
    }

    /** {@code sorted(iterable, *, key=None, reverse=False)}. */
    static PyObject sorted(PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        if (a.length - nkw != 1) {
            throw Errors.typeError(a.length - nkw == 0 ? "sorted expected 1 argument, got 0"
                    : "sorted expected 1 argument, got " + (a.length - nkw));
        }
        PyList l = new PyList();
        l.extend(a[0]);
        ArgParser p = new ArgParser("sort", a, k, 1, "*", "key", "reverse");
        ListMethods.sort(l, p.get(1, PyNone.NONE), p.get(2, PyBool.FALSE).isTrue());
        return l;
    }

    /** {@code getattr(o, name[, default])}. */
    static PyObject getattr(PyObject o, PyObject name, PyObject dflt) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + name.type().name + "'");
        }
        if (dflt == null) return o.getAttr(s.value());
        PyObject r;
        try {
            r = o.lookupAttr(s.value());
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) return dflt;
            throw e;
        }
        return r == null ? dflt : r;
    }

    /** {@code iter(o)} / {@code iter(callable, sentinel)}. */
    static PyObject iter(PyObject o, PyObject sentinel) {
        if (sentinel == null) return o.iter();
        if (!o.isCallable()) throw Errors.typeError("iter(v, w): v must be callable");
        return new Iterators.CallIter(o, sentinel);
    }

    /** {@code next(it[, default])}. */
    static PyObject next(PyObject it, PyObject dflt) {
        if (it instanceof PyGenerator g && !g.coroutine) {
            PyObject r = g.resume(PyNone.NONE, null);
            if (r != null) return r;
            if (dflt != null) return dflt;
            PyObject v = g.returnValue;
            g.returnValue = null;
            throw Errors.stopIteration(v == null || v == PyNone.NONE ? null : v);
        }
        if (it instanceof GeneratorMethods.CoroutineWrapper w) {
            // The coroutine's return value travels in the StopIteration.
            PyObject r = w.coro.resume(PyNone.NONE, null);
            if (r != null) return r;
            if (dflt != null) return dflt;
            PyObject v = w.coro.returnValue;
            w.coro.returnValue = null;
            throw Errors.stopIteration(v == null || v == PyNone.NONE ? null : v);
        }
        if (it.type().lookup("__next__") == null && !it.type().isBuiltin()) {
            throw Errors.typeError("'" + it.type().name + "' object is not an iterator");
        }
        PyObject r;
        if (it.type().isBuiltin() && it.type().lookup("__next__") == null) {
            throw Errors.typeError("'" + it.type().name + "' object is not an iterator");
        }
        if (it.type().isBuiltin()) {
            r = it.next();
        } else {
            PyObject f = it.type().lookup("__next__");
            try {
                r = Protocol.call0(f, it);
            } catch (PyException e) {
                if (dflt != null && e.matches(ExceptionTypes.STOP_ITERATION)) return dflt;
                throw e;
            }
            return r;
        }
        if (r == null) {
            if (dflt != null) return dflt;
            throw Errors.stopIteration(null);
        }
        return r;
    }

    /** {@code len(o)}: iterators answer len() in Java for their length hint, but have no __len__ in Python. */
    static int len(PyObject o) {
        if (o instanceof PyList || o instanceof PyStr || o instanceof PyTuple || o instanceof PyDict) return o.len();
        if (o.type().lookup("__len__") == null) throw Errors.typeError("object of type '" + o.type().name + "' has no len()");
        return o.len();
    }

    /** {@code reversed(seq)}. */
    static PyObject reversed(PyObject seq) {
        PyObject f = seq.type().lookup("__reversed__");
        if (f != null && f != PyNone.NONE) return Protocol.call0(f, seq);
        // __reversed__ = None (as collections.abc.Mapping sets it) refuses reversal even with __getitem__ and __len__.
        if (f == PyNone.NONE) throw Errors.typeError("'" + seq.type().name + "' object is not reversible");
        if (seq instanceof PyDict || seq instanceof PySet) throw Errors.typeError("'" + seq.type().name + "' object is not reversible");
        if (seq.type().lookup("__getitem__") == null || seq.type().lookup("__len__") == null) {
            throw Errors.typeError("'" + seq.type().name + "' object is not reversible");
        }
        return new ReversedIterator(seq, seq.len());
    }
}
