package dev.krait.runtime;

import java.util.Arrays;

/** The methods of {@code list}, slice assignment and sorting. */
final class ListMethods {
    private ListMethods() {}

    private static PyList l(PyObject o) {
        return (PyList) o;
    }

    static PyObject construct(PyType cls, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError("list() takes no keyword arguments");
        if (args.length > 1) throw Errors.typeError("list expected at most 1 argument, got " + args.length);
        PyList r = new PyList();
        if (args.length == 1) r.extend(args[0]);
        return r;
    }

    static void setup(PyType t) {
        t.setConstructor(ListMethods::construct);
        Subclasses.defineNew(t);
        Subclasses.defineListInit(t);
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
        t.method("__add__", (Fn.F2) (a, b) -> b instanceof PyList ? a.add(b) : Singletons.NOT_IMPLEMENTED);
        t.method("__iadd__", (Fn.F2) PyObject::iadd);
        t.method("__mul__", (Fn.F2) (a, b) -> b instanceof PyInt ? a.mul(b) : Singletons.NOT_IMPLEMENTED);
        t.method("__rmul__", (Fn.F2) (a, b) -> b instanceof PyInt ? a.mul(b) : Singletons.NOT_IMPLEMENTED);
        t.method("__imul__", (Fn.F2) PyObject::imul);
        BuiltinSetup.compareDunders(t, o -> o instanceof PyList);
        t.method("__reversed__", (Fn.F1) s -> new ReversedIterator(s, l(s).size));
        t.method("__init__", (Fn.FV) (a, k) -> {
            PyList self = l(a[0]);
            self.items = new PyObject[4];
            self.size = 0;
            if (a.length > 1) self.extend(a[1]);
            return PyNone.NONE;
        });
        t.method("append", (Fn.F2) (s, x) -> {
            l(s).append(x);
            return PyNone.NONE;
        });
        t.method("extend", (Fn.F2) (s, x) -> {
            l(s).extend(x == s ? PyTuple.of(l(s).toArray()) : x);
            return PyNone.NONE;
        });
        t.method("insert", (Fn.F3) (s, i, x) -> {
            PyList self = l(s);
            long k = Protocol.index(i);
            if (k < 0) k = Math.max(0, k + self.size);
            if (k > self.size) k = self.size;
            self.insert((int) k, x);
            return PyNone.NONE;
        });
        t.method(new PyBuiltinFunction("pop").with((Fn.F1) s -> {
            PyList self = l(s);
            if (self.size == 0) throw Errors.indexError("pop from empty list");
            return self.removeAt(self.size - 1);
        }).with((Fn.F2) (s, i) -> {
            PyList self = l(s);
            if (self.size == 0) throw Errors.indexError("pop from empty list");
            long k = Protocol.index(i);
            if (k < 0) k += self.size;
            if (k < 0 || k >= self.size) throw Errors.indexError("pop index out of range");
            return self.removeAt((int) k);
        }));
        t.method("remove", (Fn.F2) (s, x) -> {
            PyList self = l(s);
            for (int i = 0; i < self.size; i++) {
                if (self.items[i] == x || self.items[i].equalsPy(x)) {
                    self.removeAt(i);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        });
        t.method("index", (Fn.FV) (a, k) -> {
            PyList self = l(a[0]);
            if (a.length < 2) throw Errors.typeError("index expected at least 1 argument, got 0");
            long[] range = startStop(a, 2, self.size);
            for (long i = range[0]; i < range[1] && i < self.size; i++) {
                if (self.items[(int) i] == a[1] || self.items[(int) i].equalsPy(a[1])) return PyInt.of(i);
            }
            throw Errors.valueError(a[1].repr() + " is not in list");
        });
        t.method("count", (Fn.F2) (s, x) -> {
            PyList self = l(s);
            int n = 0;
            for (int i = 0; i < self.size; i++) if (self.items[i] == x || self.items[i].equalsPy(x)) n++;
            return PyInt.of(n);
        });
        t.method("clear", (Fn.F1) s -> {
            l(s).items = new PyObject[4];
            l(s).size = 0;
            return PyNone.NONE;
        });
        t.method("copy", (Fn.F1) s -> new PyList(l(s).toArray()));
        t.method("reverse", (Fn.F1) s -> {
            reverse(l(s));
            return PyNone.NONE;
        });
        t.method("sort", (Fn.FV) (a, k) -> {
            if (a.length - (k == null ? 0 : k.length) > 1) throw Errors.typeError("sort() takes no positional arguments");
            ArgParser p = new ArgParser("sort", a, k, 1, "*", "key", "reverse");
            sort(l(a[0]), p.get(1, PyNone.NONE), p.get(2, PyBool.FALSE).isTrue());
            return PyNone.NONE;
        });
        t.def("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__",
                (Fn.F2) (c, x) -> new GenericAlias(c, x))));
    }

    /** The start/stop optional arguments of index() clamped to [0, size]. */
    static long[] startStop(PyObject[] a, int first, int size) {
        long start = a.length > first ? Protocol.index(a[first]) : 0;
        long stop = a.length > first + 1 ? Protocol.index(a[first + 1]) : size;
        if (start < 0) start = Math.max(0, start + size);
        if (stop < 0) stop = Math.max(0, stop + size);
        return new long[] {start, Math.min(stop, size)};
    }

    static void reverse(PyList l) {
        for (int i = 0, j = l.size - 1; i < j; i++, j--) {
            PyObject t = l.items[i];
            l.items[i] = l.items[j];
            l.items[j] = t;
        }
    }

    /** list.sort: stable, with key and reverse, comparing with {@code <} only. */
    static void sort(PyList list, PyObject key, boolean reverse) {
        int n = list.size;
        PyObject[] items = Arrays.copyOf(list.items, n);
        PyObject[] saved = list.items;
        list.items = new PyObject[4];
        list.size = 0;
        try {
            PyObject[] keys = items;
            if (key != PyNone.NONE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) keys[i] = key.call1(items[i]);
            }
            if (reverse) {
                reverseArray(keys, n);
                if (keys != items) reverseArray(items, n);
            }
            Sorting.sort(keys, keys == items ? null : items, n);
            if (reverse) {
                reverseArray(keys, n);
                if (keys != items) reverseArray(items, n);
            }
        } catch (PyException e) {
            restore(list, saved);
            throw e;
        }
        boolean modified = list.size != 0;
        list.items = items.length == 0 ? new PyObject[4] : items;
        list.size = n;
        if (modified) throw Errors.valueError("list modified during sort");
    }

    private static void restore(PyList list, PyObject[] saved) {
        if (list.size == 0) list.items = saved;
    }

    static void reverseArray(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static void setSlice(PyList l, PySlice s, PyObject value) {
        long[] idx = s.indices(l.size);
        int start = (int) idx[0];
        int stop = (int) idx[1];
        int step = (int) idx[2];
        PyObject[] src = value == l ? l.toArray() : Protocol.toArray(value);
        if (step == 1) {
            if (stop < start) stop = start;
            int newSize = l.size - (stop - start) + src.length;
            PyObject[] r = new PyObject[Math.max(newSize, 4)];
            System.arraycopy(l.items, 0, r, 0, start);
            System.arraycopy(src, 0, r, start, src.length);
            System.arraycopy(l.items, stop, r, start + src.length, l.size - stop);
            l.items = r;
            l.size = newSize;
            return;
        }
        int n = (int) PySlice.length(start, stop, step);
        if (src.length != n) {
            throw Errors.valueError("attempt to assign sequence of size " + src.length + " to extended slice of size " + n);
        }
        for (int i = 0, j = start; i < n; i++, j += step) l.items[j] = src[i];
    }

    static void delSlice(PyList l, PySlice s) {
        long[] idx = s.indices(l.size);
        int start = (int) idx[0];
        int stop = (int) idx[1];
        int step = (int) idx[2];
        int n = (int) PySlice.length(start, stop, step);
        if (n == 0) return;
        if (step < 0) {
            start = start + (n - 1) * step;
            step = -step;
        }
        boolean[] drop = new boolean[l.size];
        for (int i = 0, j = start; i < n; i++, j += step) drop[j] = true;
        int w = 0;
        for (int r = 0; r < l.size; r++) if (!drop[r]) l.items[w++] = l.items[r];
        for (int r = w; r < l.size; r++) l.items[r] = null;
        l.size = w;
    }
}
