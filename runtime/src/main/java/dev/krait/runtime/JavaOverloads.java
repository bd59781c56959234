package dev.krait.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

/**
 * The overloads of one Java method name (or a class's constructors) and the choice among them for a call from
 * Python. The choice depends on the arguments' Python types (and, for ints, on the narrowest Java type the value
 * fits), so it is made once per combination and kept in a small cache: a steady-state call compares a few type
 * identities, converts the arguments and invokes, without scoring or reflection lookups.
 */
final class JavaOverloads {
    /**
     * One candidate, with what a call needs precomputed (getParameterTypes() copies its array on every call) and,
     * for a method without varargs, a method handle taking the receiver and the Python arguments and returning the
     * Python result: the conversions are composed into it, so a call allocates no boxes and no argument array.
     */
    private record Target(Executable executable, Class<?>[] params, boolean varargs, boolean returnsVoid,
            MethodHandle direct) {
        static Target of(Executable e) {
            Class<?>[] params = e.getParameterTypes();
            boolean returnsVoid = e instanceof Method m && m.getReturnType() == void.class;
            return new Target(e, params, e.isVarArgs(), returnsVoid,
                    e instanceof Method m && !e.isVarArgs() ? JavaHandles.direct(m, params) : null);
        }
    }

    /** A cached choice: the argument kinds it was made for and the target chosen. */
    private record Choice(Object[] kinds, Target target) {}

    private static final int CACHE_SIZE = 8;
    private static final Object INT_8 = new Object(), INT_16 = new Object(), INT_32 = new Object(),
            INT_64 = new Object(), INT_BIG = new Object(), STR_1 = new Object(), NONE = new Object();

    final String name;
    private final Target[] targets;
    /** Recent choices, newest first; replaced wholesale so readers on other threads see consistent arrays. */
    private volatile Choice[] choices = new Choice[0];

    JavaOverloads(List<? extends Executable> candidates, String name) {
        this.name = name;
        this.targets = new Target[candidates.size()];
        for (int i = 0; i < targets.length; i++) targets[i] = Target.of(candidates.get(i));
    }

    PyObject call(Object receiver, PyObject[] args) {
        Target t = targets.length == 1 ? single(args) : choose(args);
        if (t.direct != null) {
            try {
                return (PyObject) t.direct.invokeExact(receiver, args);
            } catch (PyException e) {
                throw e;
            } catch (Throwable e) {
                throw JavaInterop.javaException(e);
            }
        }
        Object[] jargs = convert(t, args);
        try {
            Object r = t.executable instanceof Method m ? m.invoke(receiver, jargs)
                    : ((Constructor<?>) t.executable).newInstance(jargs);
            return t.returnsVoid ? PyNone.NONE : JavaInterop.toPython(r);
        } catch (InvocationTargetException e) {
            throw JavaInterop.javaException(e.getCause());
        } catch (IllegalAccessException | InstantiationException | IllegalArgumentException e) {
            throw Errors.typeError("cannot call " + name + ": " + e.getMessage());
        }
    }

    private Target single(PyObject[] args) {
        Target t = targets[0];
        if (score(t, args) == Integer.MAX_VALUE) throw noOverload(args);
        return t;
    }

    private Target choose(PyObject[] args) {
        Choice[] cs = choices;
        search:
        for (Choice c : cs) {
            Object[] kinds = c.kinds;
            if (kinds.length != args.length) continue;
            for (int i = 0; i < kinds.length; i++) if (kinds[i] != kind(args[i])) continue search;
            return c.target;
        }
        Target best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Target t : targets) {
            int score = score(t, args);
            if (score < bestScore) {
                best = t;
                bestScore = score;
            }
        }
        if (best == null) throw noOverload(args);
        Object[] kinds = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            kinds[i] = kind(args[i]);
            if (kinds[i] == null) return best;
        }
        Choice[] grown = new Choice[Math.min(cs.length + 1, CACHE_SIZE)];
        grown[0] = new Choice(kinds, best);
        System.arraycopy(cs, 0, grown, 1, grown.length - 1);
        choices = grown;
        return best;
    }

    /**
     * What of an argument decides which overloads accept it: its Python type, or for a plain int the narrowest
     * Java integer type holding it; for a str, whether it is one character (which also fits char). Null (never
     * equal to a cached kind) when more decides: a Java object's class, a callable.
     */
    private static Object kind(PyObject a) {
        if (a instanceof PyInt n && a.type() == PyInt.TYPE) {
            if (n.isBig()) return INT_BIG;
            long v = n.v;
            return v == (byte) v ? INT_8 : v == (short) v ? INT_16 : v == (int) v ? INT_32 : INT_64;
        }
        if (a instanceof PyStr s && a.type() == PyStr.TYPE) return s.value().length() == 1 ? STR_1 : PyStr.TYPE;
        if (a == PyNone.NONE) return NONE;
        if (a instanceof JavaInterop.JavaObject || a.isCallable()) return null;
        return a.type();
    }

    private PyException noOverload(PyObject[] args) {
        StringBuilder sb = new StringBuilder("no overload of " + name + " accepts (");
        for (int i = 0; i < args.length; i++) sb.append(i > 0 ? ", " : "").append(args[i].type().name());
        sb.append("); candidates:");
        for (Target t : targets) sb.append("\n  ").append(t.executable.toGenericString());
        return Errors.typeError(sb.toString());
    }

    /** How well the arguments fit (lower is better), or MAX_VALUE when they do not. */
    private static int score(Target t, PyObject[] args) {
        Class<?>[] types = t.params;
        if (types.length == args.length) {
            int total = 0;
            for (int i = 0; i < args.length && total >= 0; i++) {
                int s = JavaInterop.score(types[i], args[i]);
                total = s < 0 ? -1 : total + s;
            }
            if (total >= 0) return total;
        }
        if (t.varargs && args.length >= types.length - 1) {
            int total = 100;
            for (int i = 0; i < types.length - 1; i++) {
                int s = JavaInterop.score(types[i], args[i]);
                if (s < 0) return Integer.MAX_VALUE;
                total += s;
            }
            Class<?> comp = types[types.length - 1].getComponentType();
            for (int i = types.length - 1; i < args.length; i++) {
                int s = JavaInterop.score(comp, args[i]);
                if (s < 0) return Integer.MAX_VALUE;
                total += s;
            }
            return total;
        }
        return Integer.MAX_VALUE;
    }

    private static Object[] convert(Target t, PyObject[] args) {
        Class<?>[] types = t.params;
        Object[] out = new Object[types.length];
        if (t.varargs && !(args.length == types.length
                && JavaInterop.score(types[types.length - 1], args[args.length - 1]) >= 0)) {
            int fixed = types.length - 1;
            for (int i = 0; i < fixed; i++) out[i] = JavaInterop.toJava(args[i], types[i]);
            Class<?> comp = types[fixed].getComponentType();
            Object arr = java.lang.reflect.Array.newInstance(comp, args.length - fixed);
            for (int i = fixed; i < args.length; i++) {
                java.lang.reflect.Array.set(arr, i - fixed, JavaInterop.toJava(args[i], comp));
            }
            out[fixed] = arr;
            return out;
        }
        for (int i = 0; i < types.length; i++) out[i] = JavaInterop.toJava(args[i], types[i]);
        return out;
    }
}
