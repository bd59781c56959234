package dev.krait.embed;

import dev.krait.runtime.PyBool;
import dev.krait.runtime.PyBytes;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyFloat;
import dev.krait.runtime.PyInt;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PySet;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.Sys;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Support for the typed facades {@code krait compile} generates (classes in package {@code krait.facade}): they
 * call the compiled Python functions directly, in the class loader that loaded them, converting at the boundary
 * by {@link PythonRuntime}'s rules and checking each result against the function's return annotation. Not meant
 * to be called by hand.
 */
public final class Facades {
    private Facades() {}

    static {
        // Facades run without the launcher: flush Python's buffered output when the JVM exits.
        Runtime.getRuntime().addShutdownHook(new Thread(Sys::flushAll));
    }

    /** The function {@code name} of module {@code module}, importing the module on first use. */
    public static PyObject function(String module, String name) {
        try {
            return dev.krait.runtime.Importer.importModule(module).getAttr(name);
        } catch (PyException e) {
            throw error(e);
        }
    }

    /** The Python exception as the Java API presents it. */
    public static RuntimeException error(PyException e) {
        Sys.flushAll();
        List<Object> args = new ArrayList<>();
        PyTuple a = e.value.args;
        for (int i = 0; i < a.size(); i++) args.add(toJava(a.get(i)));
        return new PythonException(e.value.type().name(), dev.krait.runtime.TracebackPrinter.format(e.value), args);
    }

    public static PyObject py(long v) {
        return PyInt.of(v);
    }

    public static PyObject py(double v) {
        return new PyFloat(v);
    }

    public static PyObject py(boolean v) {
        return PyBool.of(v);
    }

    /** A reference value (String, byte[], boxed numbers, List, Map, Set, null) converted to Python. */
    public static PyObject py(Object v) {
        if (v == null) return PyNone.NONE;
        if (v instanceof String s) return PyStr.of(s);
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return PyInt.of(((Number) v).longValue());
        }
        if (v instanceof BigInteger b) return PyInt.of(b);
        if (v instanceof Double || v instanceof Float) return new PyFloat(((Number) v).doubleValue());
        if (v instanceof Boolean b) return PyBool.of(b);
        if (v instanceof byte[] b) return new PyBytes(b.clone());
        if (v instanceof List<?> l) {
            PyObject[] items = new PyObject[l.size()];
            int i = 0;
            for (Object o : l) items[i++] = py(o);
            return new PyList(items);
        }
        if (v instanceof Set<?> s) {
            PySet r = new PySet();
            for (Object o : s) r.addKey(py(o));
            return r;
        }
        if (v instanceof Map<?, ?> m) {
            PyDict d = new PyDict();
            for (Map.Entry<?, ?> e : m.entrySet()) d.setItem(py(e.getKey()), py(e.getValue()));
            return d;
        }
        throw new IllegalArgumentException("no Python value for a " + v.getClass().getName());
    }

    private static PythonException typeError(String function, PyObject result, String expected) {
        return new PythonException("TypeError", "TypeError: " + function + "() returned " + result.type().name()
                + ", expected " + expected + "\n", List.of());
    }

    public static long toLong(PyObject r, String function) {
        if (!(r instanceof PyInt i) || r instanceof PyBool) throw typeError(function, r, "int");
        if (i.isBig()) {
            throw new PythonException("OverflowError", "OverflowError: Python int too large to convert to C long\n",
                    List.of("Python int too large to convert to C long"));
        }
        return i.v;
    }

    public static double toDouble(PyObject r, String function) {
        if (r instanceof PyFloat f) return f.v;
        if (r instanceof PyInt i && !(r instanceof PyBool)) return i.toDouble();
        throw typeError(function, r, "float");
    }

    public static boolean toBoolean(PyObject r, String function) {
        if (r instanceof PyBool) return r == PyBool.TRUE;
        throw typeError(function, r, "bool");
    }

    public static String toStr(PyObject r, String function, boolean optional) {
        if (r instanceof PyStr s) return s.value();
        if (optional && r == PyNone.NONE) return null;
        throw typeError(function, r, "str");
    }

    public static byte[] toBytes(PyObject r, String function, boolean optional) {
        if (r instanceof PyBytes b) return b.value.clone();
        if (optional && r == PyNone.NONE) return null;
        throw typeError(function, r, "bytes");
    }

    public static void toVoid(PyObject r, String function) {
        if (r != PyNone.NONE) throw typeError(function, r, "None");
    }

    /** A result declared as a container or an Optional of a scalar: its kind checked, converted deeply. */
    public static Object toObject(PyObject r, String function, String kind, boolean optional) {
        if (optional && r == PyNone.NONE) return null;
        boolean ok = switch (kind) {
            case "int" -> r instanceof PyInt && !(r instanceof PyBool);
            case "float" -> r instanceof PyFloat || (r instanceof PyInt && !(r instanceof PyBool));
            case "bool" -> r instanceof PyBool;
            case "list" -> r instanceof PyList;
            case "tuple" -> r instanceof PyTuple;
            case "dict" -> r instanceof PyDict;
            case "set" -> r instanceof PySet;
            default -> true;
        };
        if (!ok) throw typeError(function, r, kind);
        if (kind.equals("float") && r instanceof PyInt i) return i.toDouble();
        return toJava(r);
    }

    /** Python to Java by the conversion rules, containers copied. */
    static Object toJava(PyObject o) {
        if (o == PyNone.NONE) return null;
        if (o instanceof PyBool) return o == PyBool.TRUE;
        if (o instanceof PyInt i) return i.isBig() ? (Object) i.big : (Object) i.v;
        if (o instanceof PyFloat f) return f.v;
        if (o instanceof PyStr s) return s.value();
        if (o instanceof PyBytes b) return b.value.clone();
        if (o instanceof PyList l) {
            List<Object> r = new ArrayList<>(l.size);
            for (int i = 0; i < l.size; i++) r.add(toJava(l.items[i]));
            return r;
        }
        if (o instanceof PyTuple t) {
            List<Object> r = new ArrayList<>(t.size());
            for (int i = 0; i < t.size(); i++) r.add(toJava(t.get(i)));
            return r;
        }
        if (o instanceof PyDict d) {
            Map<Object, Object> r = new LinkedHashMap<>();
            PyObject it = d.iter();
            for (PyObject k = it.next(); k != null; k = it.next()) r.put(toJava(k), toJava(d.getItem(k)));
            return r;
        }
        if (o instanceof PySet s) {
            Set<Object> r = new LinkedHashSet<>();
            PyObject it = s.iter();
            for (PyObject k = it.next(); k != null; k = it.next()) r.add(toJava(k));
            return r;
        }
        return o;
    }
}
