package dev.krait.runtime;

import java.lang.reflect.Field;

/**
 * The code object of a frame from {@link Frames}: one per compiled class (so {@code f_code} is the same object
 * for every frame of a function), read from the constants the compiler puts in each class ({@code co$qualname},
 * {@code co$file}, {@code co$line}) and its signature.
 */
final class FrameCode extends PyObject {
    static final PyType TYPE = new PyType("code", PyType.OBJECT, FrameCode.class, t -> {
        t.getter("co_name", s -> PyStr.of(((FrameCode) s).name));
        t.getter("co_qualname", s -> PyStr.of(((FrameCode) s).qualname));
        t.getter("co_filename", s -> PyStr.of(((FrameCode) s).file));
        t.getter("co_firstlineno", s -> PyInt.of(((FrameCode) s).firstLine));
        t.getter("co_argcount", s -> PyInt.of(((FrameCode) s).sig == null ? 0 : ((FrameCode) s).sig.argcount));
        t.getter("co_posonlyargcount", s -> PyInt.of(((FrameCode) s).sig == null ? 0 : ((FrameCode) s).sig.posonly));
        t.getter("co_kwonlyargcount", s -> PyInt.of(((FrameCode) s).sig == null ? 0 : ((FrameCode) s).sig.kwonly));
        t.getter("co_varnames", s -> ((FrameCode) s).varnames());
        t.getter("co_flags", s -> ((FrameCode) s).flags());
        t.getter("co_freevars", s -> ((FrameCode) s).names("co$freevars"));
        t.getter("co_cellvars", s -> ((FrameCode) s).names("co$cellvars"));
    });

    private static final ClassValue<FrameCode> CODES = new ClassValue<>() {
        @Override
        protected FrameCode computeValue(Class<?> c) {
            return new FrameCode(c);
        }
    };

    static FrameCode of(Class<?> c) {
        return CODES.get(c);
    }

    final String name;
    final String qualname;
    final String file;
    final int firstLine;
    final boolean isModule;
    /** Whether the class carries the compiler's code facts (a function or module class). */
    final boolean compiled;
    private final Signature sig;
    private final Class<?> cls;

    private FrameCode(Class<?> c) {
        cls = c;
        isModule = c.getSimpleName().equals("__module__");
        Object q = staticField(c, "co$qualname");
        Object f = staticField(c, "co$file");
        Object l = staticField(c, "co$line");
        compiled = q instanceof String;
        qualname = q instanceof String s ? s : isModule ? "<module>" : c.getSimpleName();
        name = qualname.substring(qualname.lastIndexOf('.') + 1);
        file = f instanceof String s ? s : "<unknown>";
        firstLine = l instanceof Integer i ? i : 1;
        sig = staticField(c, "SIG") instanceof Signature s ? s : null;
    }

    /** A compiled function's code object, shared by its frames and {@code __code__}; null for other functions. */
    static FrameCode ofFunction(PyFunction fn) {
        FrameCode c = CODES.get(fn.getClass());
        return c.compiled ? c : null;
    }

    /** A tuple of names the compiler lists, space-separated, in a constant of the class (absent when empty). */
    private PyObject names(String constant) {
        if (!(staticField(cls, constant) instanceof String s) || s.isEmpty()) return PyTuple.of();
        String[] parts = s.split(" ");
        PyObject[] r = new PyObject[parts.length];
        for (int i = 0; i < parts.length; i++) r[i] = PyStr.of(parts[i]);
        return PyTuple.of(r);
    }

    private static Object staticField(Class<?> c, String name) {
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The globals of the module this code belongs to: its module class's {@code G} (for exec code, the last run's). */
    PyDict globals() {
        try {
            Class<?> m = isModule ? cls : Class.forName(cls.getPackageName() + ".__module__", false, cls.getClassLoader());
            return staticField(m, "G") instanceof PyDict d ? d : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private PyObject varnames() {
        if (sig == null) return PyTuple.EMPTY;
        PyObject[] r = new PyObject[sig.names.length];
        for (int i = 0; i < r.length; i++) r[i] = PyStr.of(sig.names[i]);
        return PyTuple.of(r);
    }

    private PyObject flags() {
        if (sig == null) return PyInt.of(0);
        return PyInt.of(3 | (sig.varargs ? 4 : 0) | (sig.varkw ? 8 : 0) | sig.codeFlags);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<code object " + name + " at " + Protocol.addressOf(this) + ", file \"" + file + "\", line "
                + firstLine + ">";
    }
}
