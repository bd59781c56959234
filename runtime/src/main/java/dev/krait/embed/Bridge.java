package dev.krait.embed;

import java.math.BigInteger;
import java.util.Iterator;

/**
 * The operations {@link PythonRuntime} performs on Python values of one runtime instance. Each runtime loads
 * Krait's runtime classes in a class loader of its own (so module state is per instance) and talks to them only
 * through this interface; Python values travel as opaque {@code Object} handles. Applications use
 * {@link PythonRuntime} and {@link PythonObject}, not this interface.
 */
public interface Bridge {
    /** Kinds of values that convert to Java types (see {@link PythonRuntime} for the rules). */
    enum Kind { NONE, BOOL, INT, FLOAT, STR, BYTES, LIST, TUPLE, DICT, SET, FROZENSET, OTHER }

    Kind kind(Object value);

    long asLong(Object value);

    /** The value of an int outside the long range. */
    BigInteger asBig(Object value);

    /** True when an int fits in a long. */
    boolean fitsLong(Object value);

    double asDouble(Object value);

    String asString(Object value);

    byte[] asBytes(Object value);

    boolean asBoolean(Object value);

    Object none();

    Object fromLong(long v);

    Object fromBig(BigInteger v);

    Object fromDouble(double v);

    Object fromString(String v);

    Object fromBytes(byte[] v);

    Object fromBoolean(boolean v);

    Object newList(Object[] items);

    Object newTuple(Object[] items);

    Object newDict(Object[] keys, Object[] values);

    Object newSet(Object[] items);

    /** Imports a module by its dotted name (compiled modules on the class path, then .py files on sys.path). */
    Object importModule(String name);

    /** A fresh module object registered in sys.modules under {@code name}. */
    Object newModule(String name);

    /** Compiles source text ("exec" or "eval" mode) to a code object; needs Krait's compiler on the class path. */
    Object compile(String source, String filename, String mode);

    /** Runs a code object with a module's namespace as globals; returns the value for "eval" code. */
    Object run(Object code, Object module);

    Object getAttr(Object obj, String name);

    /** The attribute or null when it does not exist. */
    Object lookupAttr(Object obj, String name);

    void setAttr(Object obj, String name, Object value);

    Object call(Object callable, Object[] args, String[] kwnames);

    Object getItem(Object obj, Object key);

    void setItem(Object obj, Object key, Object value);

    void delItem(Object obj, Object key);

    int len(Object obj);

    boolean contains(Object container, Object item);

    Iterator<Object> iterate(Object iterable);

    /** The names and values of a module's namespace, as handles (for script bindings). */
    Object[][] namespace(Object module);

    String str(Object obj);

    String repr(Object obj);

    String typeName(Object obj);

    boolean isCallable(Object obj);

    /** bool(obj). */
    boolean truth(Object obj);

    boolean equal(Object a, Object b);

    int hash(Object obj);

    /**
     * For a Python exception thrown by one of these calls: its type name, its formatted traceback and its
     * {@code args} handles; null for any other throwable.
     */
    Object[] describe(Throwable t);

    /** Flushes sys.stdout and sys.stderr of this runtime. */
    void flush();
}
