package dev.krait.runtime;

/** The lazy iterator objects of the builtins: enumerate, zip, map, filter, and iter(callable, sentinel). */
final class Iterators {
    private Iterators() {}

    static final PyType ENUMERATE = new PyType("enumerate", PyType.OBJECT, Enumerate.class, t -> {
        BuiltinSetup.iterator(t);
        t.setConstructor((cls, a, k) -> {
            ArgParser p = new ArgParser("enumerate", a, k, 0, "iterable", "start");
            PyObject start = p.get(1, PyInt.ZERO);
            if (!(start instanceof PyInt)) {
                throw Errors.typeError("'" + start.type().name + "' object cannot be interpreted as an integer");
            }
            if (!p.has(0)) throw Errors.typeError("enumerate() missing required argument 'iterable'");
            return new Enumerate(p.get(0, null).iter(), (PyInt) start);
        });
    });
    static final PyType ZIP = new PyType("zip", PyType.OBJECT, Zip.class, t -> {
        BuiltinSetup.iterator(t);
        t.setConstructor((cls, a, k) -> {
            int nkw = k == null ? 0 : k.length;
            boolean strict = false;
            for (int i = 0; i < nkw; i++) {
                if (!k[i].equals("strict")) throw Errors.typeError("'" + k[i] + "' is an invalid keyword argument for zip()");
                strict = a[a.length - nkw + i].isTrue();
            }
            PyObject[] its = new PyObject[a.length - nkw];
            for (int i = 0; i < its.length; i++) {
                its[i] = a[i].iter();
            }
            return new Zip(its, strict);
        });
    });
    static final PyType MAP = new PyType("map", PyType.OBJECT, MapIter.class, t -> {
        BuiltinSetup.iterator(t);
        t.setConstructor((cls, a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError("map() takes no keyword arguments");
            if (a.length < 2) throw Errors.typeError("map() must have at least two arguments.");
            PyObject[] its = new PyObject[a.length - 1];
            for (int i = 1; i < a.length; i++) its[i - 1] = a[i].iter();
            return new MapIter(a[0], its);
        });
    });
    static final PyType FILTER = new PyType("filter", PyType.OBJECT, FilterIter.class, t -> {
        BuiltinSetup.iterator(t);
        t.setConstructor((cls, a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError("filter() takes no keyword arguments");
            if (a.length != 2) throw Errors.typeError("filter expected 2 arguments, got " + a.length);
            return new FilterIter(a[0], a[1].iter());
        });
    });
    static final PyType CALLABLE_ITERATOR = new PyType("callable_iterator", PyType.OBJECT, CallIter.class, BuiltinSetup::iterator);

    static final class Enumerate extends PyObject {
        private final PyObject it;
        private long n;
        private java.math.BigInteger big;

        Enumerate(PyObject it, PyInt start) {
            this.it = it;
            if (start.isBig()) big = start.big;
            else n = start.v;
        }

        @Override
        public PyType type() {
            return ENUMERATE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            PyObject x = it.next();
            if (x == null) return null;
            PyObject idx;
            if (big != null) {
                idx = PyInt.of(big);
                big = big.add(java.math.BigInteger.ONE);
            } else {
                idx = PyInt.of(n);
                if (n == Long.MAX_VALUE) big = java.math.BigInteger.valueOf(n).add(java.math.BigInteger.ONE);
                else n++;
            }
            return PyTuple.of(idx, x);
        }
    }

    static final class Zip extends PyObject {
        private final PyObject[] its;
        private final boolean strict;
        private boolean done;

        Zip(PyObject[] its, boolean strict) {
            this.its = its;
            this.strict = strict;
        }

        @Override
        public PyType type() {
            return ZIP;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (done || its.length == 0) return null;
            PyObject[] r = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject x = its[i].next();
                if (x == null) {
                    done = true;
                    if (strict) {
                        if (i > 0) {
                            throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                    + (i == 1 ? " 1" : "s 1-" + i));
                        }
                        for (int j = 1; j < its.length; j++) {
                            if (its[j].next() != null) {
                                throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                        + (j == 1 ? " 1" : "s 1-" + j));
                            }
                        }
                    }
                    return null;
                }
                r[i] = x;
            }
            return new PyTuple(r);
        }
    }

    static final class MapIter extends PyObject {
        private final PyObject fn;
        private final PyObject[] its;

        MapIter(PyObject fn, PyObject[] its) {
            this.fn = fn;
            this.its = its;
        }

        @Override
        public PyType type() {
            return MAP;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (its.length == 1) {
                PyObject x = its[0].next();
                return x == null ? null : fn.call1(x);
            }
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject x = its[i].next();
                if (x == null) return null;
                args[i] = x;
            }
            return fn.call(args, null);
        }
    }

    static final class FilterIter extends PyObject {
        private final PyObject fn;
        private final PyObject it;

        FilterIter(PyObject fn, PyObject it) {
            this.fn = fn;
            this.it = it;
        }

        @Override
        public PyType type() {
            return FILTER;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject x = it.next();
                if (x == null) return null;
                boolean keep = fn == PyNone.NONE ? x.isTrue() : fn.call1(x).isTrue();
                if (keep) return x;
            }
        }
    }

    static final class CallIter extends PyObject {
        private PyObject fn;
        private final PyObject sentinel;

        CallIter(PyObject fn, PyObject sentinel) {
            this.fn = fn;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return CALLABLE_ITERATOR;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (fn == null) return null;
            PyObject r;
            try {
                r = fn.call0();
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                    fn = null;
                    return null;
                }
                throw e;
            }
            if (r == sentinel || r.equalsPy(sentinel)) {
                fn = null;
                return null;
            }
            return r;
        }
    }
}
