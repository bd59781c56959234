package dev.krait.embed;

import java.io.Reader;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.Map;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

/**
 * A JSR-223 engine running Python with Krait: each engine has its own {@link PythonRuntime} and a module
 * {@code __main__} whose globals are the engine-scope bindings (copied in before each evaluation, and the module's
 * names copied back after it, by the conversion rules of {@link PythonRuntime}). {@code eval} of an expression
 * returns its value; of statements, null. Source text is compiled to JVM classes in memory. Output goes to the
 * process's standard streams. Not safe for concurrent use: confine an engine to one thread at a time.
 */
public final class KraitScriptEngine extends AbstractScriptEngine implements Invocable, Compilable {
    private final KraitScriptEngineFactory factory;
    private final PythonRuntime runtime;
    private final PythonObject module;

    KraitScriptEngine(KraitScriptEngineFactory factory) {
        this.factory = factory;
        this.runtime = PythonRuntime.create(KraitScriptEngine.class.getClassLoader());
        this.module = runtime.newModule("__main__");
    }

    /** The runtime the engine's scripts run in. */
    public PythonRuntime runtime() {
        return runtime;
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        return compile(script).eval(context);
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        return eval(read(reader), context);
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        String file = String.valueOf(get(ScriptEngine.FILENAME) == null ? "<script>" : get(ScriptEngine.FILENAME));
        PythonObject code;
        boolean expression;
        try {
            code = runtime.compile(script, file, "eval");
            expression = true;
        } catch (PythonException notAnExpression) {
            try {
                code = runtime.compile(script, file, "exec");
            } catch (PythonException e) {
                throw scriptException(e);
            }
            expression = false;
        }
        PythonObject compiled = code;
        boolean value = expression;
        return new CompiledScript() {
            @Override
            public Object eval(ScriptContext context) throws ScriptException {
                Bindings b = context.getBindings(ScriptContext.ENGINE_SCOPE);
                if (b != null) {
                    for (Map.Entry<String, Object> e : b.entrySet()) {
                        if (e.getKey().startsWith("__") || e.getKey().startsWith("javax.script.")) continue;
                        try {
                            module.set(e.getKey(), e.getValue());
                        } catch (IllegalArgumentException noPythonValue) {
                            // A Java object without a Python counterpart stays out of the module.
                        }
                    }
                }
                try {
                    Object result = runtime.run(compiled, module);
                    if (b != null) b.putAll(runtime.globals(module));
                    return value ? result : null;
                } catch (PythonException e) {
                    throw scriptException(e);
                }
            }

            @Override
            public ScriptEngine getEngine() {
                return KraitScriptEngine.this;
            }
        };
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(read(script));
    }

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (!module.has(name)) throw new NoSuchMethodException(name);
        try {
            return module.invoke(name, args);
        } catch (PythonException e) {
            throw scriptException(e);
        }
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (!(thiz instanceof PythonObject p)) throw new IllegalArgumentException("not a Python object: " + thiz);
        if (!p.has(name)) throw new NoSuchMethodException(name);
        try {
            return p.invoke(name, args);
        } catch (PythonException e) {
            throw scriptException(e);
        }
    }

    @Override
    public <T> T getInterface(Class<T> type) {
        return proxy(module, type);
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> type) {
        if (!(thiz instanceof PythonObject p)) throw new IllegalArgumentException("not a Python object: " + thiz);
        return proxy(p, type);
    }

    /** An implementation of {@code type} whose methods call the Python functions (or methods) of the same names. */
    private <T> T proxy(PythonObject target, Class<T> type) {
        if (type == null || !type.isInterface()) throw new IllegalArgumentException("not an interface: " + type);
        for (var m : type.getMethods()) {
            if (!m.isDefault() && !java.lang.reflect.Modifier.isStatic(m.getModifiers()) && !target.has(m.getName())) {
                return null;
            }
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "equals" -> p == a[0];
                    case "hashCode" -> System.identityHashCode(p);
                    default -> "Python implementation of " + type.getName();
                };
            }
            Object r = target.invoke(m.getName(), a == null ? new Object[0] : a);
            return adapt(r, m.getReturnType());
        }));
    }

    /** Narrows a converted result to a proxy method's return type (Long to int, Double to float...). */
    private static Object adapt(Object r, Class<?> t) {
        if (r instanceof Long l) {
            if (t == int.class || t == Integer.class) return Math.toIntExact(l);
            if (t == short.class || t == Short.class) return l.shortValue();
            if (t == double.class || t == Double.class) return l.doubleValue();
        }
        if (r instanceof Double d && (t == float.class || t == Float.class)) return d.floatValue();
        return r;
    }

    private static ScriptException scriptException(PythonException e) {
        ScriptException s = new ScriptException(e.typeName() + ": " + e.getMessage());
        s.initCause(e);
        return s;
    }

    private static String read(Reader r) throws ScriptException {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0; ) sb.append(buf, 0, n);
            return sb.toString();
        } catch (IOException e) {
            throw new ScriptException(e);
        }
    }
}
