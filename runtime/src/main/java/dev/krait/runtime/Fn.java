package dev.krait.runtime;

/** Java implementations of built-in functions and methods, by arity (a method's self is its first argument). */
public final class Fn {
    private Fn() {}

    @FunctionalInterface
    public interface F0 {
        PyObject call();
    }

    @FunctionalInterface
    public interface F1 {
        PyObject call(PyObject a);
    }

    @FunctionalInterface
    public interface F2 {
        PyObject call(PyObject a, PyObject b);
    }

    @FunctionalInterface
    public interface F3 {
        PyObject call(PyObject a, PyObject b, PyObject c);
    }

    @FunctionalInterface
    public interface F4 {
        PyObject call(PyObject a, PyObject b, PyObject c, PyObject d);
    }

    /** Any arguments: positional then keyword values, with kwnames naming the trailing ones (or null). */
    @FunctionalInterface
    public interface FV {
        PyObject call(PyObject[] args, String[] kwnames);
    }
}
