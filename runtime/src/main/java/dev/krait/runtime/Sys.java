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
        d.setStr("exit", new PyBuiltinFunction("exit").with((Fn.F0) () -> {
            throw Errors.make(ExceptionTypes.SYSTEM_EXIT, PyObject.EMPTY);
        }).with((Fn.F1) c -> {
            if (c == PyNone.NONE) throw Errors.make(ExceptionTypes.SYSTEM_EXIT, PyObject.EMPTY);
            throw Errors.make(ExceptionTypes.SYSTEM_EXIT, c);
        }).module("sys"));
        d.setStr("getrecursionlimit", new PyBuiltinFunction("getrecursionlimit", (Fn.F0) () -> PyInt.of(recursionLimit)).module("sys"));
        d.setStr("setrecursionlimit", new PyBuiltinFunction("setrecursionlimit", (Fn.F1) n -> {
            long v = Protocol.index(n);
            if (v < 1) throw Errors.valueError("recursion limit must be greater or equal than 1");
            recursionLimit = (int) Math.min(v, Integer.MAX_VALUE);
            return PyNone.NONE;
        }).module("sys"));
        d.setStr("exc_info", new PyBuiltinFunction("exc_info", (Fn.F0) () -> {
            PyBaseException e = ThreadState.current().handled;
            if (e == null) return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            return PyTuple.of(e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback);
        }).module("sys"));
        d.setStr("exception", new PyBuiltinFunction("exception", (Fn.F0) () -> {
            PyBaseException e = ThreadState.current().handled;
            return e == null ? PyNone.NONE : e;
        }).module("sys"));
        d.setStr("getsizeof", new PyBuiltinFunction("getsizeof", (Fn.FV) (a, kw) -> {
            ArgParser p = new ArgParser("getsizeof", a, kw, 0, "object", "default");
            return sizeOf(p.required(0, "object"));
        }).module("sys"));
        d.setStr("getswitchinterval", new PyBuiltinFunction("getswitchinterval", (Fn.F0) () -> PyFloat.of(switchInterval)).module("sys"));
        d.setStr("setswitchinterval", new PyBuiltinFunction("setswitchinterval", (Fn.F1) n -> {
            double v = FloatMethods.toDouble(n);
            if (v <= 0) throw Errors.valueError("switch interval must be strictly positive");
            switchInterval = v;
            return PyNone.NONE;
        }).module("sys"));
        d.setStr("set_asyncgen_hooks", new PyBuiltinFunction("set_asyncgen_hooks", (Fn.FV) (a, kw) -> {
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
        }).module("sys"));
        d.setStr("get_asyncgen_hooks", new PyBuiltinFunction("get_asyncgen_hooks",
                (Fn.F0) () -> PyTuple.of(Sys.asyncgenFirstiter, Sys.asyncgenFinalizer)).module("sys"));
        for (String hook : new String[] {"trace", "profile"}) {
            d.setStr("get" + hook, new PyBuiltinFunction("get" + hook, (Fn.F0) () -> PyNone.NONE).module("sys"));
            // Tracing and profiling hooks are accepted and never called: Krait compiles without trace points.
            d.setStr("set" + hook, new PyBuiltinFunction("set" + hook, (Fn.F1) f -> PyNone.NONE).module("sys"));
        }
        d.setStr("is_finalizing", new PyBuiltinFunction("is_finalizing", (Fn.F0) () -> PyBool.FALSE).module("sys"));
        d.setStr("getfilesystemencodeerrors", new PyBuiltinFunction("getfilesystemencodeerrors", (Fn.F0) () -> PyStr.of("surrogateescape")).module("sys"));
        d.setStr("intern", new PyBuiltinFunction("intern", (Fn.F1) s -> {
            if (!(s instanceof PyStr ps)) throw Errors.typeError("intern() argument must be str, not " + s.type().name);
            if (ps.type() != PyStr.TYPE) throw Errors.typeError("can't intern " + ps.type().name);
            return INTERNED.computeIfAbsent(ps.value, k -> ps);
        }).module("sys"));
        d.setStr("getdefaultencoding", new PyBuiltinFunction("getdefaultencoding", (Fn.F0) () -> PyStr.of("utf-8")).module("sys"));
        d.setStr("getfilesystemencoding", new PyBuiltinFunction("getfilesystemencoding", (Fn.F0) () -> PyStr.of("utf-8")).module("sys"));
        d.setStr("get_int_max_str_digits", new PyBuiltinFunction("get_int_max_str_digits", (Fn.F0) () -> PyInt.of(PyInt.maxStrDigits)).module("sys"));
        d.setStr("set_int_max_str_digits", new PyBuiltinFunction("set_int_max_str_digits", (Fn.F1) n -> {
            long v = Protocol.index(n);
            if (v != 0 && v < 640) throw Errors.valueError("maxdigits must be 0 or larger than 640");
            PyInt.maxStrDigits = (int) v;
            return PyNone.NONE;
        }).module("sys"));
        d.setStr("getrefcount", new PyBuiltinFunction("getrefcount", (Fn.F1) o -> PyInt.of(2)).module("sys"));
        d.setStr("_format_tb", new PyBuiltinFunction("_format_tb", (Fn.F1) tb ->
                PyStr.of(tb instanceof Traceback t ? TracebackPrinter.formatEntries(t) : "")).module("sys"));
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
        if (o instanceof PyStr s) base = 49 + s.value.length();
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
}
