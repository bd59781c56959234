package dev.krait.runtime;

/** The methods and set algebra of {@code set} and {@code frozenset}, following CPython's algorithms. */
final class SetMethods {
    private SetMethods() {}

    static PySet newLike(PySet s) {
        return new PySet(s.frozen);
    }

    static PySet toSet(PyObject o) {
        if (o instanceof PySet s) return s;
        PySet s = new PySet();
        s.update(o);
        return s;
    }

    static PySet union(PySet a, PyObject b) {
        PySet r = a.copyAs(a.frozen);
        r.update(b);
        return r;
    }

    static PySet intersection(PySet so, PyObject other) {
        PySet result = newLike(so);
        if (so == other) return so.copyAs(so.frozen);
        if (other instanceof PySet o) {
            PySet a = so;
            PySet b = o;
            if (b.used > a.used) {
                PySet t = a;
                a = b;
                b = t;
            }
            for (int i = 0; i <= b.mask; i++) {
                PyObject k = b.keys[i];
                if (k == null || k == PySet.DUMMY) continue;
                if (a.findEntry(k, b.hashes[i]) >= 0) result.addEntry(k, b.hashes[i]);
            }
            return result;
        }
        PyObject it = other.iter();
        for (PyObject k = it.next(); k != null; k = it.next()) {
            long h = k.hash();
            if (so.findEntry(k, h) >= 0) result.addEntry(k, h);
        }
        return result;
    }

    static PySet difference(PySet so, PyObject other) {
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.used;
        } else if (other instanceof PyDict d) {
            otherSize = d.size();
        } else {
            return copyAndDifference(so, other);
        }
        if ((so.used >> 2) > otherSize) return copyAndDifference(so, other);
        PySet result = newLike(so);
        for (int i = 0; i <= so.mask; i++) {
            PyObject k = so.keys[i];
            if (k == null || k == PySet.DUMMY) continue;
            boolean in = other instanceof PySet o ? o.findEntry(k, so.hashes[i]) >= 0 : other.contains(k);
            if (!in) result.addEntry(k, so.hashes[i]);
        }
        return result;
    }

    private static PySet copyAndDifference(PySet so, PyObject other) {
        PySet r = so.copyAs(so.frozen);
        differenceUpdate(r, other);
        return r;
    }

    static void differenceUpdate(PySet so, PyObject other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PySet o) {
            for (int i = 0; i <= o.mask; i++) {
                PyObject k = o.keys[i];
                if (k != null && k != PySet.DUMMY) so.discard(k);
            }
        } else {
            PyObject it = other.iter();
            for (PyObject k = it.next(); k != null; k = it.next()) so.discard(k);
        }
        so.compactIfManyDummies();
    }

    static void intersectionUpdate(PySet so, PyObject other) {
        PySet tmp = intersection(so, other);
        so.keys = tmp.keys;
        so.hashes = tmp.hashes;
        so.mask = tmp.mask;
        so.fill = tmp.fill;
        so.used = tmp.used;
        so.modCount++;
    }

    static PySet symmetricDifference(PySet so, PyObject other) {
        PySet otherset = new PySet(so.frozen);
        otherset.update(other);
        symmetricDifferenceUpdate(otherset, so);
        return otherset;
    }

    static void symmetricDifferenceUpdate(PySet so, PyObject other) {
        if (so == other) {
            so.clear();
            return;
        }
        PySet otherset = other instanceof PySet s ? s : toSet(other);
        for (int i = 0; i <= otherset.mask; i++) {
            PyObject k = otherset.keys[i];
            if (k == null || k == PySet.DUMMY) continue;
            long h = otherset.hashes[i];
            int j = so.findEntry(k, h);
            if (j >= 0) {
                so.keys[j] = PySet.DUMMY;
                so.hashes[j] = -1;
                so.used--;
                so.modCount++;
            } else {
                so.addEntry(k, h);
            }
        }
    }

    static boolean isSubset(PySet a, PySet b) {
        if (a.used > b.used) return false;
        for (int i = 0; i <= a.mask; i++) {
            PyObject k = a.keys[i];
            if (k == null || k == PySet.DUMMY) continue;
            if (b.findEntry(k, a.hashes[i]) < 0) return false;
        }
        return true;
    }

    private static PySet self(PyObject o) {
        return (PySet) o;
    }

    static PyObject construct(PyType cls, PyObject[] args, String[] kw, boolean frozen) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError((frozen ? "frozenset" : "set") + "() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw Errors.typeError((frozen ? "frozenset" : "set") + " expected at most 1 argument, got " + args.length);
        }
        if (frozen && args.length == 1 && args[0] instanceof PySet s && s.frozen && cls == PySet.FROZEN_TYPE) return s;
        PySet r = cls == (frozen ? PySet.FROZEN_TYPE : PySet.TYPE) ? new PySet(frozen) : new SetSub(cls, frozen);
        if (args.length == 1) r.update(args[0]);
        return r;
    }

    /** A mutable set used as a key is looked up as the equal frozenset, as CPython does. */
    private static PyObject asKey(PyObject o) {
        return o instanceof PySet ps && !ps.frozen ? ps.copyAs(true) : o;
    }

    private static void common(PyType t) {
        t.method("__or__", (Fn.F2) (s, o) -> o instanceof PySet ? s.or(o) : Singletons.NOT_IMPLEMENTED);
        t.method("__and__", (Fn.F2) (s, o) -> o instanceof PySet ? s.and(o) : Singletons.NOT_IMPLEMENTED);
        t.method("__sub__", (Fn.F2) (s, o) -> o instanceof PySet ? s.sub(o) : Singletons.NOT_IMPLEMENTED);
        t.method("__xor__", (Fn.F2) (s, o) -> o instanceof PySet ? s.xor(o) : Singletons.NOT_IMPLEMENTED);
        t.method("__ror__", (Fn.F2) (s, o) -> o instanceof PySet ? o.or(s) : Singletons.NOT_IMPLEMENTED);
        t.method("__rand__", (Fn.F2) (s, o) -> o instanceof PySet ? o.and(s) : Singletons.NOT_IMPLEMENTED);
        t.method("__rsub__", (Fn.F2) (s, o) -> o instanceof PySet ? o.sub(s) : Singletons.NOT_IMPLEMENTED);
        t.method("__rxor__", (Fn.F2) (s, o) -> o instanceof PySet ? o.xor(s) : Singletons.NOT_IMPLEMENTED);
        t.method("copy", (Fn.F1) s -> self(s).frozen && s.type() == PySet.FROZEN_TYPE ? s : self(s).copyAs(self(s).frozen));
        t.method("union", (Fn.FV) (a, k) -> {
            PySet r = self(a[0]).copyAs(self(a[0]).frozen);
            for (int i = 1; i < a.length; i++) r.update(a[i]);
            return r;
        });
        t.method("intersection", (Fn.FV) (a, k) -> {
            if (a.length == 1) return self(a[0]).copyAs(self(a[0]).frozen);
            PySet r = self(a[0]); // CPython intersects the set itself first (its table decides the order)
            for (int i = 1; i < a.length; i++) r = intersection(r, a[i]);
            return r;
        });
        t.method("difference", (Fn.FV) (a, k) -> {
            PySet r = self(a[0]);
            if (a.length == 1) return r.copyAs(r.frozen);
            // CPython: the difference with the first argument, then the others removed from it in place
            PySet c = difference(r, a[1]);
            for (int i = 2; i < a.length; i++) differenceUpdate(c, a[i]);
            return c;
        });
        t.method("symmetric_difference", (Fn.F2) (s, o) -> symmetricDifference(self(s), o));
        t.method("issubset", (Fn.F2) (s, o) -> PyBool.of(isSubset(self(s), toSet(o))));
        t.method("issuperset", (Fn.F2) (s, o) -> {
            if (o instanceof PySet os) return PyBool.of(isSubset(os, self(s)));
            PyObject it = o.iter();
            for (PyObject x = it.next(); x != null; x = it.next()) if (!self(s).containsKey(x)) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        t.method("isdisjoint", (Fn.F2) (s, o) -> {
            PyObject it = o.iter();
            for (PyObject x = it.next(); x != null; x = it.next()) if (self(s).containsKey(x)) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        t.method("__contains__", (Fn.F2) (s, o) -> PyBool.of(s.contains(o)));
        t.method("__len__", (Fn.F1) s -> PyInt.of(s.len()));
        t.method("__iter__", (Fn.F1) PyObject::iter);
    }

    static void setupSet(PyType t) {
        classGetitem(t);
        t.setConstructor((cls, a, k) -> construct(cls, a, k, false));
        Subclasses.defineNew(t);
        Subclasses.defineListInit(t);
        common(t);
        t.def("__hash__", PyNone.NONE);
        t.method("add", (Fn.F2) (s, o) -> {
            self(s).addKey(o);
            return PyNone.NONE;
        });
        t.method("remove", (Fn.F2) (s, o) -> {
            if (!self(s).discard(asKey(o))) throw Errors.keyError(o);
            return PyNone.NONE;
        });
        t.method("discard", (Fn.F2) (s, o) -> {
            self(s).discard(asKey(o));
            return PyNone.NONE;
        });
        // In-place operators take only sets (NotImplemented otherwise, so s |= [1] is a TypeError).
        t.method("__ior__", (Fn.F2) (s, o) -> o instanceof PySet ? s.ior(o) : Singletons.NOT_IMPLEMENTED);
        t.method("__iand__", (Fn.F2) (s, o) -> o instanceof PySet ? s.iand(o) : Singletons.NOT_IMPLEMENTED);
        t.method("__isub__", (Fn.F2) (s, o) -> o instanceof PySet ? s.isub(o) : Singletons.NOT_IMPLEMENTED);
        t.method("__ixor__", (Fn.F2) (s, o) -> o instanceof PySet ? s.ixor(o) : Singletons.NOT_IMPLEMENTED);
        t.method("pop", (Fn.F1) s -> self(s).pop());
        t.method("clear", (Fn.F1) s -> {
            self(s).clear();
            return PyNone.NONE;
        });
        t.method("update", (Fn.FV) (a, k) -> {
            for (int i = 1; i < a.length; i++) self(a[0]).update(a[i]);
            return PyNone.NONE;
        });
        t.method("intersection_update", (Fn.FV) (a, k) -> {
            for (int i = 1; i < a.length; i++) intersectionUpdate(self(a[0]), a[i]);
            return PyNone.NONE;
        });
        t.method("difference_update", (Fn.FV) (a, k) -> {
            for (int i = 1; i < a.length; i++) differenceUpdate(self(a[0]), a[i]);
            return PyNone.NONE;
        });
        t.method("symmetric_difference_update", (Fn.F2) (s, o) -> {
            symmetricDifferenceUpdate(self(s), o);
            return PyNone.NONE;
        });
    }

    /** set[int], frozenset[str]: generic aliases, as list[...] and dict[...] give. */
    private static void classGetitem(PyType t) {
        t.def("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__",
                (Fn.F2) (cls, item) -> new GenericAlias(cls, item))));
    }

    static void setupFrozen(PyType t) {
        classGetitem(t);
        t.setConstructor((cls, a, k) -> construct(cls, a, k, true));
        Subclasses.defineNew(t);
        common(t);
    }
}
