package dev.krait.runtime;

/**
 * A function implemented in Java: {@code len}, or the function behind a method such as {@code str.upper}.
 * It may have one implementation per arity plus a general one; a call picks the exact arity when there are no
 * keywords, else the general form.
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = new PyType("builtin_function_or_method", PyType.OBJECT, PyBuiltinFunction.class,
            BuiltinSetup::builtinFunction);

    private final String name;
    /** Prefix for error messages, e.g. "str." for methods; empty for module functions. */
    String owner = "";
    String module = "builtins";
    Fn.F0 f0;
    Fn.F1 f1;
    Fn.F2 f2;
    Fn.F3 f3;
    Fn.F4 f4;
    Fn.FV fv;
    PyObject doc = PyNone.NONE;
    /** For a function defined on first call (see lazy()); null once defined. */
    private volatile java.util.function.Consumer<PyBuiltinFunction> definer;

    public PyBuiltinFunction(String name) {
        this.name = name;
    }

    /**
     * A function whose implementations the definer fills in (through with()) on its first call, so that making
     * it costs no lambda classes until a program uses it. Only call() needs to check: before that the
     * implementations are all null, and the callN() shortcuts fall back to call().
     */
    static PyBuiltinFunction lazy(String name, java.util.function.Consumer<PyBuiltinFunction> definer) {
        PyBuiltinFunction f = new PyBuiltinFunction(name);
        f.definer = definer;
        return f;
    }

    private synchronized void define() {
        java.util.function.Consumer<PyBuiltinFunction> d = definer;
        if (d != null) {
            d.accept(this);
            definer = null;
        }
    }

    public PyBuiltinFunction(String name, Fn.F0 f) {
        this(name);
        f0 = f;
    }

    public PyBuiltinFunction(String name, Fn.F1 f) {
        this(name);
        f1 = f;
    }

    public PyBuiltinFunction(String name, Fn.F2 f) {
        this(name);
        f2 = f;
    }

    public PyBuiltinFunction(String name, Fn.F3 f) {
        this(name);
        f3 = f;
    }

    public PyBuiltinFunction(String name, Fn.F4 f) {
        this(name);
        f4 = f;
    }

    public PyBuiltinFunction(String name, Fn.FV f) {
        this(name);
        fv = f;
    }

    public PyBuiltinFunction with(Fn.F0 f) {
        f0 = f;
        return this;
    }

    public PyBuiltinFunction with(Fn.F1 f) {
        f1 = f;
        return this;
    }

    public PyBuiltinFunction with(Fn.F2 f) {
        f2 = f;
        return this;
    }

    public PyBuiltinFunction with(Fn.F3 f) {
        f3 = f;
        return this;
    }

    public PyBuiltinFunction with(Fn.F4 f) {
        f4 = f;
        return this;
    }

    public PyBuiltinFunction with(Fn.FV f) {
        fv = f;
        return this;
    }

    public PyBuiltinFunction module(String m) {
        this.module = m;
        // CPython names a module's function with its module in argument errors ("math.sqrt() takes ...").
        if (owner.isEmpty() && !m.equals("builtins")) owner = m + ".";
        return this;
    }

    public String name() {
        return name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (definer != null) define();
        if (kwnames == null || kwnames.length == 0) {
            switch (args.length) {
                case 0:
                    if (f0 != null) return f0.call();
                    break;
                case 1:
                    if (f1 != null) return f1.call(args[0]);
                    break;
                case 2:
                    if (f2 != null) return f2.call(args[0], args[1]);
                    break;
                case 3:
                    if (f3 != null) return f3.call(args[0], args[1], args[2]);
                    break;
                case 4:
                    if (f4 != null) return f4.call(args[0], args[1], args[2], args[3]);
                    break;
                default:
                    break;
            }
            if (fv != null) return fv.call(args, kwnames);
            throw arityError(args.length);
        }
        if (fv != null) return fv.call(args, kwnames);
        throw Errors.typeError(owner + name + "() takes no keyword arguments");
    }

    @Override
    public PyObject call0() {
        if (f0 != null) return f0.call();
        return call(EMPTY, null);
    }

    @Override
    public PyObject call1(PyObject a) {
        if (f1 != null) return f1.call(a);
        return call(new PyObject[] {a}, null);
    }

    @Override
    public PyObject call2(PyObject a, PyObject b) {
        if (f2 != null) return f2.call(a, b);
        return call(new PyObject[] {a, b}, null);
    }

    @Override
    public PyObject call3(PyObject a, PyObject b, PyObject c) {
        if (f3 != null) return f3.call(a, b, c);
        return call(new PyObject[] {a, b, c}, null);
    }

    /** The TypeError for a call with a number of arguments no implementation accepts. */
    PyException arityError(int given) {
        return arityError(given, 0);
    }

    /** As {@link #arityError(int)}, for a method whose first {@code skip} Java arguments are not the caller's. */
    PyException arityError(int given, int skip) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        Object[] impls = {f0, f1, f2, f3, f4};
        for (int i = 0; i < impls.length; i++) {
            if (impls[i] != null) {
                min = Math.min(min, i - skip);
                max = Math.max(max, i - skip);
            }
        }
        given -= skip;
        String who = owner + name + "()";
        if (max == min && max == 0) return Errors.typeError(who + " takes no arguments (" + given + " given)");
        if (max == min && max == 1) return Errors.typeError(who + " takes exactly one argument (" + given + " given)");
        // Otherwise CPython's argument-clinic wording, which names the function without its owner.
        if (max == min) return Errors.typeError(name + " expected " + max + " arguments, got " + given);
        if (given < min) {
            return Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + given);
        }
        return Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + given);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public String repr() {
        return "<built-in function " + name + ">";
    }

    @Override
    public long hash() {
        return System.identityHashCode(this);
    }
}
