package dev.krait.runtime;

/** Factories for the Python exceptions the runtime raises, with CPython's messages. */
public final class Errors {
    private Errors() {}

    public static PyException make(PyType type, String msg) {
        return new PyBaseException(type, PyTuple.of(PyStr.of(msg))).toJava();
    }

    public static PyException make(PyType type, PyObject... args) {
        PyBaseException e = (PyBaseException) ExceptionMethods.construct(type, args, null);
        return e.toJava();
    }

    public static PyException typeError(String msg) {
        return make(ExceptionTypes.TYPE_ERROR, msg);
    }

    public static PyException valueError(String msg) {
        return make(ExceptionTypes.VALUE_ERROR, msg);
    }

    public static PyException indexError(String msg) {
        return make(ExceptionTypes.INDEX_ERROR, msg);
    }

    public static PyException keyError(PyObject key) {
        return make(ExceptionTypes.KEY_ERROR, key);
    }

    public static PyException keyError(String msg) {
        return make(ExceptionTypes.KEY_ERROR, msg);
    }

    public static PyException nameError(String name) {
        PyException e = make(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
        e.value.setAttrValue("name", PyStr.of(name));
        return e;
    }

    /** NameError raised by code whose globals are known (for the traceback's suggestion). */
    public static PyException nameError(String name, PyDict globals) {
        PyException e = nameError(name);
        e.value.suggestionGlobals = globals;
        return e;
    }

    public static PyException unboundLocal(String name) {
        return make(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    public static PyException unboundFree(String name) {
        return make(ExceptionTypes.NAME_ERROR,
                "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
    }

    public static PyException attributeError(String msg) {
        return make(ExceptionTypes.ATTRIBUTE_ERROR, msg);
    }

    /** AttributeError for a missing attribute, worded per kind of object as CPython does. */
    public static PyException noAttribute(PyObject o, String name) {
        String msg;
        if (o instanceof PyModule m) {
            msg = "module '" + m.name() + "' has no attribute '" + name + "'";
        } else if (o instanceof PyType t) {
            msg = "type object '" + t.name + "' has no attribute '" + name + "'";
        } else {
            msg = "'" + o.type().name + "' object has no attribute '" + name + "'";
        }
        PyException e = attributeError(msg);
        e.value.setAttrValue("name", PyStr.of(name));
        e.value.setAttrValue("obj", o);
        return e;
    }

    public static PyException zeroDivision(String msg) {
        return make(ExceptionTypes.ZERO_DIVISION_ERROR, msg);
    }

    public static PyException overflowError(String msg) {
        return make(ExceptionTypes.OVERFLOW_ERROR, msg);
    }

    public static PyException notImplementedError(String msg) {
        return make(ExceptionTypes.NOT_IMPLEMENTED_ERROR, msg);
    }

    public static PyException runtimeError(String msg) {
        return make(ExceptionTypes.RUNTIME_ERROR, msg);
    }

    public static PyException memoryError() {
        return new PyBaseException(ExceptionTypes.MEMORY_ERROR, PyTuple.EMPTY).toJava();
    }

    public static PyException recursionError() {
        return make(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    public static PyException stopIteration(PyObject value) {
        return value == null ? new PyBaseException(ExceptionTypes.STOP_ITERATION, PyTuple.EMPTY).toJava()
                : make(ExceptionTypes.STOP_ITERATION, value);
    }

    public static PyException unhashable(PyObject o) {
        return typeError("unhashable type: '" + o.type().name + "'");
    }

    public static PyException notIterable(PyObject o) {
        return typeError("'" + o.type().name + "' object is not iterable");
    }

    public static PyException notCallable(PyObject o) {
        return typeError("'" + o.type().name + "' object is not callable");
    }

    public static PyException osError(PyType type, int errno, String strerror, String filename) {
        PyObject[] args = filename == null ? new PyObject[] {PyInt.of(errno), PyStr.of(strerror)}
                : new PyObject[] {PyInt.of(errno), PyStr.of(strerror), PyStr.of(filename)};
        return make(type, args);
    }

    /**
     * The Python exception for any throwable reaching compiled code's handlers: a PyException as is, a stack
     * overflow as RecursionError, other JVM errors as the closest Python exception (never a Java trace).
     */
    public static PyException fromJava(Throwable t) {
        if (t instanceof PyException p) return p;
        if (t instanceof StackOverflowError) return recursionError();
        if (t instanceof OutOfMemoryError) return memoryError();
        if (t instanceof ArithmeticException) return zeroDivision(String.valueOf(t.getMessage()));
        if (t instanceof java.io.UncheckedIOException u) return osError(ExceptionTypes.OS_ERROR, 5, String.valueOf(u.getMessage()), null);
        if (t instanceof InterruptedException) return make(ExceptionTypes.KEYBOARD_INTERRUPT, PyObject.EMPTY);
        return make(ExceptionTypes.SYSTEM_ERROR, "internal error: " + t);
    }
}
