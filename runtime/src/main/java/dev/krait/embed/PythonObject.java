package dev.krait.embed;

import java.util.Iterator;
import java.util.Map;

/**
 * A Python value held by Java code: a module, a function, an instance, or any value without a Java counterpart
 * (see {@link PythonRuntime} for the conversion rules). Its operations run Python code in the runtime it came
 * from; a Python exception surfaces as a {@link PythonException}.
 */
public final class PythonObject implements Iterable<Object> {
    final PythonRuntime runtime;
    final Object handle;

    PythonObject(PythonRuntime runtime, Object handle) {
        this.runtime = runtime;
        this.handle = handle;
    }

    /** {@code getattr(obj, name)}, converted to Java. */
    public Object get(String name) {
        return runtime.guard(() -> runtime.toJava(runtime.bridge.getAttr(handle, name)));
    }

    /** {@code getattr(obj, name)} kept as a Python value. */
    public PythonObject getObject(String name) {
        return runtime.guard(() -> new PythonObject(runtime, runtime.bridge.getAttr(handle, name)));
    }

    /** {@code hasattr(obj, name)}. */
    public boolean has(String name) {
        return runtime.guard(() -> runtime.bridge.lookupAttr(handle, name) != null);
    }

    /** {@code setattr(obj, name, value)}, the value converted to Python. */
    public void set(String name, Object value) {
        runtime.guard(() -> {
            runtime.bridge.setAttr(handle, name, runtime.toPython(value));
            return null;
        });
    }

    /** Calls this object with positional arguments; returns the result converted to Java. */
    public Object call(Object... args) {
        return callWith(args, Map.of());
    }

    /** Calls this object with positional and keyword arguments. */
    public Object callWith(Object[] args, Map<String, ?> kwargs) {
        return runtime.guard(() -> runtime.toJava(rawCall(args, kwargs)));
    }

    /** Calls this object and keeps the result as a Python value (e.g. to create an instance of a class). */
    public PythonObject callObject(Object... args) {
        return runtime.guard(() -> new PythonObject(runtime, rawCall(args, Map.of())));
    }

    /** Calls the method {@code name} with positional arguments: {@code obj.name(*args)}. */
    public Object invoke(String name, Object... args) {
        return runtime.guard(() -> {
            Object m = runtime.bridge.getAttr(handle, name);
            return runtime.toJava(runtime.bridge.call(m, runtime.toPythonAll(args), null));
        });
    }

    private Object rawCall(Object[] args, Map<String, ?> kwargs) {
        if (kwargs.isEmpty()) return runtime.bridge.call(handle, runtime.toPythonAll(args), null);
        Object[] all = new Object[args.length + kwargs.size()];
        String[] names = new String[kwargs.size()];
        for (int i = 0; i < args.length; i++) all[i] = runtime.toPython(args[i]);
        int j = 0;
        for (Map.Entry<String, ?> e : kwargs.entrySet()) {
            names[j] = e.getKey();
            all[args.length + j++] = runtime.toPython(e.getValue());
        }
        return runtime.bridge.call(handle, all, names);
    }

    /** Iterates the object as Python's {@code for} does, each item converted to Java. */
    @Override
    public Iterator<Object> iterator() {
        Iterator<Object> it = runtime.guard(() -> runtime.bridge.iterate(handle));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return runtime.guard(it::hasNext);
            }

            @Override
            public Object next() {
                return runtime.guard(() -> runtime.toJava(it.next()));
            }
        };
    }

    /**
     * This value as a Java long: an int (or a bool) that fits; OverflowError and TypeError as CPython's C API
     * reports them otherwise ("Python int too large to convert to C long", "'NoneType' object cannot be
     * interpreted as an integer").
     */
    public long toLong() {
        Object v = runtime.toJava(handle);
        if (v instanceof Long l) return l;
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v instanceof java.math.BigInteger) throw runtime.error("OverflowError", "Python int too large to convert to C long");
        throw runtime.error("TypeError", "'" + typeName() + "' object cannot be interpreted as an integer");
    }

    /** This value as a Java int, with CPython's "Python int too large to convert to C int". */
    public int toInt() {
        long v;
        try {
            v = toLong();
        } catch (PythonException e) {
            if (e.typeName().equals("OverflowError")) throw runtime.error("OverflowError", "Python int too large to convert to C int");
            throw e;
        }
        if (v != (int) v) throw runtime.error("OverflowError", "Python int too large to convert to C int");
        return (int) v;
    }

    /** This value as a Java double: a float, or an int (OverflowError when too large), else TypeError. */
    public double toDouble() {
        Object v = runtime.toJava(handle);
        if (v instanceof Double d) return d;
        if (v instanceof Long l) return l;
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v instanceof java.math.BigInteger b) {
            double d = b.doubleValue();
            if (Double.isInfinite(d)) throw runtime.error("OverflowError", "int too large to convert to float");
            return d;
        }
        throw runtime.error("TypeError", "must be real number, not " + typeName());
    }

    /** This value's truth as Python's bool() decides it. */
    public boolean toBoolean() {
        Object v = runtime.toJava(handle);
        if (v instanceof Boolean b) return b;
        if (v == null) return false;
        return runtime.guard(() -> runtime.truth(handle));
    }

    /** The Python type's name. */
    public String typeName() {
        return runtime.bridge.typeName(handle);
    }

    /** {@code repr(obj)}. */
    public String repr() {
        return runtime.guard(() -> runtime.bridge.repr(handle));
    }

    /** This value converted to Java by the runtime's rules (itself when it has no Java counterpart). */
    public Object toJava() {
        return runtime.toJava(handle);
    }

    /** {@code str(obj)}. */
    @Override
    public String toString() {
        return runtime.guard(() -> runtime.bridge.str(handle));
    }

    /** Python equality ({@code ==}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof PythonObject p && p.runtime == runtime
                && runtime.guard(() -> runtime.bridge.equal(handle, p.handle));
    }

    /** Python's {@code hash()} (unhashable values raise a {@link PythonException}). */
    @Override
    public int hashCode() {
        return runtime.guard(() -> runtime.bridge.hash(handle));
    }
}
