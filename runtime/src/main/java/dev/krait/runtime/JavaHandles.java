package dev.krait.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Method handles that call a Java method with Python arguments: each parameter's conversion from PyObject and
 * the result's conversion back are composed into the handle, so primitives never get boxed on the way. Built
 * once per overload (JavaOverloads), used after the overload choice has checked that the arguments fit.
 */
final class JavaHandles {
    private JavaHandles() {}

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodType CALL = MethodType.methodType(PyObject.class, Object.class, PyObject[].class);

    /** The handle (receiver, PyObject[] args) -> PyObject for a method, or null when it cannot be made. */
    static MethodHandle direct(Method m, Class<?>[] params) {
        try {
            MethodHandle mh = MethodHandles.publicLookup().unreflect(m);
            boolean isStatic = Modifier.isStatic(m.getModifiers());
            int first = isStatic ? 0 : 1;
            MethodHandle[] filters = new MethodHandle[params.length];
            for (int i = 0; i < params.length; i++) filters[i] = fromPython(params[i]);
            mh = MethodHandles.filterArguments(mh, first, filters);
            mh = toPython(mh, m.getReturnType());
            if (isStatic) mh = MethodHandles.dropArguments(mh, 0, Object.class);
            mh = mh.asType(mh.type().changeParameterType(0, Object.class));
            return mh.asSpreader(PyObject[].class, params.length).asType(CALL);
        } catch (ReflectiveOperationException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    private static MethodHandle fromPython(Class<?> t) throws ReflectiveOperationException {
        if (t == long.class) return find("asLong", long.class);
        if (t == int.class) return find("asInt", int.class);
        if (t == double.class) return find("asDouble", double.class);
        if (t == boolean.class) return find("asBoolean", boolean.class);
        if (t == String.class) return find("asString", String.class);
        MethodHandle general = LOOKUP.findStatic(JavaInterop.class, "toJava",
                MethodType.methodType(Object.class, PyObject.class, Class.class));
        return MethodHandles.insertArguments(general, 1, t).asType(MethodType.methodType(t, PyObject.class));
    }

    private static MethodHandle find(String name, Class<?> result) throws ReflectiveOperationException {
        return LOOKUP.findStatic(JavaHandles.class, name, MethodType.methodType(result, PyObject.class));
    }

    private static MethodHandle toPython(MethodHandle mh, Class<?> r) throws ReflectiveOperationException {
        if (r == void.class) {
            return MethodHandles.filterReturnValue(mh, MethodHandles.constant(PyObject.class, PyNone.NONE));
        }
        MethodHandle conv;
        if (r == long.class || r == int.class || r == short.class || r == byte.class) {
            conv = LOOKUP.findStatic(PyInt.class, "of", MethodType.methodType(PyInt.class, long.class));
        } else if (r == double.class || r == float.class) {
            conv = LOOKUP.findStatic(JavaHandles.class, "ofDouble", MethodType.methodType(PyObject.class, double.class));
        } else if (r == boolean.class) {
            conv = LOOKUP.findStatic(PyBool.class, "of", MethodType.methodType(PyBool.class, boolean.class));
        } else {
            conv = LOOKUP.findStatic(JavaInterop.class, "toPython", MethodType.methodType(PyObject.class, Object.class));
        }
        conv = conv.asType(MethodType.methodType(PyObject.class, r));
        return MethodHandles.filterReturnValue(mh, conv);
    }

    // The conversions, for arguments the overload choice has accepted (score() >= 0 for the parameter type).

    static long asLong(PyObject v) {
        return ((PyInt) v).v;
    }

    static int asInt(PyObject v) {
        return (int) ((PyInt) v).v;
    }

    static double asDouble(PyObject v) {
        return v instanceof PyFloat f ? f.v : ((PyInt) v).toDouble();
    }

    static boolean asBoolean(PyObject v) {
        return v == PyBool.TRUE;
    }

    static String asString(PyObject v) {
        return v == PyNone.NONE ? null : ((PyStr) v).value();
    }

    static PyObject ofDouble(double d) {
        return new PyFloat(d);
    }
}
