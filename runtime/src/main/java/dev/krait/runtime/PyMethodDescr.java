package dev.krait.runtime;

/** A built-in type's method as found in its namespace ({@code str.upper}); binds to instances on access. */
public final class PyMethodDescr extends PyObject {
    public static final PyType TYPE = new PyType("method_descriptor", PyType.OBJECT, PyMethodDescr.class,
            BuiltinSetup::methodDescr);

    final PyType owner;
    final PyBuiltinFunction fn;

    public PyMethodDescr(PyType owner, PyBuiltinFunction fn) {
        this.owner = owner;
        this.fn = fn;
        fn.owner = owner.qualname + ".";
    }

    public String name() {
        return fn.name();
    }

    public PyBuiltinFunction function() {
        return fn;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyObject type) {
        if (obj == null) return this;
        return new PyBoundBuiltin(obj, this);
    }

    private void checkSelf(PyObject self) {
        if (!owner.isInstance(self)) {
            throw Errors.typeError("descriptor '" + fn.name() + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + self.type().name + "' object");
        }
    }

    /** Calls with self already checked to be an instance of the owner (method call sites guarantee it). */
    PyObject callSelf(PyObject self, PyObject[] args, String[] kwnames) {
        if ((kwnames == null || kwnames.length == 0) && !(self instanceof SubclassInstance)) {
            // Positional calls (f(*args) included) take the arity paths, so errors count the caller's arguments.
            switch (args.length) {
                case 0: return callSelf0(self);
                case 1: return callSelf1(self, args[0]);
                case 2: return callSelf2(self, args[0], args[1]);
                case 3: return callSelf3(self, args[0], args[1], args[2]);
                default: break;
            }
        }
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        if (self instanceof SubclassInstance s) return inBase(s, all, kwnames);
        if (kwnames == null || kwnames.length == 0) return callGeneral(all);
        return fn.call(all, kwnames);
    }

    PyObject callSelf0(PyObject self) {
        if (self instanceof SubclassInstance s) return inBase(s, new PyObject[] {self}, null);
        if (fn.f1 != null) return fn.f1.call(self);
        return callGeneral(new PyObject[] {self});
    }

    PyObject callSelf1(PyObject self, PyObject a) {
        if (self instanceof SubclassInstance s) return inBase(s, new PyObject[] {self, a}, null);
        if (fn.f2 != null) return fn.f2.call(self, a);
        return callGeneral(new PyObject[] {self, a});
    }

    PyObject callSelf2(PyObject self, PyObject a, PyObject b) {
        if (self instanceof SubclassInstance s) return inBase(s, new PyObject[] {self, a, b}, null);
        if (fn.f3 != null) return fn.f3.call(self, a, b);
        return callGeneral(new PyObject[] {self, a, b});
    }

    PyObject callSelf3(PyObject self, PyObject a, PyObject b, PyObject c) {
        if (self instanceof SubclassInstance s) return inBase(s, new PyObject[] {self, a, b, c}, null);
        if (fn.f4 != null) return fn.f4.call(self, a, b, c);
        return callGeneral(new PyObject[] {self, a, b, c});
    }

    /** Runs the built-in method on a subclass instance with the subclass's Python overrides out of the way. */
    private PyObject inBase(SubclassInstance s, PyObject[] all, String[] kwnames) {
        s.enterBase();
        try {
            return fn.call(all, kwnames);
        } finally {
            s.exitBase();
        }
    }

    private PyObject callGeneral(PyObject[] all) {
        if (fn.fv != null) return fn.fv.call(all, null);
        throw fn.arityError(all.length, 1);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos == 0) {
            throw Errors.typeError("unbound method " + owner.qualname + "." + fn.name() + "() needs an argument");
        }
        checkSelf(args[0]);
        if (args[0] instanceof SubclassInstance s) return inBase(s, args, kwnames);
        if (kwnames == null || kwnames.length == 0) {
            switch (args.length) {
                case 1: return callSelf0(args[0]);
                case 2: return callSelf1(args[0], args[1]);
                case 3: return callSelf2(args[0], args[1], args[2]);
                case 4: return callSelf3(args[0], args[1], args[2], args[3]);
                default: return callGeneral(args);
            }
        }
        if (fn.fv != null) return fn.fv.call(args, kwnames);
        throw Errors.typeError(owner.qualname + "." + fn.name() + "() takes no keyword arguments");
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public String repr() {
        return "<method '" + fn.name() + "' of '" + owner.name + "' objects>";
    }

    @Override
    public long hash() {
        return System.identityHashCode(this);
    }
}
