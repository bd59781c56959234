package dev.krait.runtime;

import java.util.Arrays;

/** Creating instances ({@code cls(...)}) and classes ({@code class} statements, {@code type(n, b, d)}). */
public final class Instances {
    private Instances() {}

    /** {@code type.__call__(cls, *args, **kw)}: __new__ then __init__. */
    static PyObject create(PyType cls, PyObject[] args, String[] kwnames) {
        if (cls.dict == null) cls.dict();
        if (cls.builtin && cls.constructor != null) return cls.constructor.construct(cls, args, kwnames);
        PyObject newFn = cls.lookup("__new__");
        PyObject init = cls.lookup("__init__");
        PyObject obj;
        if (newFn == BuiltinSetup.OBJECT_NEW) {
            if (init == BuiltinSetup.OBJECT_INIT && args.length > 0) {
                throw Errors.typeError(cls.name + "() takes no arguments");
            }
            obj = newPlainInstance(cls);
        } else {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = cls;
            System.arraycopy(args, 0, all, 1, args.length);
            PyObject f = newFn instanceof PyStaticMethod sm ? sm.func : newFn.descrGet(null, cls);
            obj = f.call(all, kwnames);
            if (!obj.type().isSubtypeOf(cls)) return obj;
        }
        if (init != BuiltinSetup.OBJECT_INIT) {
            PyObject r = Protocol.callWithSelf(init, obj, args, kwnames);
            if (r != PyNone.NONE) {
                throw Errors.typeError("__init__() should return None, not '" + r.type().name + "'");
            }
        } else if (args.length > 0 && newFn == BuiltinSetup.OBJECT_NEW) {
            throw Errors.typeError(cls.name + "() takes no arguments");
        }
        return obj;
    }

    /** A fresh instance of a class whose layout is object's. */
    static PyObject newPlainInstance(PyType cls) {
        if (cls.solidBase != PyType.OBJECT) {
            throw Errors.typeError("object.__new__(" + cls.name + ") is not safe, use " + cls.solidBase.name + ".__new__()");
        }
        return PyInstance.make(cls);
    }

    // ------------------------------------------------------------------ classes

    /**
     * The {@code class} statement: picks the metaclass, prepares the namespace, runs the body, creates the class
     * and fills the {@code __class__} cell. {@code body} takes the namespace and returns the __class__ cell or None.
     */
    public static PyObject buildClass(PyObject body, String name, PyObject[] bases, String[] kwnames, PyObject[] kwvalues) {
        PyObject meta = null;
        int nkw = kwnames == null ? 0 : kwnames.length;
        String[] restNames = new String[nkw];
        PyObject[] restValues = new PyObject[nkw];
        int nrest = 0;
        for (int i = 0; i < nkw; i++) {
            if (kwnames[i].equals("metaclass")) {
                meta = kwvalues[i];
            } else {
                restNames[nrest] = kwnames[i];
                restValues[nrest++] = kwvalues[i];
            }
        }
        restNames = Arrays.copyOf(restNames, nrest);
        restValues = Arrays.copyOf(restValues, nrest);
        PyObject[] resolved = resolveBases(bases);
        boolean isClassMeta = meta == null || meta instanceof PyType;
        if (meta == null) meta = resolved.length == 0 ? PyType.TYPE : resolved[0].type();
        if (isClassMeta) meta = calculateMeta((PyType) meta, resolved);
        PyObject ns;
        PyObject prepare = meta.lookupAttr("__prepare__");
        PyTuple basesTuple = PyTuple.of(resolved);
        if (prepare != null) {
            PyObject[] pargs = concat(new PyObject[] {PyStr.of(name), basesTuple}, restValues);
            ns = prepare.call(pargs, restNames.length == 0 ? null : restNames);
        } else {
            ns = new PyDict();
        }
        if (resolved != bases) ns.setItem(PyStr.of("__orig_bases__"), PyTuple.of(bases));
        PyObject cell = body.call1(ns);
        PyObject[] cargs = concat(new PyObject[] {PyStr.of(name), basesTuple, ns}, restValues);
        PyObject cls = meta.call(cargs, restNames.length == 0 ? null : restNames);
        if (cell instanceof PyCell c) {
            if (c.value == null) c.value = cls;
        }
        return cls;
    }

    private static PyObject[] concat(PyObject[] a, PyObject[] b) {
        PyObject[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** PEP 560: bases that are not classes may supply __mro_entries__. */
    private static PyObject[] resolveBases(PyObject[] bases) {
        boolean changed = false;
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (PyObject b : bases) {
            if (!(b instanceof PyType)) {
                PyObject me = b.lookupAttr("__mro_entries__");
                if (me != null) {
                    PyObject r = me.call1(PyTuple.of(bases));
                    if (!(r instanceof PyTuple t)) throw Errors.typeError("__mro_entries__ must return a tuple");
                    out.addAll(Arrays.asList(t.items));
                    changed = true;
                    continue;
                }
            }
            out.add(b);
        }
        return changed ? out.toArray(new PyObject[0]) : bases;
    }

    /** The most derived metaclass among the requested one and the bases' metaclasses. */
    static PyType calculateMeta(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType bt = b.type();
            if (winner.isSubtypeOf(bt)) continue;
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code type.__new__(meta, name, bases, ns, **kw)}. */
    static PyObject typeNew(PyType meta, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos == 1 && meta == PyType.TYPE && nkw == 0) return args[0].type();
        if (npos != 3) throw Errors.typeError("type() takes 1 or 3 arguments");
        if (!(args[0] instanceof PyStr name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not " + args[0].type().name);
        }
        if (!(args[1] instanceof PyTuple basesT)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + args[1].type().name);
        }
        if (!(args[2] instanceof PyDict nsIn)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + args[2].type().name);
        }
        PyType[] bases = new PyType[basesT.size()];
        for (int i = 0; i < bases.length; i++) {
            PyObject b = basesT.get(i);
            if (!(b instanceof PyType bt)) throw Errors.typeError("bases must be types");
            if (!bt.acceptableBase) {
                throw Errors.typeError("type '" + bt.name + "' is not an acceptable base type");
            }
            bases[i] = bt;
        }
        if (bases.length == 0) bases = new PyType[] {PyType.OBJECT};
        PyType winner = calculateMeta(meta, bases);
        if (winner != meta) {
            PyObject wnew = winner.lookup("__new__");
            if (wnew != null && wnew != PyType.TYPE.dict().getStr("__new__")) {
                return winner.call(args, kwnames);
            }
            meta = winner;
        }
        PyDict ns = nsIn.copy();
        PyType cls = new PyType(meta, name.value(), bases, ns);
        PyObject qn = ns.removeStr("__qualname__");
        if (qn != null) {
            if (!(qn instanceof PyStr)) {
                throw Errors.typeError("type __qualname__ must be a str, not " + qn.type().name);
            }
            cls.qualname = qn.str();
        }
        PyObject mod = ns.getStr("__module__");
        if (mod != null) cls.module = mod.str();
        PyObject slots = ns.getStr("__slots__");
        cls.instancesHaveDict = slots == null || hasSlot(slots, "__dict__") || anyBaseHasDict(bases);
        defineSlots(cls, bases, slots, ns);
        addDictAndWeakref(cls, bases, slots, ns);
        if (ns.getStr("__doc__") == null) ns.setStr("__doc__", PyNone.NONE);
        for (String special : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = ns.getStr(special);
            if (f instanceof PyFunction) ns.setStr(special, new PyClassMethod(f));
        }
        PyObject newf = ns.getStr("__new__");
        if (newf instanceof PyFunction) ns.setStr("__new__", new PyStaticMethod(newf));
        if (ns.getStr("__eq__") != null && ns.getStr("__hash__") == null) ns.setStr("__hash__", PyNone.NONE);
        cls.updateFlags();
        for (int i = 0; i < ns.entryLimit(); i++) {
            PyObject k = ns.keyAt(i);
            if (k == null) continue;
            PyObject v = ns.valueAt(i);
            // Of the built-in types only property defines __set_name__: skipping the others spares setting up
            // str's or function's whole method table for the first class a program defines.
            PyType vt = v.type();
            if (vt.builtin && vt != PyProperty.TYPE) continue;
            PyObject setName = vt.lookup("__set_name__");
            if (setName != null) Protocol.call2(setName, v, cls, k);
        }
        PyObject superInit = superLookup(cls, "__init_subclass__");
        if (superInit != null) {
            PyObject[] kwv = Arrays.copyOfRange(args, npos, args.length);
            superInit.call(kwv, kwnames);
        } else if (nkw > 0) {
            throw Errors.typeError(cls.name + ".__init_subclass__() takes no keyword arguments");
        }
        return cls;
    }

    /** Member descriptors for the names in __slots__, numbered after the slots of the bases. */
    private static void defineSlots(PyType cls, PyType[] bases, PyObject slots, PyDict ns) {
        int base = 0;
        for (PyType b : bases) base = Math.max(base, b.slotCount);
        cls.slotCount = base;
        if (slots == null) return;
        PyObject[] names = slots instanceof PyStr ? new PyObject[] {slots} : Protocol.toArray(slots);
        for (PyObject n : names) {
            if (!(n instanceof PyStr s)) {
                throw Errors.typeError("__slots__ items must be strings, not '" + n.type().name + "'");
            }
            if (s.value().equals("__dict__") || s.value().equals("__weakref__")) continue;
            String name = mangle(cls.name, s.value());
            if (ns.getStr(name) != null) {
                throw Errors.valueError("'" + s.value() + "' in __slots__ conflicts with class variable");
            }
            ns.setStr(name, new PyMemberDescr(cls, name, cls.slotCount++));
        }
    }

    /** Private name mangling, as the compiler applies it to names in a class body. */
    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) return name;
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') i++;
        return i == className.length() ? name : "_" + className.substring(i) + name;
    }

    private static boolean hasSlot(PyObject slots, String name) {
        if (slots instanceof PyStr s) return s.value().equals(name);
        for (PyObject o : Protocol.toArray(slots)) if (o instanceof PyStr s && s.value().equals(name)) return true;
        return false;
    }

    /**
     * The {@code __dict__} and {@code __weakref__} descriptors CPython puts in the first class of a hierarchy whose
     * instances get a dict or weak references: they show in vars(cls) and dir(), and make {@code obj.__dict__ = d}
     * replace the dict.
     */
    private static void addDictAndWeakref(PyType cls, PyType[] bases, PyObject slots, PyDict ns) {
        boolean baseDict = anyBaseHasDict(bases);
        for (PyType b : bases) baseDict |= b.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION) || b.isSubtypeOf(PyType.TYPE);
        if (cls.instancesHaveDict && !baseDict && ns.getStr("__dict__") == null) {
            ns.setStr("__dict__", new PyGetSetDescr(cls, "__dict__", o -> {
                PyDict d = o.instanceDict();
                if (d == null) throw Errors.noAttribute(o, "__dict__");
                return d;
            }, (o, v) -> {
                if (v == null) throw Errors.typeError("cannot delete __dict__");
                if (!(v instanceof PyDict d)) {
                    throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + v.type().name + "'");
                }
                if (!o.replaceInstanceDict(d)) throw Errors.attributeError("__dict__ cannot be replaced");
                return PyNone.NONE;
            }, true));
        }
        boolean baseWeak = false;
        for (PyType b : bases) {
            // of the built-in bases a program subclasses, only type, set and frozenset take weak references
            baseWeak |= b.builtin ? b == PyType.TYPE || b.name.equals("set") || b.name.equals("frozenset")
                    : b.weakrefSlot;
        }
        cls.weakrefSlot = baseWeak || slots == null || hasSlot(slots, "__weakref__");
        if (cls.weakrefSlot && !baseWeak && ns.getStr("__weakref__") == null) {
            ns.setStr("__weakref__", new PyGetSetDescr(cls, "__weakref__", o -> PyNone.NONE, null));
        }
    }

    private static boolean anyBaseHasDict(PyType[] bases) {
        for (PyType b : bases) {
            if (b.instancesHaveDict) return true;
        }
        return false;
    }

    /** super(cls, cls).name bound to cls: the attribute from the MRO after cls. */
    private static PyObject superLookup(PyType cls, String name) {
        PyType[] mro = cls.mro;
        for (int i = 1; i < mro.length; i++) {
            PyObject v = mro[i].dict().getStr(name);
            if (v != null) return v.descrGet(null, cls);
        }
        return null;
    }
}
