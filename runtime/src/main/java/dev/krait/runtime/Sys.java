package dev.krait.runtime;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.math.BigInteger;

/** The {@code sys} module. */
public final class Sys {
    private Sys() {}

    public static final PyModule MODULE = new PyModule("sys");
    public static final PyDict DICT = MODULE.dict;
    public static final PyDict MODULES = new PyDict();
    static int recursionLimit = 1000;
    private static double switchInterval = 0.005;
    private static final java.util.concurrent.ConcurrentHashMap<String, PyStr> INTERNED = new java.util.concurrent.ConcurrentHashMap<>();

    /** One method reference for all (each reference in the source would spin a lambda class of its own). */
    private static final java.util.function.Consumer<PyBuiltinFunction> DEFINE = Sys::define;

    static {
        StdStream out = StdStream.output("<stdout>", 1, new FileOutputStream(FileDescriptor.out), System.console() != null);
        StdStream err = StdStream.output("<stderr>", 2, new FileOutputStream(FileDescriptor.err), true);
        StdStream in = StdStream.input(new FileInputStream(FileDescriptor.in));
        DICT.setStr("stdout", out);
        DICT.setStr("stderr", err);
        DICT.setStr("stdin", in);
        DICT.setStr("__stdout__", out);
        DICT.setStr("__stderr__", err);
        DICT.setStr("__stdin__", in);
        DICT.setStr("argv", PyList.of(PyStr.EMPTY));
        DICT.setStr("path", new PyList());
        DICT.setStr("modules", MODULES);
        DICT.setStr("version", PyStr.of("3.11.7 (Krait 0.1.0, Java " + System.getProperty("java.version") + ")"));
        DICT.setStr("version_info", VersionInfo.of(3, 11, 7, "final", 0));
        DICT.setStr("hexversion", PyInt.of(0x030b07f0));
        DICT.setStr("platform", PyStr.of(platform()));
        DICT.setStr("byteorder", PyStr.of("little"));
        DICT.setStr("maxsize", PyInt.of(Long.MAX_VALUE));
        DICT.setStr("maxunicode", PyInt.of(0x10ffff));
        DICT.setStr("executable", PyStr.of("krait"));
        DICT.setStr("copyright", PyStr.of("Copyright (c) Krait authors."));
        String noCache = System.getenv("PYTHONDONTWRITEBYTECODE");
        DICT.setStr("dont_write_bytecode", PyBool.of(noCache != null && !noCache.isEmpty()));
        DICT.setStr("builtin_module_names", PyTuple.of(PyStr.of("builtins"), PyStr.of("sys")));
        DICT.setStr("float_info", VersionInfo.floatInfo());
        DICT.setStr("int_info", VersionInfo.intInfo());
        DICT.setStr("implementation", VersionInfo.implementation());
        DICT.setStr("flags", VersionInfo.flags());
        DICT.setStr("hash_info", VersionInfo.hashInfo());
        DICT.setStr("thread_info", VersionInfo.threadInfo());
        DICT.setStr("stdlib_module_names", VersionInfo.stdlibModuleNames());
        DICT.setStr("float_repr_style", PyStr.of("short"));
        DICT.setStr("api_version", PyInt.of(1013));
        DICT.setStr("abiflags", PyStr.EMPTY);
        DICT.setStr("orig_argv", new PyList());
        DICT.setStr("warnoptions", new PyList());
        DICT.setStr("meta_path", new PyList());
        DICT.setStr("path_hooks", new PyList());
        DICT.setStr("path_importer_cache", new PyDict());
        DICT.setStr("pycache_prefix", PyNone.NONE);
        DICT.setStr("platlibdir", PyStr.of("lib"));
        for (String p : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            DICT.setStr(p, PyStr.of("/usr"));
        }
        PyDict d = DICT;
        lazy(d, "exit");
        lazy(d, "getrecursionlimit");
        lazy(d, "setrecursionlimit");
        lazy(d, "exc_info");
        lazy(d, "exception");
        lazy(d, "getsizeof");
        lazy(d, "getswitchinterval");
        lazy(d, "setswitchinterval");
        lazy(d, "set_asyncgen_hooks");
        lazy(d, "get_asyncgen_hooks");
        for (String hook : new String[] {"trace", "profile"}) {
            d.setStr("get" + hook, new PyBuiltinFunction("get" + hook, (Fn.F0) () -> PyNone.NONE).module("sys"));
            // Tracing and profiling hooks are accepted and never called: Krait compiles without trace points.
            d.setStr("set" + hook, new PyBuiltinFunction("set" + hook, (Fn.F1) f -> PyNone.NONE).module("sys"));
        }
        lazy(d, "is_finalizing");
        lazy(d, "getfilesystemencodeerrors");
        lazy(d, "intern");
        lazy(d, "getdefaultencoding");
        lazy(d, "getfilesystemencoding");
        lazy(d, "get_int_max_str_digits");
        lazy(d, "set_int_max_str_digits");
        lazy(d, "getrefcount");
        lazy(d, "_format_tb");
        lazy(d, "_format_exception");
        lazy(d, "_getframe");
        PyBuiltinFunction hook = new PyBuiltinFunction("displayhook", (Fn.F1) Sys::defaultDisplay).module("sys");
        d.setStr("displayhook", hook);
        d.setStr("__displayhook__", hook);
        MODULES.setStr("sys", MODULE);
        MODULES.setStr("builtins", Builtins.MODULE);
    }

    /** Echoes the value of an expression statement of interactive input through sys.displayhook. */
    public static void display(PyObject value) {
        PyObject hook = DICT.getStr("displayhook");
        if (hook == null) throw Errors.runtimeError("lost sys.displayhook");
        hook.call1(value);
    }

    /** sys.__displayhook__: prints repr(value) to sys.stdout and keeps the value in builtins._ (None is skipped). */
    private static PyObject defaultDisplay(PyObject value) {
        if (value == PyNone.NONE) return PyNone.NONE;
        Builtins.MODULE.dict.setStr("_", PyNone.NONE);
        String text = value.repr() + "\n";
        PyObject out = stdout();
        if (out == PyNone.NONE) throw Errors.runtimeError("lost sys.stdout");
        if (out instanceof StdStream st) st.write(text);
        else out.getAttr("write").call1(PyStr.of(text));
        Builtins.MODULE.dict.setStr("_", value);
        return PyNone.NONE;
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.contains("win")) return "win32";
        if (os.contains("mac")) return "darwin";
        return "linux";
    }

    private static PyObject sizeOf(PyObject o) {
        if (!o.type().builtin) {
            // A class's own __sizeof__, plus the garbage collector's header as CPython adds it.
            PyObject m = o.type().lookup("__sizeof__");
            if (m != null && m != PyType.OBJECT.dict().getStr("__sizeof__")) {
                PyObject r = Protocol.call0(m, o);
                BigInteger n = Protocol.indexBig(r);
                if (n.signum() < 0) throw Errors.valueError("__sizeof__() should return >= 0");
                return PyInt.of(n.add(BigInteger.valueOf(16)));
            }
            return PyInt.of(56);
        }
        long base = 16;
        if (o instanceof PyStr s) base = 49 + s.value().length();
        else if (o instanceof PyList l) base = 56 + 8L * l.size;
        else if (o instanceof PyTuple t) base = 40 + 8L * t.items.length;
        else if (o instanceof PyDict dd) base = 64 + 24L * (dd.hashes == null ? 0 : dd.hashes.length);
        else if (o instanceof PyInt i) base = i.isBig() ? 24 + 4L * ((i.big.bitLength() + 29) / 30) : (i.v == 0 ? 24 : 28);
        else if (o instanceof PyFloat) base = 24;
        else if (o instanceof PyBytes b) base = 33 + b.value.length;
        return PyInt.of(base);
    }

    /**
     * Resets the interpreter state for a new program run in this JVM (tests, REPL, embedding): fresh sys.modules,
     * argv, path and standard streams.
     */
    public static synchronized void reset(java.io.OutputStream out, java.io.OutputStream err, java.io.InputStream in,
                                          java.util.List<String> argv, java.util.List<String> path) {
        MODULES.clear();
        // What the previous program's warnings remembered about frames beyond the stack ("sys", line 1).
        DICT.removeStr("__warningregistry__");
        MODULES.setStr("sys", MODULE);
        MODULES.setStr("builtins", Builtins.MODULE);
        StdStream o = StdStream.output("<stdout>", 1, out, false);
        StdStream e = StdStream.output("<stderr>", 2, err, true);
        StdStream i = StdStream.input(in);
        DICT.setStr("stdout", o);
        DICT.setStr("stderr", e);
        DICT.setStr("stdin", i);
        DICT.setStr("__stdout__", o);
        DICT.setStr("__stderr__", e);
        DICT.setStr("__stdin__", i);
        PyObject[] a = new PyObject[argv.size()];
        for (int k = 0; k < a.length; k++) a[k] = PyStr.of(argv.get(k));
        DICT.setStr("argv", new PyList(a));
        PyObject[] p = new PyObject[path.size()];
        for (int k = 0; k < p.length; k++) p[k] = PyStr.of(path.get(k));
        DICT.setStr("path", new PyList(p));
        recursionLimit = 1000;
        PyInt.maxStrDigits = 4300;
    }

    /** Sets sys.argv and sys.path for the program about to run (standard streams untouched). */
    public static void setArgvAndPath(java.util.List<String> argv, java.util.List<String> path) {
        PyObject[] a = new PyObject[argv.size()];
        for (int k = 0; k < a.length; k++) a[k] = PyStr.of(argv.get(k));
        DICT.setStr("argv", new PyList(a));
        PyObject[] p = new PyObject[path.size()];
        for (int k = 0; k < p.length; k++) p[k] = PyStr.of(path.get(k));
        DICT.setStr("path", new PyList(p));
    }

    public static PyObject stdout() {
        PyObject o = DICT.getStr("stdout");
        return o == null ? PyNone.NONE : o;
    }

    public static PyObject stderr() {
        PyObject o = DICT.getStr("stderr");
        return o == null ? PyNone.NONE : o;
    }

    public static PyObject stdin() {
        PyObject o = DICT.getStr("stdin");
        if (o == null || o == PyNone.NONE) throw Errors.runtimeError("input(): lost sys.stdin");
        return o;
    }

    /** Flushes sys.stdout and sys.stderr (at exit). */
    /** sys.set_asyncgen_hooks(): firstiter is called with each async generator on its first step. */
    static volatile PyObject asyncgenFirstiter = PyNone.NONE;
    static volatile PyObject asyncgenFinalizer = PyNone.NONE;

    private static final String[] STREAMS = {"stdout", "stderr", "__stdout__", "__stderr__"};

    public static void flushAll() {
        for (String n : STREAMS) {
            PyObject o = DICT.getStr(n);
            try {
                if (o instanceof StdStream s) s.flush();
                else if (o != null && o != PyNone.NONE) {
                    PyObject f = o.lookupAttr("flush");
                    if (f != null) f.call0();
                }
            } catch (PyException e) {
                // Flushing at exit must not raise.
            }
        }
    }

    private static void lazy(PyDict d, String name) {
        d.setStr(name, PyBuiltinFunction.lazy(name, DEFINE).module("sys"));
    }

    /** The sys functions' implementations, given on first call (see PyBuiltinFunction.lazy: no lambdas at start-up). */
    private static void define(PyBuiltinFunction fn) {
        switch (fn.name()) {
            case "exit" -> fn.with((Fn.F0) () -> {
            throw Errors.make(ExceptionTypes.SYSTEM_EXIT, PyObject.EMPTY);
        }).with((Fn.F1) c -> {
            if (c == PyNone.NONE) throw Errors.make(ExceptionTypes.SYSTEM_EXIT, PyObject.EMPTY);
            throw Errors.make(ExceptionTypes.SYSTEM_EXIT, c);
        });
            case "getrecursionlimit" -> fn.with((Fn.F0) () -> PyInt.of(recursionLimit));
            case "setrecursionlimit" -> fn.with((Fn.F1) n -> {
            long v = Protocol.index(n);
            if (v < 1) throw Errors.valueError("recursion limit must be greater or equal than 1");
            recursionLimit = (int) Math.min(v, Integer.MAX_VALUE);
            return PyNone.NONE;
        });
            case "exc_info" -> fn.with((Fn.F0) () -> {
            PyBaseException e = ThreadState.current().handled;
            if (e == null) return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            return PyTuple.of(e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback);
        });
            case "exception" -> fn.with((Fn.F0) () -> {
            PyBaseException e = ThreadState.current().handled;
            return e == null ? PyNone.NONE : e;
        });
            case "getsizeof" -> fn.with((Fn.FV) (a, kw) -> {
            ArgParser p = new ArgParser("getsizeof", a, kw, 0, "object", "default");
            return sizeOf(p.required(0, "object"));
        });
            case "getswitchinterval" -> fn.with((Fn.F0) () -> PyFloat.of(switchInterval));
            case "setswitchinterval" -> fn.with((Fn.F1) n -> {
            double v = FloatMethods.toDouble(n);
            if (v <= 0) throw Errors.valueError("switch interval must be strictly positive");
            switchInterval = v;
            return PyNone.NONE;
        });
            case "set_asyncgen_hooks" -> fn.with((Fn.FV) (a, kw) -> {
            ArgParser p = new ArgParser("set_asyncgen_hooks", a, kw, 0, "firstiter", "finalizer");
            PyObject first = p.get(0, null);
            PyObject fin = p.get(1, null);
            for (PyObject f : new PyObject[] {first, fin}) {
                if (f != null && f != PyNone.NONE && !f.isCallable()) {
                    throw Errors.typeError("callable " + (f == first ? "firstiter" : "finalizer") + " expected, got "
                            + f.type().name);
                }
            }
            if (first != null) Sys.asyncgenFirstiter = first;
            if (fin != null) Sys.asyncgenFinalizer = fin;
            return PyNone.NONE;
        });
            case "get_asyncgen_hooks" -> fn.with((Fn.F0) () -> PyTuple.of(Sys.asyncgenFirstiter, Sys.asyncgenFinalizer));
            case "is_finalizing" -> fn.with((Fn.F0) () -> PyBool.FALSE);
            case "getfilesystemencodeerrors" -> fn.with((Fn.F0) () -> PyStr.of("surrogateescape"));
            case "intern" -> fn.with((Fn.F1) s -> {
            if (!(s instanceof PyStr ps)) throw Errors.typeError("intern() argument must be str, not " + s.type().name);
            if (ps.type() != PyStr.TYPE) throw Errors.typeError("can't intern " + ps.type().name);
            return INTERNED.computeIfAbsent(ps.value(), k -> ps);
        });
            case "getdefaultencoding" -> fn.with((Fn.F0) () -> PyStr.of("utf-8"));
            case "getfilesystemencoding" -> fn.with((Fn.F0) () -> PyStr.of("utf-8"));
            case "get_int_max_str_digits" -> fn.with((Fn.F0) () -> PyInt.of(PyInt.maxStrDigits));
            case "set_int_max_str_digits" -> fn.with((Fn.F1) n -> {
            long v = Protocol.index(n);
            if (v != 0 && v < 640) throw Errors.valueError("maxdigits must be 0 or larger than 640");
            PyInt.maxStrDigits = (int) v;
            return PyNone.NONE;
        });
            case "getrefcount" -> fn.with((Fn.F1) o -> PyInt.of(2));
            case "_format_tb" -> fn.with((Fn.F1) tb ->
                PyStr.of(tb instanceof Traceback t ? TracebackPrinter.formatEntries(t) : ""));
            case "_format_exception" -> fn.with((Fn.F1) e ->
                PyStr.of(e instanceof PyBaseException x ? TracebackPrinter.format(x, false) : ""));
            case "_getframe" -> fn.with((Fn.F0) () -> Frames.getFrame(0))
                    .with((Fn.F1) n -> Frames.getFrame(Protocol.index(n)));
            default -> throw new IllegalStateException(fn.name());
        }
    }

}
