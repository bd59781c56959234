package dev.krait.runtime;

import java.util.Arrays;

/** Namespaces of the small built-in types: object, type, functions, None, bool, slice, iterators. */
final class BuiltinSetup {
    private BuiltinSetup() {}

    static final PyObject OBJECT_NEW = new PyStaticMethod(new PyBuiltinFunction("__new__", (Fn.FV) (a, k) -> {
        if (a.length == 0) throw Errors.typeError("object.__new__(): not enough arguments");
        if (!(a[0] instanceof PyType cls)) {
            throw Errors.typeError("object.__new__(X): X is not a type object (" + a[0].type().name + ")");
        }
        if (a.length > 1 && cls.lookup("__init__") == BuiltinSetup.OBJECT_INIT) {
            throw Errors.typeError(cls.name + "() takes no arguments");
        }
        if (cls.isBuiltin()) {
            throw Errors.typeError("object.__new__(" + cls.name + ") is not safe, use " + cls.name + ".__new__()");
        }
        return Instances.newPlainInstance(cls);
    }));
    static final PyObject OBJECT_INIT = new PyMethodDescr(PyType.OBJECT, new PyBuiltinFunction("__init__", (Fn.FV) (a, k) -> {
        int n = a.length - 1;
        if (n > 0 && a[0].type().lookup("__new__") == OBJECT_NEW) {
            throw Errors.typeError(a[0].type().name + ".__init__() takes exactly one argument (the instance to initialize)");
        }
        return PyNone.NONE;
    }));
    static final PyObject OBJECT_REPR = new PyMethodDescr(PyType.OBJECT,
            new PyBuiltinFunction("__repr__", (Fn.F1) s -> PyStr.of(Protocol.defaultRepr(s))));
    static final PyObject OBJECT_HASH = new PyMethodDescr(PyType.OBJECT,
            new PyBuiltinFunction("__hash__", (Fn.F1) s -> PyInt.of(Protocol.identityHash(s))));

    static void object(PyType t) {
        t.def("__new__", OBJECT_NEW);
        t.def("__init__", OBJECT_INIT);
        t.def("__repr__", OBJECT_REPR);
        t.def("__hash__", OBJECT_HASH);
        t.method("__str__", (Fn.F1) s -> PyStr.of(s.repr()));
        t.method("__eq__", (Fn.F2) (s, o) -> s == o ? PyBool.TRUE : Singletons.NOT_IMPLEMENTED);
        t.method("__ne__", (Fn.F2) (s, o) -> {
            PyObject eq = s.type().lookup("__eq__");
            PyObject r = Protocol.call1(eq, s, o);
            if (r == Singletons.NOT_IMPLEMENTED) return r;
            return PyBool.of(!r.isTrue());
        });
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            t.method(cmp, (Fn.F2) (s, o) -> Singletons.NOT_IMPLEMENTED);
        }
        t.method("__getattribute__", (Fn.F2) (s, n) -> {
            String name = attrName(n);
            PyObject r = Attributes.objectGet(s, s.type(), name);
            if (r == null) throw Errors.noAttribute(s, name);
            return r;
        });
        t.method("__setattr__", (Fn.F3) (s, n, v) -> {
            Attributes.objectSet(s, attrName(n), v);
            return PyNone.NONE;
        });
        t.method("__delattr__", (Fn.F2) (s, n) -> {
            Attributes.objectSet(s, attrName(n), null);
            return PyNone.NONE;
        });
        t.method("__format__", (Fn.F2) (s, spec) -> PyStr.of(Protocol.objectFormat(s, spec.str())));
        t.getset("__class__", PyObject::type, (s, v) -> {
            if (!(v instanceof PyType nt)) {
                throw Errors.typeError("__class__ must be set to a class, not '" + v.type().name + "' object");
            }
            if (!(s instanceof PyInstance inst) || nt.builtin || nt.solidBase != PyType.OBJECT) {
                throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            PyType old = inst.type;
            boolean sameSlots = old.slotCount == nt.slotCount
                    && (nt.slotCount == 0 || old.isSubtypeOf(nt) || nt.isSubtypeOf(old));
            if (old.instancesHaveDict != nt.instancesHaveDict || !sameSlots) {
                throw Errors.typeError("__class__ assignment: '" + nt.name + "' object layout differs from '" + old.name + "'");
            }
            inst.type = nt;
            return PyNone.NONE;
        });
        t.method("__dir__", (Fn.F1) s -> Builtins.dirOf(s));
        t.def("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (Fn.FV) (a, k) -> {
            if (k != null && k.length > 0) {
                throw Errors.typeError(((PyType) a[0]).name + ".__init_subclass__() takes no keyword arguments");
            }
            return PyNone.NONE;
        })));
        t.def("__subclasshook__", new PyClassMethod(new PyBuiltinFunction("__subclasshook__",
                (Fn.FV) (a, k) -> Singletons.NOT_IMPLEMENTED)));
        t.method("__sizeof__", (Fn.F1) s -> PyInt.of(16));
        t.method("__reduce_ex__", (Fn.F2) (s, p) -> {
            throw Errors.typeError("cannot pickle '" + s.type().name + "' object");
        });
        t.def("__doc__", PyStr.of("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
                + "and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
    }

    static String attrName(PyObject n) {
        if (!(n instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + n.type().name + "'");
        }
        return s.value();
    }

    private static PyType ty(PyObject o) {
        return (PyType) o;
    }

    static void type(PyType t) {
        t.setConstructor(Instances::typeNew);
        t.def("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (Fn.FV) (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType meta)) throw Errors.typeError("type.__new__(X): X is not a type object");
            return Instances.typeNew(meta, Arrays.copyOfRange(a, 1, a.length), k);
        })));
        t.method("__init__", (Fn.FV) (a, k) -> PyNone.NONE);
        t.method("__call__", (Fn.FV) (a, k) -> Instances.create(ty(a[0]), Arrays.copyOfRange(a, 1, a.length), k));
        t.getset("__name__", s -> PyStr.of(ty(s).builtin ? ty(s).qualname : ty(s).name), (s, v) -> {
            if (ty(s).builtin) throw Errors.typeError("cannot set '__name__' attribute of immutable type '" + ty(s).name + "'");
            ty(s).name = v.str();
            return PyNone.NONE;
        });
        t.getset("__qualname__", s -> PyStr.of(ty(s).qualname), (s, v) -> {
            if (ty(s).builtin) throw Errors.typeError("cannot set '__qualname__' attribute of immutable type '" + ty(s).name + "'");
            ty(s).qualname = v.str();
            return PyNone.NONE;
        });
        t.getset("__module__", s -> {
            PyType c = ty(s);
            if (!c.builtin) {
                PyObject m = c.dict.getStr("__module__");
                if (m != null) return m;
            }
            return PyStr.of(c.module);
        }, (s, v) -> {
            ty(s).module = v.str();
            if (!ty(s).builtin) ty(s).dict.setStr("__module__", v);
            return PyNone.NONE;
        });
        t.getset("__doc__", s -> {
            PyObject d = ty(s).dict().getStr("__doc__");
            return d == null ? PyNone.NONE : d.descrGet(null, ty(s));
        }, (s, v) -> {
            ty(s).dict().setStr("__doc__", v);
            return PyNone.NONE;
        });
        t.getter("__bases__", s -> PyTuple.of(ty(s).bases.clone()));
        t.getter("__base__", s -> ty(s).bases.length == 0 ? PyNone.NONE : ty(s).bases[0]);
        t.getter("__mro__", s -> PyTuple.of(ty(s).mro.clone()));
        t.getter("__dict__", s -> new MappingProxy(ty(s).dict()));
        t.getset("__annotations__", s -> {
            PyObject a = ty(s).dict().getStr("__annotations__");
            if (a == null) {
                if (ty(s).builtin) throw Errors.noAttribute(s, "__annotations__");
                a = new PyDict();
                ty(s).dict.setStr("__annotations__", a);
            }
            return a;
        }, (s, v) -> {
            ty(s).dict().setStr("__annotations__", v);
            return PyNone.NONE;
        });
        t.method("mro", (Fn.F1) s -> PyList.of(ty(s).mro));
        t.method("__subclasses__", (Fn.F1) s -> new PyList(ty(s).subclasses().toArray(new PyObject[0])));
        t.method("__instancecheck__", (Fn.F2) (s, o) -> PyBool.of(o.type().isSubtypeOf(ty(s))));
        t.method("__subclasscheck__", (Fn.F2) (s, o) -> PyBool.of(o instanceof PyType ot && ot.isSubtypeOf(ty(s))));
        t.method("__repr__", (Fn.F1) s -> {
            PyType c = ty(s);
            if ("builtins".equals(c.module)) return PyStr.of("<class '" + c.name + "'>");
            return PyStr.of("<class '" + c.module + "." + c.qualname + "'>");
        });
        t.def("__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__", (Fn.FV) (a, k) -> new PyDict())));
        t.method("__or__", (Fn.F2) (s, o) -> UnionType.of(s, o));
        t.method("__ror__", (Fn.F2) (s, o) -> UnionType.of(o, s));
        t.method("__getattribute__", (Fn.F2) (s, n) -> {
            PyObject r = Attributes.typeGet(ty(s), attrName(n));
            if (r == null) throw Errors.noAttribute(s, attrName(n));
            return r;
        });
        t.method("__setattr__", (Fn.F3) (s, n, v) -> {
            Attributes.typeSetDirect(ty(s), attrName(n), v);
            return PyNone.NONE;
        });
        t.method("__delattr__", (Fn.F2) (s, n) -> {
            Attributes.typeSetDirect(ty(s), attrName(n), null);
            return PyNone.NONE;
        });
        t.method("__dir__", (Fn.F1) s -> Builtins.dirOf(s));
    }

    static void builtinFunction(PyType t) {
        t.getter("__name__", s -> PyStr.of(((PyBuiltinFunction) s).name()));
        t.getter("__qualname__", s -> PyStr.of(((PyBuiltinFunction) s).name()));
        t.getter("__doc__", s -> ((PyBuiltinFunction) s).doc);
        t.getter("__module__", s -> PyStr.of(((PyBuiltinFunction) s).module));
        t.getter("__self__", s -> PyNone.NONE);
    }

    static void methodDescr(PyType t) {
        t.getter("__name__", s -> PyStr.of(((PyMethodDescr) s).name()));
        t.getter("__qualname__", s -> PyStr.of(((PyMethodDescr) s).owner.qualname + "." + ((PyMethodDescr) s).name()));
        t.getter("__objclass__", s -> ((PyMethodDescr) s).owner);
        t.getter("__doc__", s -> PyNone.NONE);
        t.method("__get__", (Fn.FV) (a, k) -> {
            PyObject obj = a.length > 1 ? a[1] : PyNone.NONE;
            return a[0].descrGet(obj == PyNone.NONE ? null : obj, a.length > 2 ? a[2] : PyNone.NONE);
        });
    }

    static void none(PyType t) {
        t.setConstructor((cls, a, k) -> {
            if (a.length > 0) throw Errors.typeError("NoneType takes no arguments");
            return PyNone.NONE;
        });
        t.method("__bool__", (Fn.F1) s -> PyBool.FALSE);
        t.method("__repr__", (Fn.F1) s -> PyStr.of("None"));
        t.method("__eq__", (Fn.F2) (s, o) -> o == s ? PyBool.TRUE : Singletons.NOT_IMPLEMENTED);
        t.method("__ne__", (Fn.F2) (s, o) -> o == s ? PyBool.FALSE : Singletons.NOT_IMPLEMENTED);
        t.method("__hash__", (Fn.F1) s -> PyInt.of(s.hash()));
    }

    static void bool(PyType t) {
        t.acceptableBase = false;
        t.setConstructor((cls, a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError("bool() takes no keyword arguments");
            if (a.length > 1) throw Errors.typeError("bool expected at most 1 argument, got " + a.length);
            return a.length == 0 ? PyBool.FALSE : PyBool.of(a[0].isTrue());
        });
        t.method("__repr__", (Fn.F1) s -> PyStr.of(s.repr()));
        t.method("__and__", (Fn.F2) (s, o) -> o instanceof PyInt ? s.and(o) : Singletons.NOT_IMPLEMENTED);
        t.method("__or__", (Fn.F2) (s, o) -> o instanceof PyInt ? s.or(o) : Singletons.NOT_IMPLEMENTED);
        t.method("__xor__", (Fn.F2) (s, o) -> o instanceof PyInt ? s.xor(o) : Singletons.NOT_IMPLEMENTED);
        t.method("__rand__", (Fn.F2) (s, o) -> o instanceof PyInt ? s.and(o) : Singletons.NOT_IMPLEMENTED);
        t.method("__ror__", (Fn.F2) (s, o) -> o instanceof PyInt ? s.or(o) : Singletons.NOT_IMPLEMENTED);
        t.method("__rxor__", (Fn.F2) (s, o) -> o instanceof PyInt ? s.xor(o) : Singletons.NOT_IMPLEMENTED);
    }

    static void slice(PyType t) {
        t.acceptableBase = false;
        t.setConstructor((cls, a, k) -> {
            if (k != null && k.length > 0) throw Errors.typeError("slice() takes no keyword arguments");
            switch (a.length) {
                case 1: return new PySlice(PyNone.NONE, a[0], PyNone.NONE);
                case 2: return new PySlice(a[0], a[1], PyNone.NONE);
                case 3: return new PySlice(a[0], a[1], a[2]);
                default:
                    throw Errors.typeError(a.length == 0 ? "slice expected at least 1 argument, got 0"
                            : "slice expected at most 3 arguments, got " + a.length);
            }
        });
        t.getter("start", s -> ((PySlice) s).start);
        t.getter("stop", s -> ((PySlice) s).stop);
        t.getter("step", s -> ((PySlice) s).step);
        t.method("indices", (Fn.F2) (s, n) -> {
            long len = Protocol.index(n);
            if (len < 0) throw Errors.valueError("length should not be negative");
            long[] r = ((PySlice) s).indices(len);
            PyObject step = ((PySlice) s).step;
            PyObject st = step == PyNone.NONE ? PyInt.ONE : PyInt.of(Protocol.indexBig(step)); // exact, even if huge
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), st);
        });
    }

    static void iterator(PyType t) {
        t.method("__iter__", (Fn.F1) s -> s);
        t.method("__next__", (Fn.F1) s -> {
            PyObject r = s.next();
            if (r == null) throw Errors.stopIteration(null);
            return r;
        });
        t.method("__length_hint__", (Fn.F1) s -> PyInt.of(s.len()));
    }

    static void noInstances(PyType t) {
        t.setConstructor((cls, a, k) -> {
            throw Errors.typeError("cannot create '" + cls.name + "' instances");
        });
    }

    // ------------------------------------------------------------------ shared dunder tables for built-ins

    /** Registers the arithmetic dunders of a numeric type, each returning NotImplemented for foreign operands. */
    static void numberDunders(PyType t, java.util.function.Predicate<PyObject> accepts, Slot... slots) {
        numberDunders(t, accepts, o -> o, slots);
    }

    /**
     * As above; {@code coerce} converts an accepted foreign operand to this type, so a reflected operation
     * computes with this type's arithmetic instead of dispatching back to the operand's type.
     */
    static void numberDunders(PyType t, java.util.function.Predicate<PyObject> accepts,
                              java.util.function.UnaryOperator<PyObject> coerce, Slot... slots) {
        for (Slot s : slots) {
            t.method(s.name, (Fn.F2) (a, b) -> accepts.test(b) ? applyDirect(s, a, b) : Singletons.NOT_IMPLEMENTED);
            t.method(s.rname, (Fn.F2) (a, b) -> accepts.test(b) ? applyDirect(s, coerce.apply(b), a) : Singletons.NOT_IMPLEMENTED);
        }
        t.method("__neg__", (Fn.F1) PyObject::neg);
        t.method("__pos__", (Fn.F1) PyObject::pos);
        t.method("__abs__", (Fn.F1) PyObject::abs);
        t.method("__bool__", (Fn.F1) s -> PyBool.of(s.isTrue()));
        t.method("__hash__", (Fn.F1) s -> PyInt.of(s.hash()));
        compareDunders(t, accepts);
        t.method("__repr__", (Fn.F1) s -> PyStr.of(s.repr()));
        t.method("__str__", (Fn.F1) s -> PyStr.of(s.repr()));
        t.method("__format__", (Fn.F2) (s, spec) -> PyStr.of(s.format(dunderSpecOf(spec))));
    }

    /** The spec argument of a built-in __format__ method. */
    static String dunderSpecOf(PyObject spec) {
        if (!(spec instanceof PyStr s)) throw Errors.typeError("__format__() argument must be str, not " + spec.type().name);
        return s.value();
    }

    static String specOf(PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("format() argument 2 must be str, not " + spec.type().name);
        }
        return s.value();
    }

    static void compareDunders(PyType t, java.util.function.Predicate<PyObject> accepts) {
        for (CompareOp op : CompareOp.values()) {
            t.method(op.dunder, (Fn.F2) (a, b) -> accepts.test(b) ? a.richCompare(b, op) : Singletons.NOT_IMPLEMENTED);
        }
    }

    /**
     * As {@link #apply}, for an explicit call of the built-in dunder ({@code int.__add__(1, sub)}, or a subclass's
     * {@code super().__radd__(x)}): the operation itself, never the subclass operand's reflected override first.
     */
    static PyObject applyDirect(Slot s, PyObject a, PyObject b) {
        if (!(b instanceof SubclassInstance sb)) return apply(s, a, b);
        sb.enterBase();
        try {
            return apply(s, a, b);
        } finally {
            sb.exitBase();
        }
    }

    /** Applies a binary slot through the receiver's Java fast path. */
    static PyObject apply(Slot s, PyObject a, PyObject b) {
        switch (s) {
            case ADD: return a.add(b);
            case SUB: return a.sub(b);
            case MUL: return a.mul(b);
            case TRUEDIV: return a.truediv(b);
            case FLOORDIV: return a.floordiv(b);
            case MOD: return a.mod(b);
            case POW: return a.pow(b);
            case MATMUL: return a.matmul(b);
            case LSHIFT: return a.lshift(b);
            case RSHIFT: return a.rshift(b);
            case AND: return a.and(b);
            case OR: return a.or(b);
            case XOR: return a.xor(b);
            default: return a.divmod(b);
        }
    }

    /** The container dunders of a built-in sequence or mapping whose Java class implements them. */
    static void containerDunders(PyType t) {
        t.method("__len__", (Fn.F1) s -> PyInt.of(s.len()));
        t.method("__getitem__", (Fn.F2) PyObject::getItem);
        t.method("__contains__", (Fn.F2) (s, o) -> PyBool.of(s.contains(o)));
        t.method("__iter__", (Fn.F1) PyObject::iter);
        t.method("__repr__", (Fn.F1) s -> PyStr.of(s.repr()));
        t.method("__bool__", (Fn.F1) s -> PyBool.of(s.isTrue()));
    }
}
