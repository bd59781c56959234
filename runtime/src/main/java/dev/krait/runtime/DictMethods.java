package dev.krait.runtime;

import java.util.Arrays;

/** The methods of {@code dict}. */
final class DictMethods {
    private DictMethods() {}

    private static PyDict d(PyObject o) {
        return (PyDict) o;
    }

    static PyObject construct(PyType cls, PyObject[] args, String[] kw) {
        PyDict r = cls == PyDict.TYPE ? new PyDict() : new DictSub(cls);
        init(r, args, kw);
        return r;
    }

    static void init(PyDict r, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > 1) throw Errors.typeError("dict expected at most 1 argument, got " + npos);
        if (npos == 1) r.update(args[0]);
        for (int i = 0; i < nkw; i++) r.setStr(kw[i], args[npos + i]);
    }

    static void setup(PyType t) {
        t.setConstructor(DictMethods::construct);
        Subclasses.defineNew(t);
        Subclasses.defineDictInit(t);
        BuiltinSetup.containerDunders(t);
        t.def("__hash__", PyNone.NONE);
        t.method("__setitem__", (Fn.F3) (s, k, v) -> {
            s.setItem(k, v);
            return PyNone.NONE;
        });
        t.method("__delitem__", (Fn.F2) (s, k) -> {
            s.delItem(k);
            return PyNone.NONE;
        });
        t.method("__init__", (Fn.FV) (a, k) -> {
            init(d(a[0]), Arrays.copyOfRange(a, 1, a.length), k);
            return PyNone.NONE;
        });
        for (CompareOp op : new CompareOp[] {CompareOp.EQ, CompareOp.NE}) {
            t.method(op.dunder, (Fn.F2) (a, b) -> b instanceof PyDict ? a.richCompare(b, op) : Singletons.NOT_IMPLEMENTED);
        }
        t.method("__or__", (Fn.F2) (a, b) -> b instanceof PyDict ? a.or(b) : Singletons.NOT_IMPLEMENTED);
        t.method("__ror__", (Fn.F2) (a, b) -> {
            if (!(b instanceof PyDict bd)) return Singletons.NOT_IMPLEMENTED;
            PyDict r = bd.copy();
            r.update(a);
            return r;
        });
        t.method("__ior__", (Fn.F2) (a, b) -> a.ior(b));
        t.method("__reversed__", (Fn.F1) s -> new DictReverseIterator(d(s), DictIterator.KEYS));
        t.method(new PyBuiltinFunction("get").with((Fn.F2) (s, k) -> {
            PyObject v = d(s).get(k);
            return v == null ? PyNone.NONE : v;
        }).with((Fn.F3) (s, k, def) -> {
            PyObject v = d(s).get(k);
            return v == null ? def : v;
        }));
        t.method(new PyBuiltinFunction("setdefault").with((Fn.F2) (s, k) -> setdefault(d(s), k, PyNone.NONE))
                .with((Fn.F3) (s, k, def) -> setdefault(d(s), k, def)));
        t.method(new PyBuiltinFunction("pop").with((Fn.F2) (s, k) -> {
            PyObject v = d(s).remove(k);
            if (v == null) throw Errors.keyError(k);
            return v;
        }).with((Fn.F3) (s, k, def) -> {
            PyObject v = d(s).remove(k);
            return v == null ? def : v;
        }));
        t.method("popitem", (Fn.F1) s -> {
            PyDict dd = d(s);
            for (int i = dd.nentries - 1; i >= 0; i--) {
                if (dd.keyAt(i) != null) {
                    PyObject k = dd.keyAt(i);
                    PyObject v = dd.valueAt(i);
                    dd.remove(k);
                    return PyTuple.of(k, v);
                }
            }
            throw Errors.keyError("popitem(): dictionary is empty");
        });
        t.method("keys", (Fn.F1) s -> new DictView(d(s), DictIterator.KEYS));
        t.method("values", (Fn.F1) s -> new DictView(d(s), DictIterator.VALUES));
        t.method("items", (Fn.F1) s -> new DictView(d(s), DictIterator.ITEMS));
        t.method("update", (Fn.FV) (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            int npos = a.length - nkw - 1;
            if (npos > 1) throw Errors.typeError("update expected at most 1 argument, got " + npos);
            if (npos == 1) d(a[0]).update(a[1]);
            for (int i = 0; i < nkw; i++) d(a[0]).setStr(k[i], a[1 + npos + i]);
            return PyNone.NONE;
        });
        t.method("copy", (Fn.F1) s -> d(s).copy());
        t.method("clear", (Fn.F1) s -> {
            d(s).clear();
            return PyNone.NONE;
        });
        t.def("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", (Fn.FV) (a, k) -> {
            if (a.length < 2) throw Errors.typeError("fromkeys expected at least 1 argument, got 0");
            if (a.length > 3) throw Errors.typeError("fromkeys expected at most 2 arguments, got " + (a.length - 1));
            PyObject value = a.length > 2 ? a[2] : PyNone.NONE;
            PyObject r = a[0].call0();
            PyObject it = a[1].iter();
            for (PyObject x = it.next(); x != null; x = it.next()) r.setItem(x, value);
            return r;
        })));
        t.def("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__",
                (Fn.F2) (c, x) -> new GenericAlias(c, x))));
    }

    private static PyObject setdefault(PyDict d, PyObject k, PyObject def) {
        PyObject v = d.get(k);
        if (v != null) return v;
        d.put(k, def);
        return def;
    }
}
