package dev.krait.runtime;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Python uses Java: {@code import java.util} and {@code from java.lang import Math} give packages and classes of
 * the class path. Classes construct instances and expose static methods and fields; instances expose their
 * methods and fields, and Java collections and arrays work with len, indexing, iteration and {@code in}. An
 * overload is chosen by arity and then by how well the arguments convert (a TypeError lists the candidates when
 * none fits); Python callables become functional interfaces; Java exceptions arrive as Python exceptions whose
 * types mirror the Java class hierarchy, so {@code except java.io.IOException} works.
 */
public final class JavaInterop {
    private JavaInterop() {}

    /** True for module names that are Java packages (java.*, javax.*). */
    static boolean isJavaPackage(String name) {
        return name.equals("java") || name.equals("javax") || name.startsWith("java.") || name.startsWith("javax.");
    }

    // ------------------------------------------------------------------ packages

    static final PyType PACKAGE = new PyType("JavaPackage", PyType.OBJECT, JavaPackage.class, t -> {});

    /** A Java package: attributes are its classes and subpackages, found on demand. */
    static final class JavaPackage extends PyObject {
        final String name;
        private final Map<String, PyObject> members = new ConcurrentHashMap<>();

        JavaPackage(String name) {
            this.name = name;
        }

        @Override
        public PyType type() {
            return PACKAGE;
        }

        @Override
        public PyObject lookupAttr(String attr) {
            switch (attr) {
                case "__name__":
                    return PyStr.of(name);
                case "__path__":
                    return new PyList();
                case "__package__":
                    return PyStr.of(name);
                default:
                    break;
            }
            if (attr.startsWith("__")) return super.lookupAttr(attr);
            PyObject m = members.get(attr);
            if (m != null) return m;
            Class<?> c = findClass(name + "." + attr);
            m = c != null ? classObject(c) : packageObject(name + "." + attr);
            members.put(attr, m);
            return m;
        }

        @Override
        public void setAttr(String attr, PyObject value) {
            members.put(attr, value);
        }

        @Override
        public String repr() {
            return "<java package '" + name + "'>";
        }
    }

    static PyObject packageObject(String name) {
        PyObject m = Sys.MODULES.getStr(name);
        if (m != null) return m;
        JavaPackage p = new JavaPackage(name);
        Sys.MODULES.setStr(name, p);
        return p;
    }

    private static Class<?> findClass(String name) {
        try {
            return Class.forName(name, false, Importer.classLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ classes

    private static final Map<Class<?>, PyObject> CLASSES = new ConcurrentHashMap<>();

    /** The Python face of a Java class: an exception type for Throwables, else a JavaClass. */
    static PyObject classObject(Class<?> c) {
        PyObject o = CLASSES.get(c);
        if (o == null) {
            o = Throwable.class.isAssignableFrom(c) ? exceptionType(c) : new JavaClass(c);
            PyObject prev = CLASSES.putIfAbsent(c, o);
            if (prev != null) o = prev;
        }
        return o;
    }

    static final PyType CLASS = new PyType("JavaClass", PyType.OBJECT, JavaClass.class, t -> {
        t.method("__repr__", (Fn.F1) s -> PyStr.of(s.repr()));
        t.method("__instancecheck__", (Fn.F2) (s, o) -> {
            Class<?> c = ((JavaClass) s).cls;
            return PyBool.of(o instanceof JavaObject j ? c.isInstance(j.obj) : c.isInterface() && implementsInterface(o, c));
        });
    });

    /** A Java class: calling it constructs an instance; attributes are static fields and methods. */
    static final class JavaClass extends PyObject {
        final Class<?> cls;

        JavaClass(Class<?> cls) {
            this.cls = cls;
        }

        @Override
        public PyType type() {
            return CLASS;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            if (kwnames != null && kwnames.length > 0) throw Errors.typeError(cls.getName() + "() takes no keyword arguments");
            if (cls.isInterface()) throw Errors.typeError("cannot instantiate interface " + cls.getName());
            JavaOverloads cs = constructors;
            if (cs == null) constructors = cs = new JavaOverloads(List.of(cls.getConstructors()), cls.getName());
            return cs.call(null, args);
        }

        private PyType marker;
        private JavaOverloads constructors;
        /** Static methods by name, each one object that keeps its call cache across lookups. */
        private final Map<String, JavaMethod> statics = new ConcurrentHashMap<>();

        /** The Python class standing for this Java interface among a Python class's bases (class Task(Runnable)). */
        synchronized PyType marker() {
            if (marker == null) {
                PyDict ns = new PyDict();
                ns.setStr("__module__", PyStr.of(cls.getPackageName()));
                ns.setStr("__java_interface__", this);
                marker = (PyType) PyType.TYPE.call(new PyObject[] {PyStr.of(cls.getSimpleName()),
                    PyTuple.of(PyType.OBJECT), ns}, null);
            }
            return marker;
        }

        @Override
        public PyObject lookupAttr(String name) {
            if (name.equals("__name__")) return PyStr.of(cls.getSimpleName());
            if (name.equals("__mro_entries__")) {
                if (!cls.isInterface()) return null;
                return new PyBuiltinFunction("__mro_entries__", (Fn.F1) bases -> PyTuple.of(marker()));
            }
            if (name.equals("__qualname__")) return PyStr.of(cls.getName());
            JavaMethod cached = statics.get(name);
            if (cached != null) return cached;
            JavaOverloads ms = methods(cls, true).get(name);
            if (ms != null) {
                JavaMethod jm = new JavaMethod(ms, null);
                statics.put(name, jm);
                return jm;
            }
            try {
                Field f = cls.getField(name);
                if (Modifier.isStatic(f.getModifiers())) return toPython(f.get(null));
            } catch (NoSuchFieldException | IllegalAccessException e) {
                // Not a public static field.
            }
            for (Class<?> inner : cls.getClasses()) if (inner.getSimpleName().equals(name)) return classObject(inner);
            return super.lookupAttr(name);
        }

        @Override
        public void setAttr(String name, PyObject value) {
            try {
                Field f = cls.getField(name);
                if (Modifier.isStatic(f.getModifiers())) {
                    f.set(null, toJava(value, f.getType()));
                    return;
                }
            } catch (NoSuchFieldException | IllegalAccessException e) {
                // Fall through to the AttributeError.
            }
            throw Errors.attributeError("Java class '" + cls.getName() + "' has no settable static field '" + name + "'");
        }

        @Override
        public String repr() {
            return "<java class '" + cls.getName() + "'>";
        }

        @Override
        public boolean isCallable() {
            return true;
        }
    }

    // ------------------------------------------------------------------ instances

    static final PyType OBJECT = new PyType("JavaObject", PyType.OBJECT, JavaObject.class, t -> {
        BuiltinSetup.containerDunders(t);
        t.method("__setitem__", (Fn.F3) (s, k, v) -> {
            s.setItem(k, v);
            return PyNone.NONE;
        });
        t.method("__str__", (Fn.F1) s -> PyStr.of(s.str()));
        t.method("__eq__", (Fn.F2) (s, o) -> PyBool.of(s.equalsPy(o)));
        t.method("__hash__", (Fn.F1) s -> PyInt.of(s.hash()));
    });

    /** A Java object held by Python code. */
    static final class JavaObject extends PyObject {
        final Object obj;

        JavaObject(Object obj) {
            this.obj = obj;
        }

        @Override
        public PyType type() {
            return OBJECT;
        }

        @Override
        public PyObject lookupAttr(String name) {
            JavaOverloads ms = methods(obj.getClass(), false).get(name);
            if (ms != null) return new JavaMethod(ms, obj);
            try {
                Field f = obj.getClass().getField(name);
                return toPython(f.get(Modifier.isStatic(f.getModifiers()) ? null : obj));
            } catch (NoSuchFieldException | IllegalAccessException e) {
                return super.lookupAttr(name);
            }
        }

        @Override
        public void setAttr(String name, PyObject value) {
            try {
                Field f = obj.getClass().getField(name);
                f.set(obj, toJava(value, f.getType()));
            } catch (NoSuchFieldException | IllegalAccessException e) {
                throw Errors.attributeError("'" + obj.getClass().getName() + "' object has no field '" + name + "'");
            }
        }

        @Override
        public int len() {
            if (obj instanceof java.util.Collection<?> c) return c.size();
            if (obj instanceof Map<?, ?> m) return m.size();
            if (obj.getClass().isArray()) return java.lang.reflect.Array.getLength(obj);
            if (obj instanceof CharSequence s) return s.length();
            throw Errors.typeError("object of type '" + obj.getClass().getName() + "' has no len()");
        }

        @Override
        public PyObject getItem(PyObject key) {
            if (obj instanceof List<?> l) return toPython(l.get(index(key, l.size())));
            if (obj instanceof Map<?, ?> m) {
                Object k = toJava(key, Object.class);
                if (!m.containsKey(k)) throw Errors.keyError(key);
                return toPython(m.get(k));
            }
            if (obj.getClass().isArray()) {
                return toPython(java.lang.reflect.Array.get(obj, index(key, java.lang.reflect.Array.getLength(obj))));
            }
            throw Errors.typeError("'" + obj.getClass().getName() + "' object is not subscriptable");
        }

        @Override
        @SuppressWarnings("unchecked")
        public void setItem(PyObject key, PyObject value) {
            if (obj instanceof List<?> l) {
                ((List<Object>) l).set(index(key, l.size()), toJava(value, Object.class));
            } else if (obj instanceof Map<?, ?> m) {
                ((Map<Object, Object>) m).put(toJava(key, Object.class), toJava(value, Object.class));
            } else if (obj.getClass().isArray()) {
                int i = index(key, java.lang.reflect.Array.getLength(obj));
                java.lang.reflect.Array.set(obj, i, toJava(value, obj.getClass().getComponentType()));
            } else {
                throw Errors.typeError("'" + obj.getClass().getName() + "' object does not support item assignment");
            }
        }

        private static int index(PyObject key, int n) {
            long i = Protocol.index(key);
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Errors.make(ExceptionTypes.INDEX_ERROR, "index out of range");
            return (int) i;
        }

        @Override
        public boolean contains(PyObject o) {
            Object v = toJava(o, Object.class);
            if (obj instanceof java.util.Collection<?> c) return c.contains(v);
            if (obj instanceof Map<?, ?> m) return m.containsKey(v);
            PyObject it = iter();
            for (PyObject x = it.next(); x != null; x = it.next()) if (x.equalsPy(o)) return true;
            return false;
        }

        @Override
        public PyObject iter() {
            java.util.Iterator<?> it;
            if (obj instanceof Iterable<?> i) it = i.iterator();
            else if (obj instanceof Map<?, ?> m) it = m.keySet().iterator();
            else if (obj instanceof java.util.Iterator<?> i) it = i;
            else if (obj.getClass().isArray()) {
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < java.lang.reflect.Array.getLength(obj); i++) items.add(java.lang.reflect.Array.get(obj, i));
                it = items.iterator();
            } else {
                throw Errors.typeError("'" + obj.getClass().getName() + "' object is not iterable");
            }
            java.util.Iterator<?> source = it;
            return new JavaIterator(source);
        }

        @Override
        public boolean equalsPy(PyObject o) {
            return o instanceof JavaObject j && java.util.Objects.equals(obj, j.obj);
        }

        @Override
        public PyObject eq(PyObject o) {
            return PyBool.of(equalsPy(o));
        }

        @Override
        public long hash() {
            return obj.hashCode();
        }

        @Override
        public String str() {
            return String.valueOf(obj);
        }

        @Override
        public String repr() {
            return "<java object '" + obj.getClass().getName() + "': " + obj + ">";
        }

        @Override
        public boolean isTrue() {
            if (obj instanceof java.util.Collection<?> c) return !c.isEmpty();
            if (obj instanceof Map<?, ?> m) return !m.isEmpty();
            return true;
        }

        @Override
        public boolean isCallable() {
            return false;
        }
    }

    static final PyType ITERATOR = new PyType("JavaIterator", PyType.OBJECT, JavaIterator.class, t -> {
        t.method("__iter__", (Fn.F1) s -> s);
        t.method("__next__", (Fn.F1) s -> {
            PyObject v = s.next();
            if (v == null) throw Errors.make(ExceptionTypes.STOP_ITERATION, PyObject.EMPTY);
            return v;
        });
    });

    static final class JavaIterator extends PyObject {
        private final java.util.Iterator<?> it;

        JavaIterator(java.util.Iterator<?> it) {
            this.it = it;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            return it.hasNext() ? toPython(it.next()) : null;
        }
    }

    // ------------------------------------------------------------------ methods and calls

    private static final Map<Class<?>, Map<String, JavaOverloads>> METHODS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Map<String, JavaOverloads>> STATIC_METHODS = new ConcurrentHashMap<>();

    /** A class's public methods (or only its static ones) by name, computed once per class. */
    private static Map<String, JavaOverloads> methods(Class<?> c, boolean statics) {
        return (statics ? STATIC_METHODS : METHODS).computeIfAbsent(c, k -> {
            Map<String, List<Method>> byName = new java.util.HashMap<>();
            for (Method x : k.getMethods()) {
                if (!Modifier.isPublic(x.getDeclaringClass().getModifiers())) continue;
                if (statics && !Modifier.isStatic(x.getModifiers())) continue;
                byName.computeIfAbsent(x.getName(), n -> new ArrayList<>()).add(x);
            }
            Map<String, JavaOverloads> m = new java.util.HashMap<>();
            byName.forEach((n, ms) -> m.put(n, new JavaOverloads(ms, k.getName() + "." + n)));
            return m;
        });
    }

    static final PyType METHOD = new PyType("JavaMethod", PyType.OBJECT, JavaMethod.class, t -> {
        t.method("__repr__", (Fn.F1) s -> PyStr.of(s.repr()));
    });

    /** The overloads of one method name, bound to a receiver (null for static methods). */
    static final class JavaMethod extends PyObject {
        private final JavaOverloads overloads;
        private final Object receiver;

        JavaMethod(JavaOverloads overloads, Object receiver) {
            this.overloads = overloads;
            this.receiver = receiver;
        }

        @Override
        public PyType type() {
            return METHOD;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            if (kwnames != null && kwnames.length > 0) {
                throw Errors.typeError(overloads.name + "() takes no keyword arguments");
            }
            return overloads.call(receiver, args);
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        @Override
        public String repr() {
            return "<java method '" + overloads.name + "'>";
        }
    }

    /** 0 for an exact fit, higher for conversions, -1 when the value does not convert to the type. */
    static int score(Class<?> t, PyObject v) {
        if (v instanceof JavaObject j) return t.isInstance(j.obj) ? 0 : -1;
        if (v == PyNone.NONE) return t.isPrimitive() ? -1 : 5;
        if (v instanceof PyBool) return t == boolean.class || t == Boolean.class ? 0 : t == Object.class ? 3 : -1;
        if (v instanceof PyInt i) {
            if (t == long.class || t == Long.class) return i.isBig() ? -1 : 0;
            if (t == int.class || t == Integer.class) return i.isBig() || i.v != (int) i.v ? -1 : 1;
            if (t == short.class || t == Short.class) return i.isBig() || i.v != (short) i.v ? -1 : 2;
            if (t == byte.class || t == Byte.class) return i.isBig() || i.v != (byte) i.v ? -1 : 3;
            if (t == double.class || t == Double.class || t == float.class || t == Float.class) return 4;
            if (t == BigInteger.class) return 1;
            return t == Object.class || t == Number.class ? 6 : -1;
        }
        if (v instanceof PyFloat) {
            if (t == double.class || t == Double.class) return 0;
            if (t == float.class || t == Float.class) return 1;
            return t == Object.class || t == Number.class ? 6 : -1;
        }
        if (v instanceof PyStr s) {
            if (t == String.class) return 0;
            if (t == CharSequence.class) return 1;
            if ((t == char.class || t == Character.class) && s.value().length() == 1) return 2;
            return t == Object.class ? 6 : -1;
        }
        if (v instanceof PyBytes) return t == byte[].class ? 0 : t == Object.class ? 6 : -1;
        if (v instanceof PyList || v instanceof PyTuple) {
            if (t == List.class || t == java.util.Collection.class || t == Iterable.class) return 2;
            if (t.isArray()) return 3;
            return t == Object.class ? 6 : -1;
        }
        if (v instanceof PyDict) return t == Map.class ? 2 : t == Object.class ? 6 : -1;
        if (v instanceof PySet) return t == java.util.Set.class || t == java.util.Collection.class ? 2 : t == Object.class ? 6 : -1;
        if (t.isInterface() && implementsInterface(v, t)) return 1;
        if (v.isCallable() && t.isInterface() && functionalMethod(t) != null) return 3;
        return t == Object.class ? 8 : -1;
    }

    /** The single abstract method of a functional interface, or null. */
    private static Method functionalMethod(Class<?> t) {
        Method found = null;
        for (Method m : t.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers())) continue;
            if (isObjectMethod(m)) continue;
            if (found != null) return null;
            found = m;
        }
        return found;
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ conversions

    /** A Python value as a Java value of the given type (after score() said it fits). */
    static Object toJava(PyObject v, Class<?> t) {
        if (v instanceof JavaObject j) return j.obj;
        if (v == PyNone.NONE) return null;
        if (v instanceof PyBool) return v == PyBool.TRUE;
        if (v instanceof PyInt i) {
            if (t == int.class || t == Integer.class) return (int) i.v;
            if (t == short.class || t == Short.class) return (short) i.v;
            if (t == byte.class || t == Byte.class) return (byte) i.v;
            if (t == double.class || t == Double.class) return i.toDouble();
            if (t == float.class || t == Float.class) return (float) i.toDouble();
            if (t == BigInteger.class || i.isBig()) return i.isBig() ? i.big : BigInteger.valueOf(i.v);
            return i.v;
        }
        if (v instanceof PyFloat f) return t == float.class || t == Float.class ? (Object) (float) f.v : (Object) f.v;
        if (v instanceof PyStr s) return t == char.class || t == Character.class ? (Object) s.value().charAt(0) : s.value();
        if (v instanceof PyBytes b) return b.value.clone();
        if (v instanceof PyList || v instanceof PyTuple) {
            List<Object> items = new ArrayList<>();
            PyObject it = v.iter();
            Class<?> comp = t.isArray() ? t.getComponentType() : Object.class;
            for (PyObject x = it.next(); x != null; x = it.next()) items.add(toJava(x, comp));
            if (t.isArray()) {
                Object arr = java.lang.reflect.Array.newInstance(comp, items.size());
                for (int i = 0; i < items.size(); i++) java.lang.reflect.Array.set(arr, i, items.get(i));
                return arr;
            }
            return items;
        }
        if (v instanceof PyDict d) {
            Map<Object, Object> m = new java.util.LinkedHashMap<>();
            PyObject it = d.iter();
            for (PyObject k = it.next(); k != null; k = it.next()) m.put(toJava(k, Object.class), toJava(d.getItem(k), Object.class));
            return m;
        }
        if (v instanceof PySet s) {
            java.util.Set<Object> r = new java.util.LinkedHashSet<>();
            PyObject it = s.iter();
            for (PyObject k = it.next(); k != null; k = it.next()) r.add(toJava(k, Object.class));
            return r;
        }
        if (t.isInterface() && implementsInterface(v, t)) return implementation(v, t);
        if (v.isCallable() && t.isInterface()) return functional(v, t);
        if (t == Object.class) {
            for (PyType base : v.type().mro()) {
                if (base.dict().getStr("__java_interface__") instanceof JavaClass jc) return implementation(v, jc.cls);
            }
        }
        return v;
    }

    /** True when the object's class has a Java interface among its bases that is (or extends) t. */
    private static boolean implementsInterface(PyObject v, Class<?> t) {
        for (PyType base : v.type().mro()) {
            if (base.dict().getStr("__java_interface__") instanceof JavaClass jc && t.isAssignableFrom(jc.cls)) return true;
        }
        return false;
    }

    /** A Python object whose class implements Java interfaces, seen from Java: calls go to its methods. */
    private static Object implementation(PyObject v, Class<?> t) {
        List<Class<?>> ifaces = new ArrayList<>();
        for (PyType base : v.type().mro()) {
            if (base.dict().getStr("__java_interface__") instanceof JavaClass jc) ifaces.add(jc.cls);
        }
        if (!ifaces.contains(t)) ifaces.add(t);
        return Proxy.newProxyInstance(JavaInterop.class.getClassLoader(), ifaces.toArray(new Class<?>[0]), (proxy, m, a) -> {
            PyObject method = v.lookupAttr(m.getName());
            if (method == null) {
                if (m.getDeclaringClass() == Object.class) {
                    return switch (m.getName()) {
                        case "equals" -> proxy == a[0];
                        case "hashCode" -> System.identityHashCode(v);
                        default -> v.str();
                    };
                }
                if (m.isDefault()) return java.lang.reflect.InvocationHandler.invokeDefault(proxy, m, a);
                throw new UnsupportedOperationException(v.type().name() + " has no method " + m.getName());
            }
            PyObject[] pa = new PyObject[a == null ? 0 : a.length];
            for (int i = 0; i < pa.length; i++) pa[i] = toPython(a[i]);
            PyObject r = method.call(pa, null);
            return m.getReturnType() == void.class ? null : toJava(r, m.getReturnType());
        });
    }

    /** A Python callable as an implementation of a functional interface. */
    private static Object functional(PyObject fn, Class<?> iface) {
        Method sam = functionalMethod(iface);
        return Proxy.newProxyInstance(iface.getClassLoader() == null ? JavaInterop.class.getClassLoader()
                : iface.getClassLoader(), new Class<?>[] {iface}, (proxy, m, a) -> {
                    if (m.getDeclaringClass() == Object.class) {
                        return switch (m.getName()) {
                            case "equals" -> proxy == a[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "Python " + iface.getSimpleName();
                        };
                    }
                    if (m.isDefault()) return java.lang.reflect.InvocationHandler.invokeDefault(proxy, m, a);
                    PyObject[] pa = new PyObject[a == null ? 0 : a.length];
                    for (int i = 0; i < pa.length; i++) pa[i] = toPython(a[i]);
                    PyObject r = fn.call(pa, null);
                    Class<?> rt = sam.getReturnType();
                    return rt == void.class ? null : toJava(r, rt);
                });
    }

    /** A Java value as a Python value: numbers, strings and booleans convert; anything else is wrapped. */
    static PyObject toPython(Object o) {
        if (o == null) return PyNone.NONE;
        if (o instanceof Boolean b) return PyBool.of(b);
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return PyInt.of(((Number) o).longValue());
        }
        if (o instanceof BigInteger b) return PyInt.of(b);
        if (o instanceof Double || o instanceof Float) return new PyFloat(((Number) o).doubleValue());
        if (o instanceof String s) return PyStr.of(s);
        if (o instanceof Character c) return PyStr.of(c.toString());
        if (o instanceof Class<?> c) return classObject(c);
        return new JavaObject(o);
    }

    // ------------------------------------------------------------------ exceptions

    /** The Python exception type mirroring a Java Throwable class (its superclass's type as base). */
    private static PyType exceptionType(Class<?> c) {
        PyType base;
        if (c == Throwable.class || c == Exception.class) {
            base = ExceptionTypes.EXCEPTION;
        } else {
            PyObject parent = classObject(c.getSuperclass());
            base = parent instanceof PyType t ? t : ExceptionTypes.EXCEPTION;
        }
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of(c.getPackageName()));
        ns.setStr("__qualname__", PyStr.of(c.getSimpleName()));
        PyType t = (PyType) PyType.TYPE.call(new PyObject[] {PyStr.of(c.getSimpleName()), PyTuple.of(base), ns}, null);
        return t;
    }

    /** A Java exception thrown into Python code. */
    static PyException javaException(Throwable t) {
        if (t instanceof PyException p) return p;
        PyType type = (PyType) classObject(t.getClass());
        PyObject e = type.call(new PyObject[] {PyStr.of(String.valueOf(t.getMessage()))}, null);
        e.setAttr("java_exception", new JavaObject(t));
        return Rt.raise(e, null);
    }
}
