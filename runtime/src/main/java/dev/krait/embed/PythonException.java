package dev.krait.embed;

import java.util.List;

/**
 * A Python exception that reached Java code: its message is the Python traceback (as python3 prints it), and it
 * exposes the exception's type name and its {@code args} converted by {@link PythonRuntime}'s rules.
 */
public final class PythonException extends RuntimeException {
    private final String typeName;
    private final transient List<Object> args;

    PythonException(String typeName, String traceback, List<Object> args) {
        super(traceback, null, false, false);
        this.typeName = typeName;
        this.args = args;
    }

    /** The Python type's name, e.g. {@code "ValueError"} or the name of a class defined in Python. */
    public String typeName() {
        return typeName;
    }

    /** The exception's {@code args}, converted to Java values. */
    public List<Object> args() {
        return args;
    }
}
