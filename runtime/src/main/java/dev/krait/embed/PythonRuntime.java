package dev.krait.embed;

import java.io.File;
import java.math.BigInteger;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs compiled Python from Java: imports modules by their Python names, calls functions, creates instances,
 * evaluates source text. Each instance has its own Python state (its own {@code sys.modules}, module globals and
 * standard streams): Krait's runtime classes and the compiled modules are loaded in a class loader private to it.
 *
 * <h2>Conversions</h2>
 * Python to Java: {@code None} → {@code null}; {@code bool} → {@link Boolean}; {@code int} → {@link Long}, or
 * {@link BigInteger} beyond the long range; {@code float} → {@link Double}; {@code str} → {@link String};
 * {@code bytes} → {@code byte[]} (a copy); {@code list} → a live {@link List} view (writes go to the Python list);
 * {@code tuple} → an unmodifiable {@link List} view; {@code dict} → a live {@link Map} view; {@code set} and
 * {@code frozenset} → a live (for {@code set}) {@link Set} view; anything else → {@link PythonObject}.
 * Java to Python: {@code null} → {@code None}; {@link Boolean} → {@code bool}; {@link Byte}, {@link Short},
 * {@link Integer}, {@link Long}, {@link BigInteger} → {@code int}; {@link Float}, {@link Double} → {@code float};
 * {@link String}, {@link Character} → {@code str}; {@code byte[]} → {@code bytes}; a view or {@link PythonObject}
 * of this runtime → the Python value itself; another {@link List} → a new {@code list}; {@link Map} → {@code dict};
 * {@link Set} → {@code set} (elements converted in turn). Any other Java object is refused with an
 * {@link IllegalArgumentException}.
 *
 * <h2>Threads</h2>
 * One runtime runs one Python program: call it from one thread at a time (Python code assumes it), for instance
 * by confining it to a thread or guarding it with a lock. Separate runtimes share nothing and may run in parallel.
 */
public final class PythonRuntime implements AutoCloseable {
    final Bridge bridge;
    private final ClassLoader loader;

    private PythonRuntime(Bridge bridge, ClassLoader loader) {
        this.bridge = bridge;
        this.loader = loader;
    }

    /** A new runtime over the class path of this JVM (compiled modules are found there). */
    public static PythonRuntime create() {
        return create(PythonRuntime.class.getClassLoader());
    }

    /**
     * A new runtime over the class path of this JVM plus {@code parent}'s classes: compiled modules and Krait's
     * runtime are loaded afresh for it.
     */
    public static PythonRuntime create(ClassLoader parent) {
        Set<URL> urls = new LinkedHashSet<>();
        try {
            urls.add(PythonRuntime.class.getProtectionDomain().getCodeSource().getLocation());
            for (String p : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!p.isEmpty()) urls.add(Path.of(p).toUri().toURL());
            }
        } catch (MalformedURLException | SecurityException e) {
            throw new IllegalStateException("cannot find Krait's runtime on the class path", e);
        }
        ClassLoader loader = new IsolatingLoader(urls.toArray(new URL[0]), parent);
        try {
            Bridge b = (Bridge) Class.forName("dev.krait.runtime.EmbedBridge", true, loader)
                    .getDeclaredConstructor().newInstance();
            Class.forName("dev.krait.runtime.Importer", true, loader).getMethod("setClassLoader", ClassLoader.class)
                    .invoke(null, loader);
            return new PythonRuntime(b, loader);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start Krait's runtime", e);
        }
    }

    /** Imports a module by its dotted Python name, as {@code import name} does, and returns it. */
    public PythonObject importModule(String name) {
        return guard(() -> new PythonObject(this, bridge.importModule(name)));
    }

    /** A new empty module registered under {@code name}, for {@link #exec} and {@link #eval}. */
    public PythonObject newModule(String name) {
        return guard(() -> new PythonObject(this, bridge.newModule(name)));
    }

    /** Runs Python statements in a module's namespace (needs Krait's compiler on the class path). */
    public void exec(String source, PythonObject module) {
        guard(() -> bridge.run(bridge.compile(source, "<string>", "exec"), module.handle));
    }

    /** Evaluates a Python expression in a module's namespace; returns its value converted to Java. */
    public Object eval(String expression, PythonObject module) {
        return guard(() -> toJava(bridge.run(bridge.compile(expression, "<string>", "eval"), module.handle)));
    }

    /** Compiles source text for {@link #run}: "exec" statements or an "eval" expression. */
    PythonObject compile(String source, String filename, String mode) {
        return guard(() -> new PythonObject(this, bridge.compile(source, filename, mode)));
    }

    /** Runs compiled code in a module's namespace; the value of "eval" code, converted. */
    Object run(PythonObject code, PythonObject module) {
        return guard(() -> toJava(bridge.run(code.handle, module.handle)));
    }

    /** A module's global names (dunder names left out) and their values converted to Java. */
    Map<String, Object> globals(PythonObject module) {
        return guard(() -> {
            Object[][] ns = bridge.namespace(module.handle);
            Map<String, Object> r = new java.util.LinkedHashMap<>();
            for (int i = 0; i < ns[0].length; i++) {
                String name = (String) ns[0][i];
                if (!name.startsWith("__")) r.put(name, toJava(ns[1][i]));
            }
            return r;
        });
    }

    /** Wraps a Java value as a Python value of this runtime (see the conversion rules). */
    public PythonObject wrap(Object value) {
        return new PythonObject(this, toPython(value));
    }

    /** Nothing to release eagerly: the runtime's classes go when it is no longer referenced. Flushes output. */
    @Override
    public void close() {
        bridge.flush();
    }

    // ------------------------------------------------------------------ conversions

    Object toJava(Object h) {
        switch (bridge.kind(h)) {
            case NONE: return null;
            case BOOL: return bridge.asBoolean(h);
            case INT: return bridge.fitsLong(h) ? (Object) bridge.asLong(h) : bridge.asBig(h);
            case FLOAT: return bridge.asDouble(h);
            case STR: return bridge.asString(h);
            case BYTES: return bridge.asBytes(h);
            case LIST: return new ListView(this, h, true);
            case TUPLE: return new ListView(this, h, false);
            case DICT: return new MapView(this, h);
            case SET: return new SetView(this, h, true);
            case FROZENSET: return new SetView(this, h, false);
            default: return new PythonObject(this, h);
        }
    }

    Object toPython(Object v) {
        if (v == null) return bridge.none();
        if (v instanceof PythonObject p) return own(p.runtime, p.handle);
        if (v instanceof View view) return own(view.runtime(), view.handle());
        if (v instanceof Boolean b) return bridge.fromBoolean(b);
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return bridge.fromLong(((Number) v).longValue());
        }
        if (v instanceof BigInteger b) return bridge.fromBig(b);
        if (v instanceof Double || v instanceof Float) return bridge.fromDouble(((Number) v).doubleValue());
        if (v instanceof String s) return bridge.fromString(s);
        if (v instanceof Character c) return bridge.fromString(c.toString());
        if (v instanceof byte[] b) return bridge.fromBytes(b);
        if (v instanceof List<?> l) return bridge.newList(toPythonAll(l.toArray()));
        if (v instanceof Set<?> s) return bridge.newSet(toPythonAll(s.toArray()));
        if (v instanceof Map<?, ?> m) {
            Object[] keys = new Object[m.size()];
            Object[] values = new Object[m.size()];
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                keys[i] = toPython(e.getKey());
                values[i++] = toPython(e.getValue());
            }
            return bridge.newDict(keys, values);
        }
        if (v instanceof Collection<?> c) return bridge.newList(toPythonAll(c.toArray()));
        throw new IllegalArgumentException("no Python value for a " + v.getClass().getName());
    }

    Object[] toPythonAll(Object[] values) {
        Object[] r = new Object[values.length];
        for (int i = 0; i < values.length; i++) r[i] = toPython(values[i]);
        return r;
    }

    private Object own(PythonRuntime from, Object handle) {
        if (from != this) throw new IllegalArgumentException("a Python value of another PythonRuntime");
        return handle;
    }

    /** A PythonException of the given Python type raised on the Java side of the boundary. */
    PythonException error(String type, String message) {
        return new PythonException(type, type + ": " + message + "\n", List.of(message));
    }

    boolean truth(Object handle) {
        return bridge.truth(handle);
    }

    /** Runs an operation, turning a Python exception into a {@link PythonException}. */
    <T> T guard(Supplier<T> op) {
        try {
            return op.get();
        } catch (RuntimeException | StackOverflowError e) {
            Object[] d = bridge.describe(e);
            if (d == null) throw e;
            Object[] args = (Object[]) d[2];
            List<Object> converted = new ArrayList<>();
            for (Object a : args) converted.add(toJava(a));
            throw new PythonException((String) d[0], (String) d[1], List.copyOf(nullSafe(converted)));
        }
    }

    private static List<Object> nullSafe(List<Object> l) {
        // List.copyOf refuses nulls; None args stay visible as the string "None".
        List<Object> r = new ArrayList<>(l.size());
        for (Object o : l) r.add(o == null ? "None" : o);
        return r;
    }

    /** A Java view of a Python container (list, tuple, dict, set). */
    interface View {
        PythonRuntime runtime();

        Object handle();
    }

    /**
     * Loads Krait's runtime, compiler and compiled modules itself (child first), so their static state belongs to
     * one runtime; everything else (the JDK, this API, libraries) comes from the parent.
     */
    private static final class IsolatingLoader extends URLClassLoader {
        private static final String[] OWN = {"dev.krait.runtime.", "dev.krait.codegen.", "dev.krait.frontend.",
            "pymod.", "krait."};

        static {
            registerAsParallelCapable();
        }

        IsolatingLoader(URL[] urls, ClassLoader parent) {
            super("krait-runtime", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            boolean own = false;
            for (String p : OWN) own |= name.startsWith(p);
            if (!own) return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        c = defineFromParent(name);
                    }
                }
                if (resolve) resolveClass(c);
                return c;
            }
        }

        /** A class the parent loader can see (compiled modules from its jars), defined again here. */
        private Class<?> defineFromParent(String name) throws ClassNotFoundException {
            ClassLoader parent = getParent();
            try (var in = parent == null ? null : parent.getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) throw new ClassNotFoundException(name);
                byte[] b = in.readAllBytes();
                return defineClass(name, b, 0, b.length);
            } catch (java.io.IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }

        @Override
        public URL getResource(String name) {
            // Resources of the compiled program (sources for tracebacks, data files) come from here or the parent.
            URL u = findResource(name);
            return u != null ? u : super.getResource(name);
        }
    }
}
