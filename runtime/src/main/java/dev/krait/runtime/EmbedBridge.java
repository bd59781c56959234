package dev.krait.runtime;

import dev.krait.embed.Bridge;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The runtime side of {@link Bridge}: loaded in the class loader of one {@code PythonRuntime}, it performs each
 * operation on that runtime's Python values and flushes its standard streams afterwards.
 */
public final class EmbedBridge implements Bridge {
    /** What Python code printed during a call reaches the terminal before Java prints (no work when nothing did). */
    private static void flushOutput() {
        if (StdStream.textPending) {
            StdStream.textPending = false;
            Sys.flushAll();
        }
    }

    private static PyObject py(Object o) {
        return (PyObject) o;
    }

    private static PyObject[] all(Object[] a) {
        PyObject[] r = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) r[i] = py(a[i]);
        return r;
    }

    @Override
    public Kind kind(Object value) {
        PyObject o = py(value);
        if (o == PyNone.NONE) return Kind.NONE;
        if (o instanceof PyBool) return Kind.BOOL;
        PyType t = o.type();
        if (t == PyInt.TYPE) return Kind.INT;
        if (t == PyFloat.TYPE) return Kind.FLOAT;
        if (t == PyStr.TYPE) return Kind.STR;
        if (t == PyBytes.TYPE) return Kind.BYTES;
        if (t == PyList.TYPE) return Kind.LIST;
        if (t == PyTuple.TYPE) return Kind.TUPLE;
        if (t == PyDict.TYPE) return Kind.DICT;
        if (t == PySet.TYPE) return Kind.SET;
        if (t == PySet.FROZEN_TYPE) return Kind.FROZENSET;
        return Kind.OTHER;
    }

    @Override
    public long asLong(Object value) {
        return ((PyInt) value).v;
    }

    @Override
    public BigInteger asBig(Object value) {
        PyInt i = (PyInt) value;
        return i.big != null ? i.big : BigInteger.valueOf(i.v);
    }

    @Override
    public boolean fitsLong(Object value) {
        return ((PyInt) value).big == null;
    }

    @Override
    public double asDouble(Object value) {
        return ((PyFloat) value).v;
    }

    @Override
    public String asString(Object value) {
        return ((PyStr) value).value();
    }

    @Override
    public byte[] asBytes(Object value) {
        return ((PyBytes) value).value.clone();
    }

    @Override
    public boolean asBoolean(Object value) {
        return value == PyBool.TRUE;
    }

    @Override
    public Object none() {
        return PyNone.NONE;
    }

    @Override
    public Object fromLong(long v) {
        return PyInt.of(v);
    }

    @Override
    public Object fromBig(BigInteger v) {
        return PyInt.of(v);
    }

    @Override
    public Object fromDouble(double v) {
        return new PyFloat(v);
    }

    @Override
    public Object fromString(String v) {
        return PyStr.of(v);
    }

    @Override
    public Object fromBytes(byte[] v) {
        return new PyBytes(v.clone());
    }

    @Override
    public Object fromBoolean(boolean v) {
        return PyBool.of(v);
    }

    @Override
    public Object newList(Object[] items) {
        return new PyList(all(items));
    }

    @Override
    public Object newTuple(Object[] items) {
        return new PyTuple(all(items));
    }

    @Override
    public Object newDict(Object[] keys, Object[] values) {
        PyDict d = new PyDict(keys.length);
        try {
            for (int i = 0; i < keys.length; i++) d.setItem(py(keys[i]), py(values[i]));
        } finally {
            flushOutput();
        }
        return d;
    }

    @Override
    public Object newSet(Object[] items) {
        PySet s = new PySet();
        for (Object o : items) s.addKey(py(o));
        return s;
    }

    @Override
    public Object importModule(String name) {
        try {
            return Importer.importModule(name);
        } finally {
            flushOutput();
        }
    }

    @Override
    public Object newModule(String name) {
        PyModule m = new PyModule(name);
        m.dict.setStr("__builtins__", Builtins.MODULE);
        Sys.MODULES.setStr(name, m);
        return m;
    }

    @Override
    public Object compile(String source, String filename, String mode) {
        return Eval.compiler().compile(source, filename, mode);
    }

    @Override
    public Object run(Object code, Object module) {
        PyDict g = ((PyModule) module).dict;
        try {
            return ((PyCode) code).run(g, g);
        } catch (StackOverflowError e) {
            throw Errors.recursionError();
        } finally {
            flushOutput();
        }
    }

    @Override
    public Object getAttr(Object obj, String name) {
        try {
            return py(obj).getAttr(name);
        } finally {
            flushOutput();
        }
    }

    @Override
    public Object lookupAttr(Object obj, String name) {
        try {
            return py(obj).lookupAttr(name);
        } finally {
            flushOutput();
        }
    }

    @Override
    public void setAttr(Object obj, String name, Object value) {
        try {
            py(obj).setAttr(name, py(value));
        } finally {
            flushOutput();
        }
    }

    @Override
    public Object call(Object callable, Object[] args, String[] kwnames) {
        try {
            return py(callable).call(all(args), kwnames == null || kwnames.length == 0 ? null : kwnames);
        } catch (StackOverflowError e) {
            throw Errors.recursionError();
        } finally {
            flushOutput();
        }
    }

    @Override
    public Object getItem(Object obj, Object key) {
        return py(obj).getItem(py(key));
    }

    @Override
    public void setItem(Object obj, Object key, Object value) {
        py(obj).setItem(py(key), py(value));
    }

    @Override
    public void delItem(Object obj, Object key) {
        py(obj).delItem(py(key));
    }

    @Override
    public int len(Object obj) {
        return py(obj).len();
    }

    @Override
    public boolean contains(Object container, Object item) {
        return py(container).contains(py(item));
    }

    @Override
    public Iterator<Object> iterate(Object iterable) {
        PyObject it = py(iterable).iter();
        return new Iterator<>() {
            private PyObject next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    try {
                        next = it.next();
                    } finally {
                        flushOutput();
                    }
                    done = next == null;
                }
                return !done;
            }

            @Override
            public Object next() {
                if (!hasNext()) throw new NoSuchElementException();
                PyObject r = next;
                next = null;
                return r;
            }
        };
    }

    @Override
    public Object[][] namespace(Object module) {
        PyDict d = ((PyModule) module).dict;
        int n = d.size();
        Object[] keys = new Object[n];
        Object[] values = new Object[n];
        int j = 0;
        PyObject it = d.iter();
        for (PyObject k = it.next(); k != null && j < n; k = it.next()) {
            keys[j] = k.str();
            values[j++] = d.getItem(k);
        }
        return new Object[][] {keys, values};
    }

    @Override
    public String str(Object obj) {
        return py(obj).str();
    }

    @Override
    public String repr(Object obj) {
        return py(obj).repr();
    }

    @Override
    public String typeName(Object obj) {
        return py(obj).type().name();
    }

    @Override
    public boolean isCallable(Object obj) {
        return py(obj).isCallable();
    }

    @Override
    public boolean truth(Object obj) {
        try {
            return py(obj).isTrue();
        } finally {
            flushOutput();
        }
    }

    @Override
    public boolean equal(Object a, Object b) {
        return py(a).equalsPy(py(b));
    }

    @Override
    public int hash(Object obj) {
        return Long.hashCode(py(obj).hash());
    }

    @Override
    public Object[] describe(Throwable t) {
        PyBaseException e;
        if (t instanceof PyException pe) e = pe.value;
        else if (t instanceof StackOverflowError) e = Errors.recursionError().value;
        else return null;
        Object[] a = new Object[e.args.size()];
        for (int i = 0; i < a.length; i++) a[i] = e.args.get(i);
        return new Object[] {e.type().name(), TracebackPrinter.format(e), a};
    }

    @Override
    public void flush() {
        flushOutput();
    }
}
