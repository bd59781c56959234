package dev.krait.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * A Python class, built-in or user-defined. Holds the MRO, the class namespace and a version number that
 * changes whenever the namespace of this type or of a base changes, so call sites can cache lookups keyed
 * on (type, version).
 */
public class PyType extends PyObject {
    /** Creates the instance for {@code cls(...)} of a built-in type (its {@code __new__} plus {@code __init__}). */
    @FunctionalInterface
    public interface Constructor {
        PyObject construct(PyType cls, PyObject[] args, String[] kwnames);
    }

    private static int nextVersion = 1;
    public static final PyType OBJECT = new PyType("object", null, PyInstance.class, BuiltinSetup::object);
    public static final PyType TYPE = new PyType("type", OBJECT, PyType.class, BuiltinSetup::type);

    static final PyObject ABSENT = new PyObject() {
        @Override
        public PyType type() {
            return OBJECT;
        }
    };

    String name;
    String qualname;
    String module = "builtins";
    PyType[] bases;
    PyType[] mro;
    /** The built-in type whose Java class lays out our instances (object for plain classes). */
    PyType solidBase;
    final Class<?> javaClass;
    PyType metatype;
    PyDict dict;
    private Consumer<PyType> setup;
    /** Bumped when this type's or a base's namespace changes; never reused. */
    public int version;
    private final HashMap<String, PyObject> cache = new HashMap<>();
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    Constructor constructor;
    final boolean builtin;
    /** Whether instances of this (user) class carry a {@code __dict__}. */
    boolean instancesHaveDict;
    /** Whether instances take weak references in CPython (the class or a base has a __weakref__ slot). */
    boolean weakrefSlot;
    /** Slots (from __slots__) of instances of this class, bases' included. */
    int slotCount;
    boolean acceptableBase = true;
    /** Set on a user class that defines __getattribute__, __getattr__, __setattr__ or __delattr__ somewhere in its MRO. */
    boolean customGetattribute;
    boolean hasGetattr;
    /** The class or a base defines __del__: instances are {@link FinalizedInstance}s. */
    boolean hasDel;
    boolean customSetattr;

    /**
     * A built-in type whose namespace is filled by {@code setup} on first use. A dotted name is CPython's tp_name
     * ("collections.deque"): messages show it whole, {@code __name__} and {@code __qualname__} are its last part
     * and {@code __module__} the rest.
     */
    public PyType(String name, PyType base, Class<?> javaClass, Consumer<PyType> setup) {
        this.name = name;
        int dot = name.lastIndexOf('.');
        this.qualname = name.substring(dot + 1);
        if (dot > 0) this.module = name.substring(0, dot);
        this.javaClass = javaClass;
        this.setup = setup;
        this.builtin = true;
        this.bases = base == null ? new PyType[0] : new PyType[] {base};
        this.mro = base == null ? new PyType[] {this} : prepend(this, base.mro);
        this.solidBase = this;
        this.version = nextVersion++;
        if (base != null) base.addSubclass(this);
    }

    /** A class created by a class statement or {@code type(name, bases, ns)}. */
    PyType(PyType metatype, String name, PyType[] bases, PyDict ns) {
        this.name = name;
        this.qualname = name;
        this.metatype = metatype == TYPE ? null : metatype;
        this.bases = bases;
        this.builtin = false;
        this.dict = ns;
        this.mro = Mro.compute(this, bases);
        this.solidBase = Mro.solidBase(bases);
        this.javaClass = solidBase.javaClass;
        this.constructor = null;
        this.version = nextVersion++;
        for (PyType b : bases) b.addSubclass(this);
    }

    private static PyType[] prepend(PyType t, PyType[] rest) {
        PyType[] r = new PyType[rest.length + 1];
        r[0] = t;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }

    private void addSubclass(PyType t) {
        synchronized (subclasses) {
            subclasses.add(new WeakReference<>(t));
        }
    }

    /** Live subclasses, for {@code __subclasses__()}. */
    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        synchronized (subclasses) {
            for (WeakReference<PyType> r : subclasses) {
                PyType t = r.get();
                if (t != null) out.add(t);
            }
        }
        return out;
    }

    @Override
    public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public String module() {
        return module;
    }

    public PyType[] mro() {
        return mro;
    }

    public PyType[] bases() {
        return bases;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    /** The namespace; for built-ins it is filled on first access. */
    public PyDict dict() {
        if (dict == null) initBuiltinDict();
        return dict;
    }

    private synchronized void initBuiltinDict() {
        if (dict != null) return;
        PyDict d = new PyDict();
        dict = d;
        if (setup != null) {
            Consumer<PyType> s = setup;
            setup = null;
            s.accept(this);
        }
    }

    // ------------------------------------------------------------------ building built-in namespaces

    public void def(String attr, PyObject value) {
        dict().setStr(attr, value);
    }

    /** Adds a method whose Java implementation takes self as its first argument. */
    public void method(String attr, Fn.F1 f) {
        def(attr, new PyMethodDescr(this, new PyBuiltinFunction(attr, f)));
    }

    public void method(String attr, Fn.F2 f) {
        def(attr, new PyMethodDescr(this, new PyBuiltinFunction(attr, f)));
    }

    public void method(String attr, Fn.F3 f) {
        def(attr, new PyMethodDescr(this, new PyBuiltinFunction(attr, f)));
    }

    public void method(String attr, Fn.F4 f) {
        def(attr, new PyMethodDescr(this, new PyBuiltinFunction(attr, f)));
    }

    public void method(String attr, Fn.FV f) {
        def(attr, new PyMethodDescr(this, new PyBuiltinFunction(attr, f)));
    }

    /** Adds a method from a prepared function (for several arities at once). */
    public void method(PyBuiltinFunction f) {
        def(f.name(), new PyMethodDescr(this, f));
    }

    public void classMethod(String attr, Fn.FV f) {
        def(attr, new PyClassMethod(new PyBuiltinFunction(attr, f)));
    }

    public void staticMethod(String attr, PyBuiltinFunction f) {
        def(attr, new PyStaticMethod(f));
    }

    /** A read-only attribute computed from the instance. */
    public void getter(String attr, Fn.F1 get) {
        def(attr, new PyGetSetDescr(this, attr, get, null));
    }

    public void getset(String attr, Fn.F1 get, Fn.F2 set) {
        def(attr, new PyGetSetDescr(this, attr, get, set));
    }

    /** An attribute that can also be deleted: {@code set} receives null for {@code del}. */
    public void getsetdel(String attr, Fn.F1 get, Fn.F2 set) {
        def(attr, new PyGetSetDescr(this, attr, get, set, true));
    }

    public void setConstructor(Constructor c) {
        this.constructor = c;
    }

    // ------------------------------------------------------------------ lookup

    /** Finds {@code name} along the MRO (no descriptor binding); null when absent. Cached per version. */
    /** __iter__ and __next__ for Protocol.iterSlot/nextSlot, cached until the type changes. */
    final CachedSlot iterSlot = new CachedSlot("__iter__");
    final CachedSlot nextSlot = new CachedSlot("__next__");

    public PyObject lookup(String name) {
        PyObject r = cache.get(name);
        if (r == null) {
            r = lookupUncached(name);
            cache.put(name, r == null ? ABSENT : r);
            return r;
        }
        return r == ABSENT ? null : r;
    }

    private PyObject lookupUncached(String name) {
        for (PyType t : mro) {
            PyObject v = t.dict().getStr(name);
            if (v != null) return v;
        }
        return null;
    }

    /** The class in the MRO that defines {@code name}, or null. */
    public PyType definer(String name) {
        for (PyType t : mro) {
            if (t.dict().getStr(name) != null) return t;
        }
        return null;
    }

    private final HashMap<String, Boolean> overrides = new HashMap<>();

    /**
     * Whether {@code name} resolves to an attribute defined by a Python class (not by a built-in type) along
     * the MRO: what instances of built-in subclasses check before taking the built-in's fast path.
     */
    public boolean overrides(String name) {
        Boolean r = overrides.get(name);
        if (r == null) {
            r = false;
            for (PyType t : mro) {
                if (t.dict().getStr(name) != null) {
                    r = !t.builtin;
                    break;
                }
            }
            overrides.put(name, r);
        }
        return r;
    }

    /** Called after this type's namespace changed: invalidates caches here and in every subclass. */
    public void modified() {
        version = nextVersion++;
        cache.clear();
        overrides.clear();
        updateFlags();
        for (PyType s : subclasses()) s.modified();
    }

    void updateFlags() {
        if (builtin) return;
        customGetattribute = lookup("__getattribute__") != OBJECT.dict().getStr("__getattribute__");
        hasGetattr = lookup("__getattr__") != null;
        hasDel = lookup("__del__") != null;
        customSetattr = lookup("__setattr__") != OBJECT.dict().getStr("__setattr__")
                || lookup("__delattr__") != OBJECT.dict().getStr("__delattr__");
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT) return true;
        for (PyType t : mro) if (t == other) return true;
        return false;
    }

    /** {@code isinstance(o, self)} by type only (no __instancecheck__). */
    public boolean isInstance(PyObject o) {
        PyType t = o.type();
        return t == this || t.isSubtypeOf(this);
    }

    // ------------------------------------------------------------------ PyObject protocol

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (metatype != null) {
            PyObject call = metatype.lookup("__call__");
            if (call != null && call != TYPE.dict().getStr("__call__")) {
                return Protocol.callWithSelf(call, this, args, kwnames);
            }
        }
        return Instances.create(this, args, kwnames);
    }

    private int planVersion = -1;
    private PyFunction planInit;

    /**
     * The __init__ to call directly when instances are plain PyInstances made by object.__new__ and no metaclass
     * intervenes; null when the general protocol must run. Cached per version.
     */
    private PyFunction initPlan() {
        if (planVersion == version) return planInit;
        PyFunction p = null;
        if (!builtin && metatype == null && solidBase == OBJECT && lookup("__new__") == BuiltinSetup.OBJECT_NEW
                && lookup("__init__") instanceof PyFunction f) {
            p = f;
        }
        planInit = p;
        planVersion = version;
        return p;
    }

    private static PyObject checkInit(PyObject r, PyObject obj) {
        if (r != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '" + r.type().name + "'");
        return obj;
    }

    @Override
    public PyObject call0() {
        PyFunction init = initPlan();
        if (init != null) {
            PyInstance obj = PyInstance.make(this);
            return checkInit(init.call1(obj), obj);
        }
        return call(EMPTY, null);
    }

    @Override
    public PyObject call1(PyObject a) {
        if (this == TYPE && metatype == null) return a.type();
        PyFunction init = initPlan();
        if (init != null) {
            PyInstance obj = PyInstance.make(this);
            return checkInit(init.call2(obj, a), obj);
        }
        return call(new PyObject[] {a}, null);
    }

    @Override
    public PyObject call2(PyObject a, PyObject b) {
        PyFunction init = initPlan();
        if (init != null) {
            PyInstance obj = PyInstance.make(this);
            return checkInit(init.call3(obj, a, b), obj);
        }
        return call(new PyObject[] {a, b}, null);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyObject lookupAttr(String name) {
        return Attributes.typeGet(this, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        Attributes.typeSet(this, name, value);
    }

    @Override
    public void delAttr(String name) {
        Attributes.typeSet(this, name, null);
    }

    @Override
    public String repr() {
        if (metatype != null) {
            PyObject r = metatype.lookup("__repr__");
            if (r != null && r != TYPE.dict().getStr("__repr__")) return Protocol.reprSlot(this);
        }
        if ("builtins".equals(module)) return "<class '" + name + "'>";
        return "<class '" + module + "." + qualname + "'>";
    }

    @Override
    public String str() {
        if (metatype != null && metatype.overrides("__str__")) return Protocol.strSlot(this);
        return repr();
    }

    @Override
    public long hash() {
        return Protocol.identityHash(this);
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (metatype == null) {
            if (op == CompareOp.EQ) return PyBool.of(this == o);
            if (op == CompareOp.NE) return PyBool.of(this != o);
        }
        return super.richCompare(o, op);
    }

    @Override
    public PyObject or(PyObject o) {
        if (o instanceof PyType || o == PyNone.NONE) return UnionType.of(this, o);
        return super.or(o);
    }

    @Override
    public PyObject getItem(PyObject key) {
        // A metaclass's __getitem__ (Enum's Color["RED"]) comes before __class_getitem__.
        if (metatype != null && metatype.overrides("__getitem__")) return Protocol.getItemSlot(this, key);
        PyObject cg = lookup("__class_getitem__");
        if (cg != null) return Attributes.bindDescriptor(cg, null, this).call1(key);
        if (this == TYPE) return new GenericAlias(this, key);
        throw Errors.typeError("type '" + name + "' is not subscriptable");
    }

    @Override
    public boolean isTrue() {
        if (metatype != null && (metatype.overrides("__bool__") || metatype.overrides("__len__"))) {
            return Protocol.truth(this);
        }
        return true;
    }
}
