package dev.krait.runtime;

/**
 * The Java throwable that carries a Python exception through the JVM. It is created without a stack trace
 * (no JVM stack walk), once per Python exception object, so raising is cheap; the Python traceback is built
 * while unwinding by the compiled code's handlers.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;
    /**
     * Set by a re-raise (bare {@code raise}, the end of a {@code finally} or {@code with}): the next handler must not
     * add a traceback entry for the frame that re-raised, because the exception already has one.
     */
    public boolean reraised;

    PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** Whether the exception is an instance of {@code type} (for {@code except type:}). */
    public boolean matches(PyType type) {
        return value.type.isSubtypeOf(type);
    }

    public PyType pyType() {
        return value.type;
    }

    @Override
    public String getMessage() {
        return value.type.name + ": " + value.str();
    }
}
