package dev.krait.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Python's import system: sys.modules, built-in modules, compiled modules on the class path, and source files. */
public final class Importer {
    private Importer() {}

    /** Compiles a source file found on sys.path into a module entry point (set when the compiler is present). */
    public interface SourceCompiler {
        CompiledModule compile(String moduleName, Path file, boolean isPackage);

        /** A standard module the compiler ships as Python source, or null. */
        default CompiledModule compileLibrary(String moduleName) {
            return null;
        }
    }

    /** Modules registered at run time (by an embedding application), besides the runtime's own. */
    private static final Map<String, Supplier<PyModule>> BUILTIN = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile ClassLoader loader = Importer.class.getClassLoader();
    private static volatile SourceCompiler sourceCompiler;

    /**
     * The runtime's modules written in Java, made on first import. A switch rather than a table of method
     * references: each reference would cost a lambda class (and loading its module's class) at every start-up.
     */
    private static PyModule builtinModule(String name) {
        return switch (name) {
            case "os" -> OsModule.create();
            case "posixpath" -> PosixPath.create();
            case "time" -> TimeModule.create();
            case "math" -> MathModule.create();
            case "cmath" -> CmathModule.create();
            case "array" -> PyArray.createModule();
            case "binascii" -> BinasciiModule.create();
            case "zlib" -> ZlibModule.create();
            case "_weakref" -> WeakrefModule.create();
            case "posix" -> Importer.posix();
            case "_random" -> RandomModule.create();
            case "_kre" -> RegexModule.create();
            case "hashlib" -> HashlibModule.create();
            case "struct" -> StructModule.create();
            case "_kresources" -> JarResources.create();
            case "unicodedata" -> UnicodedataModule.create();
            case "_thread" -> ThreadModule.create();
            case "_kjson" -> JsonModule.create();
            case "_heapq" -> HeapqModule.create();
            case "_kitertools" -> ItertoolsModule.create();
            case "_ksocket" -> SocketModule.create();
            case "_ksubprocess" -> SubprocessModule.create();
            case "_kcollections" -> CollectionsHelpers.create();
            case "_collections" -> CollectionsHelpers.createCollections();
            case "_koperator" -> OperatorModule.create();
            case "_kframes" -> Frames.createModule();
            default -> {
                Supplier<PyModule> registered = BUILTIN.get(name);
                yield registered == null ? null : registered.get();
            }
        };
    }

    /** A Java package (import java.util): its parent packages are created as well and linked to it. */
    private static PyObject javaPackage(String name) {
        PyObject p = JavaInterop.packageObject(name);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            PyObject parent = importModule(name.substring(0, dot));
            parent.setAttr(name.substring(dot + 1), p);
        }
        return p;
    }

    /** {@code posix}: the functions and constants of {@code os} (which Krait builds directly) in a module of its own. */
    private static PyModule posix() {
        PyModule os = (PyModule) importModule("os");
        PyModule m = new PyModule("posix");
        PyObject it = os.dict.iter();
        for (PyObject k = it.next(); k != null; k = it.next()) {
            String name = k.str();
            // The names os.py itself defines are not posix's.
            if (java.util.Set.of("path", "name", "sep", "altsep", "curdir", "pardir", "extsep", "pathsep", "linesep",
                    "devnull", "defpath", "getenv", "makedirs", "walk", "fsencode", "fsdecode").contains(name)
                    || name.startsWith("__")) {
                continue;
            }
            m.dict.setItem(k, os.dict.getItem(k));
        }
        return m;
    }

    public static void registerBuiltin(String name, Supplier<PyModule> factory) {
        BUILTIN.put(name, factory);
    }

    public static void setClassLoader(ClassLoader l) {
        loader = l;
    }

    public static ClassLoader classLoader() {
        return loader;
    }

    public static void setSourceCompiler(SourceCompiler c) {
        sourceCompiler = c;
    }

    public static SourceCompiler sourceCompiler() {
        return sourceCompiler;
    }

    // ------------------------------------------------------------------ entry points for compiled code

    /** {@code import a.b.c}: imports a, a.b, a.b.c and returns the top-level module a. */
    public static PyObject importName(String name, int level, PyDict globals) {
        String full = resolve(name, level, globals);
        PyObject m = importModule(full);
        if (level == 0) {
            int dot = name.indexOf('.');
            return dot < 0 ? m : Sys.MODULES.getStr(name.substring(0, dot));
        }
        return m;
    }

    /** {@code import a.b as x} and {@code from a.b import ...}: returns the module a.b itself. */
    public static PyObject importModule(String name, int level, PyDict globals) {
        return importModule(resolve(name == null ? "" : name, level, globals));
    }

    /** {@code from module import name}: the attribute, or the submodule module.name. */
    public static PyObject importFrom(PyObject module, String name) {
        PyObject v = module.lookupAttr(name);
        if (v != null) return v;
        PyObject modName = module.lookupAttr("__name__");
        if (modName instanceof PyStr mn && module.lookupAttr("__path__") != null) {
            String sub = mn.value() + "." + name;
            PyObject m = Sys.MODULES.getStr(sub);
            if (m != null) return m;
            try {
                return importModule(sub);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.MODULE_NOT_FOUND_ERROR)) throw e;
            }
        }
        String mname = modName == null ? "<unknown module name>" : modName.str();
        PyObject file = module.lookupAttr("__file__");
        String where = file == null || file == PyNone.NONE ? "unknown location" : file.str();
        PyException e = Errors.make(ExceptionTypes.IMPORT_ERROR, "cannot import name '" + name + "' from '" + mname + "' ("
                + where + ")");
        e.value.setAttrValue("name", PyStr.of(mname));
        return throwIt(e);
    }

    private static PyObject throwIt(PyException e) {
        throw e;
    }

    /** {@code from module import *}. */
    public static void importStar(PyObject module, PyDict globals) {
        PyObject all = module.lookupAttr("__all__");
        PyDict d = module.instanceDict();
        if (all != null) {
            PyObject it = all.iter();
            for (PyObject n = it.next(); n != null; n = it.next()) {
                globals.put(n, module.getAttr(n.str()));
            }
            return;
        }
        if (d == null) return;
        for (int i = 0; i < d.entryLimit(); i++) {
            PyObject k = d.keyAt(i);
            if (k instanceof PyStr s && !s.value().startsWith("_")) globals.put(k, d.valueAt(i));
        }
    }

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    static PyObject importHook(String name, PyDict globals, PyObject fromlist, int level) {
        boolean hasFrom = fromlist != PyNone.NONE && fromlist.isTrue();
        if (!hasFrom) return importName(name, level, globals);
        PyObject m = importModule(name, level, globals);
        PyObject it = fromlist.iter();
        for (PyObject n = it.next(); n != null; n = it.next()) {
            if (!n.str().equals("*") && m.lookupAttr(n.str()) == null && m.lookupAttr("__path__") != null) {
                try {
                    importModule(((PyModule) m).name() + "." + n.str());
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.MODULE_NOT_FOUND_ERROR)) throw e;
                }
            }
        }
        return m;
    }

    /** The absolute module name for a possibly relative import. */
    static String resolve(String name, int level, PyDict globals) {
        if (level == 0) {
            if (name.isEmpty()) throw Errors.valueError("Empty module name");
            return name;
        }
        String pkg = null;
        if (globals != null) {
            PyObject p = globals.getStr("__package__");
            if (p instanceof PyStr ps) {
                pkg = ps.value();
            } else {
                PyObject n = globals.getStr("__name__");
                if (n instanceof PyStr ns) {
                    pkg = globals.getStr("__path__") != null ? ns.value()
                            : ns.value().contains(".") ? ns.value().substring(0, ns.value().lastIndexOf('.')) : "";
                }
            }
        }
        if (pkg == null || pkg.isEmpty()) {
            throw Errors.make(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw Errors.make(ExceptionTypes.IMPORT_ERROR, "attempted relative import beyond top-level package");
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    // ------------------------------------------------------------------ finding and loading

    /** Imports (or returns from sys.modules) the module with this absolute name. */
    public static PyObject importModule(String name) {
        PyObject m = Sys.MODULES.getStr(name);
        if (m != null) {
            if (m == PyNone.NONE) throw notFound(name, "import of " + name + " halted; None in sys.modules");
            return m;
        }
        synchronized (Importer.class) {
            m = Sys.MODULES.getStr(name);
            if (m != null) return m;
            if (JavaInterop.isJavaPackage(name)) return javaPackage(name);
            int dot = name.lastIndexOf('.');
            PyObject parent = null;
            if (dot >= 0) {
                String parentName = name.substring(0, dot);
                parent = importModule(parentName);
                m = Sys.MODULES.getStr(name);
                if (m != null) return m;
                if (parent.lookupAttr("__path__") == null) {
                    throw notFound(name, "No module named '" + name + "'; '" + parentName + "' is not a package");
                }
            }
            PyModule mod = load(name, parent);
            if (parent != null) parent.setAttr(name.substring(dot + 1), mod);
            return Sys.MODULES.getStr(name) != null ? Sys.MODULES.getStr(name) : mod;
        }
    }

    private static PyException notFound(String name, String msg) {
        PyException e = Errors.make(ExceptionTypes.MODULE_NOT_FOUND_ERROR, msg);
        e.value.setAttrValue("name", PyStr.of(name));
        return e;
    }

    private static PyModule load(String name, PyObject parent) {
        PyModule m = builtinModule(name);
        if (m != null) {
            Sys.MODULES.setStr(name, m);
            return m;
        }
        CompiledModule cm = findCompiled(name);
        if (cm == null && loader.getResource(CompiledModule.namespaceMarker(name)) != null) {
            cm = new NamespacePackage(Path.of(name.replace('.', '/')));
        }
        if (cm == null) cm = findSource(name, parent);
        if (cm == null) throw notFound(name, "No module named '" + name + "'");
        return execute(name, cm);
    }

    /** Creates the module object, registers it in sys.modules and runs its body. */
    public static PyModule execute(String name, CompiledModule cm) {
        PyModule m = newModule(name, cm);
        try {
            cm.execute(m);
        } catch (RuntimeException | Error e) {
            Sys.MODULES.removeStr(name);
            throw e;
        }
        return m;
    }

    /**
     * A module's {@code __file__}. Modules of a project compiled as a tree carry their path relative to the
     * project; inside a jar that becomes a path under the jar's, as CPython's zipimport gives, so
     * {@code os.path.dirname(__file__)} finds the data files packed beside them (see PyFile's jar fallback).
     */
    static String fileOf(CompiledModule cm) {
        String f = cm.file();
        if (f.isEmpty() || f.startsWith("<") || f.startsWith("/") || Path.of(f).isAbsolute()) return f;
        try {
            var src = cm.getClass().getProtectionDomain().getCodeSource();
            if (src == null) return f;
            Path base = Path.of(src.getLocation().toURI());
            return base.resolve(f).toString();
        } catch (Exception e) {
            return f;
        }
    }

    /** Creates the module object for {@code cm} with its {@code __file__}, {@code __package__}... and registers it. */
    public static PyModule newModule(String name, CompiledModule cm) {
        PyModule m = new PyModule(name);
        String file = fileOf(cm);
        m.dict.setStr("__file__", PyStr.of(file));
        if (cm.isPackage()) {
            Path dir = Path.of(file).getParent();
            m.dict.setStr("__path__", PyList.of(PyStr.of(dir == null ? "." : dir.toString())));
            m.dict.setStr("__package__", PyStr.of(name));
        } else {
            int dot = name.lastIndexOf('.');
            m.dict.setStr("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        m.dict.setStr("__builtins__", Builtins.MODULE);
        Sys.MODULES.setStr(name, m);
        return m;
    }

    private static CompiledModule findCompiled(String name) {
        try {
            Class<?> c = Class.forName(CompiledModule.className(name), true, loader);
            return (CompiledModule) c.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException | LinkageError e) {
            throw Errors.make(ExceptionTypes.IMPORT_ERROR, "cannot load compiled module " + name + ": " + e);
        }
    }

    /** The pure-Python modules CPython 3.11 has imported before a script's first line (python3 -I). */
    private static final java.util.Set<String> STARTUP_MODULES = java.util.Set.of("abc", "codecs", "io", "stat",
            "posixpath", "genericpath", "_collections_abc", "site", "encodings", "_sitebuiltins");

    private static CompiledModule findSource(String name, PyObject parent) {
        SourceCompiler sc = sourceCompiler;
        if (sc == null) return null;
        String last = name.substring(name.lastIndexOf('.') + 1);
        PyObject paths = parent != null ? parent.lookupAttr("__path__") : Sys.DICT.getStr("path");
        if (paths == null) return null;
        PyObject it = paths.iter();
        Path namespace = null;
        boolean first = true;
        boolean libraryChecked = parent != null;
        if (parent == null && STARTUP_MODULES.contains(name)) {
            // CPython imports these while starting, so a file of the same name beside the script never hides them.
            libraryChecked = true;
            CompiledModule lib = sc.compileLibrary(name);
            if (lib != null) return lib;
        }
        for (PyObject p = it.next(); p != null; p = it.next()) {
            // The library plays CPython's standard library: after the script's directory, before the rest.
            if (!first && !libraryChecked) {
                libraryChecked = true;
                CompiledModule lib = sc.compileLibrary(name);
                if (lib != null) return lib;
            }
            first = false;
            Path dir = Path.of(p.str().isEmpty() ? "." : p.str());
            Path pkg = dir.resolve(last).resolve("__init__.py");
            if (Files.isRegularFile(pkg)) return sc.compile(name, pkg, true);
            Path file = dir.resolve(last + ".py");
            if (Files.isRegularFile(file)) return sc.compile(name, file, false);
            if (namespace == null && Files.isDirectory(dir.resolve(last))) namespace = dir.resolve(last);
        }
        if (namespace != null) return new NamespacePackage(namespace);
        return libraryChecked && parent == null ? null : sc.compileLibrary(name);
    }
}
