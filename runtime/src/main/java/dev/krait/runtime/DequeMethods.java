package dev.krait.runtime;

import java.math.BigInteger;

/** The namespace of {@code collections.deque}: construction, methods and dunders, with CPython's messages. */
final class DequeMethods {
    private DequeMethods() {}

    private static PyDeque d(PyObject o) {
        return (PyDeque) o;
    }

    static void setup(PyType t) {
        t.setConstructor((cls, a, k) -> {
            PyDeque d = new PyDeque();
            init(d, a, k, 0);
            return d;
        });
        Subclasses.defineNew(t);
        t.method("__init__", (Fn.FV) (a, k) -> {
            init(d(a[0]), a, k, 1);
            return PyNone.NONE;
        });
        t.def("__doc__", PyStr.of("deque([iterable[, maxlen]]) --> deque object\n\n"
                + "A list-like sequence optimized for data accesses near its endpoints."));
        t.getter("maxlen", s -> d(s).maxlen < 0 ? PyNone.NONE : PyInt.of(d(s).maxlen));
        containerDunders(t);
        arithmeticDunders(t);
        for (CompareOp op : CompareOp.values()) {
            t.method(op.dunder, (Fn.F2) (a, b) -> b instanceof PyDeque o ? d(a).compare(o, op) : Singletons.NOT_IMPLEMENTED);
        }
        t.def("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__",
                (Fn.F2) (c, x) -> new GenericAlias(c, x))));
        t.method("__copy__", (Fn.F1) DequeMethods::copy);
        t.method("copy", (Fn.F1) DequeMethods::copy);
        t.method("__reduce__", (Fn.F1) DequeMethods::reduce);
        endMethods(t);
        searchMethods(t);
    }

    /** deque.__init__(iterable=(), maxlen=None): empties the deque, sets the bound, then extends. */
    private static void init(PyDeque d, PyObject[] a, String[] k, int skip) {
        if (k != null) {
            for (String name : k) {
                if (!name.equals("iterable") && !name.equals("maxlen")) {
                    throw Errors.typeError("'" + name + "' is an invalid keyword argument for deque()");
                }
            }
        }
        ArgParser p = new ArgParser("deque", a, k, skip, "iterable", "maxlen");
        PyObject iterable = p.get(0, null);
        PyObject m = p.get(1, PyNone.NONE);
        long maxlen = -1;
        if (m != PyNone.NONE) {
            if (!(m instanceof PyInt i)) throw Errors.typeError("an integer is required");
            if (i.isBig()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
            if (i.v < 0) throw Errors.valueError("maxlen must be non-negative");
            maxlen = i.v;
        }
        d.maxlen = maxlen;
        d.clear();
        if (iterable != null) d.extend(iterable);
    }

    private static void containerDunders(PyType t) {
        t.method("__len__", (Fn.F1) s -> PyInt.of(s.len()));
        // The dunders convert their argument as C's Py_ssize_t ("n"), with that conversion's messages.
        t.method("__getitem__", (Fn.F2) (s, k) -> s.getItem(PyInt.of(Protocol.index(k))));
        t.method("__setitem__", (Fn.F3) (s, k, v) -> {
            s.setItem(PyInt.of(Protocol.index(k)), v);
            return PyNone.NONE;
        });
        t.method("__delitem__", (Fn.F2) (s, k) -> {
            s.delItem(PyInt.of(Protocol.index(k)));
            return PyNone.NONE;
        });
        t.method("__contains__", (Fn.F2) (s, o) -> PyBool.of(s.contains(o)));
        t.method("__iter__", (Fn.F1) PyObject::iter);
        t.method("__reversed__", (Fn.F1) s -> new DequeIterator(d(s), true));
        t.method("__repr__", (Fn.F1) s -> PyStr.of(s.repr()));
        t.def("__hash__", PyNone.NONE);
    }

    private static void arithmeticDunders(PyType t) {
        t.method("__add__", (Fn.F2) (s, o) -> o instanceof PyDeque ? concat(d(s), o) : Singletons.NOT_IMPLEMENTED);
        t.method("__iadd__", (Fn.F2) (s, o) -> {
            d(s).extend(o);
            return s;
        });
        t.method("__mul__", (Fn.F2) DequeMethods::repeat);
        t.method("__rmul__", (Fn.F2) DequeMethods::repeat);
        t.method("__imul__", (Fn.F2) (s, n) -> {
            if (n.type().lookup("__index__") == null) return Singletons.NOT_IMPLEMENTED;
            inplaceRepeat(d(s), Protocol.indexBig(n));
            return s;
        });
    }

    private static void endMethods(PyType t) {
        t.method("append", (Fn.F2) (s, x) -> {
            d(s).append(x);
            return PyNone.NONE;
        });
        t.method("appendleft", (Fn.F2) (s, x) -> {
            d(s).appendleft(x);
            return PyNone.NONE;
        });
        t.method("pop", (Fn.F1) s -> d(s).pop());
        t.method("popleft", (Fn.F1) s -> d(s).popleft());
        t.method("extend", (Fn.F2) (s, x) -> {
            d(s).extend(x);
            return PyNone.NONE;
        });
        t.method("extendleft", (Fn.F2) (s, x) -> {
            d(s).extendleft(x);
            return PyNone.NONE;
        });
        t.method("clear", (Fn.F1) s -> {
            d(s).clear();
            return PyNone.NONE;
        });
        t.method(new PyBuiltinFunction("rotate").with((Fn.F1) s -> {
            d(s).rotate(1);
            return PyNone.NONE;
        }).with((Fn.F2) (s, n) -> {
            d(s).rotate(ssize(n));
            return PyNone.NONE;
        }).with((Fn.FV) (a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError("deque.rotate() takes no keyword arguments");
            throw Errors.typeError("deque.rotate expected at most 1 argument, got " + (a.length - 1));
        }));
        t.method("reverse", (Fn.F1) s -> {
            d(s).reverse();
            return PyNone.NONE;
        });
        t.method(new PyBuiltinFunction("insert").with((Fn.F3) DequeMethods::insert).with((Fn.FV) (a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError("deque.insert() takes no keyword arguments");
            throw Errors.typeError("insert() takes exactly 2 arguments (" + (a.length - 1) + " given)");
        }));
    }

    private static PyObject insert(PyObject s, PyObject i, PyObject x) {
        PyDeque self = d(s);
        long k = ssize(i);
        if (self.maxlen >= 0 && self.size >= self.maxlen) throw Errors.indexError("deque already at its maximum size");
        if (k < 0) k = Math.max(0, k + self.size);
        self.insert((int) Math.min(k, self.size), x);
        return PyNone.NONE;
    }

    private static void searchMethods(PyType t) {
        t.method("count", (Fn.F2) (s, x) -> {
            PyDeque self = d(s);
            int start = self.state;
            int n = 0;
            for (int i = 0; i < self.size; i++) {
                PyObject v = self.get(i);
                boolean eq = v == x || v.equalsPy(x);
                if (start != self.state) throw Errors.runtimeError("deque mutated during iteration");
                if (eq) n++;
            }
            return PyInt.of(n);
        });
        t.method("index", (Fn.FV) (a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError("deque.index() takes no keyword arguments");
            if (a.length < 2) throw Errors.typeError("index() takes at least 1 argument (0 given)");
            if (a.length > 4) throw Errors.typeError("index() takes at most 3 arguments (" + (a.length - 1) + " given)");
            return PyInt.of(index(d(a[0]), a[1], a.length > 2 ? sliceIndex(a[2]) : 0,
                    a.length > 3 ? sliceIndex(a[3]) : Long.MAX_VALUE));
        });
        t.method("remove", (Fn.F2) (s, x) -> {
            PyDeque self = d(s);
            int start = self.state;
            for (int i = 0; i < self.size; i++) {
                PyObject v = self.get(i);
                boolean eq = v == x || v.equalsPy(x);
                if (start != self.state) throw Errors.indexError("deque mutated during iteration");
                if (eq) {
                    self.removeAt(i);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError(x.repr() + " is not in deque");
        });
    }

    private static int index(PyDeque d, PyObject x, long start, long stop) {
        int n = d.size;
        if (start < 0) start = Math.max(0, start + n);
        if (stop < 0) stop = Math.max(0, stop + n);
        stop = Math.min(stop, n);
        int state = d.state;
        for (long i = start; i < stop; i++) {
            PyObject v = d.get((int) i);
            boolean eq = v == x || v.equalsPy(x);
            if (state != d.state) throw Errors.runtimeError("deque mutated during iteration");
            if (eq) return (int) i;
        }
        throw Errors.valueError(x.repr() + " is not in deque");
    }

    /** An argument converted as C's Py_ssize_t ("n" format): OverflowError beyond 64 bits. */
    private static long ssize(PyObject o) {
        BigInteger b = Protocol.indexBig(o);
        if (b.bitLength() > 63) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return b.longValue();
    }

    /** A start/stop argument: any integer, clamped to the ssize_t range as slice indices are. */
    private static long sliceIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        BigInteger b = Protocol.indexBig(o);
        if (b.bitLength() > 63) return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return b.longValue();
    }

    /** deque.copy(): a plain deque directly; a subclass through its constructor, as CPython does. */
    static PyObject copy(PyObject s) {
        PyDeque self = d(s);
        if (!(s instanceof SubclassInstance)) return self.copyPlain();
        PyType cls = s.type();
        PyObject r = self.maxlen < 0 ? cls.call1(s) : cls.call2(s, PyInt.of(self.maxlen));
        if (!(r instanceof PyDeque)) {
            throw Errors.typeError(cls.name + "() must return a deque, not " + r.type().name);
        }
        return r;
    }

    private static PyObject concat(PyDeque self, PyObject other) {
        PyDeque r = (PyDeque) copy(self);
        r.extend(other);
        return r;
    }

    private static PyObject repeat(PyObject s, PyObject n) {
        if (n.type().lookup("__index__") == null) return Singletons.NOT_IMPLEMENTED;
        PyDeque r = (PyDeque) copy(s);
        inplaceRepeat(r, Protocol.indexBig(n));
        return r;
    }

    /** d *= n: the items n times over, of which a bounded deque keeps the last maxlen. */
    private static void inplaceRepeat(PyDeque d, BigInteger times) {
        if (times.signum() <= 0) {
            d.clear();
            return;
        }
        int n = d.size;
        if (n == 0 || times.equals(BigInteger.ONE)) return;
        long total = times.bitLength() > 31 ? Long.MAX_VALUE : times.longValue() * n;
        if (d.maxlen < 0 && total > Integer.MAX_VALUE - 8) throw Errors.memoryError();
        PyObject[] items = d.toArray();
        // Only the last maxlen items survive; start the copies where they begin.
        long keep = d.maxlen < 0 ? total : Math.min(total, d.maxlen);
        long from = total - keep;
        for (long i = Math.max(n, from); i < total; i++) d.append(items[(int) (i % n)]);
    }

    /** (type, (), state) or (type, ((), maxlen), state), and the items as an iterator, for pickle and copy. */
    private static PyObject reduce(PyObject s) {
        PyDeque self = d(s);
        PyObject args = self.maxlen < 0 ? PyTuple.of() : PyTuple.of(PyTuple.of(), PyInt.of(self.maxlen));
        PyDict dict = s.instanceDict();
        PyObject state = dict == null || dict.len() == 0 ? PyNone.NONE : dict;
        return PyTuple.of(s.type(), args, state, s.iter());
    }
}
