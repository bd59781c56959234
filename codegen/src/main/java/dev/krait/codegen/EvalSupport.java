package dev.krait.codegen;

import dev.krait.frontend.CompileError;
import dev.krait.runtime.CompiledModule;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Eval;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Importer;
import dev.krait.runtime.PyCode;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyInt;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyTuple;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Connects the compiler to the runtime when both are present: exec/eval/compile of source text, and importing
 * .py files found on sys.path, compiled in memory.
 */
public final class EvalSupport {
    private EvalSupport() {}

    private static volatile boolean installed;
    private static boolean optimize;

    public static synchronized void install() {
        if (installed) return;
        installed = true;
        MemoryLoader loader = new MemoryLoader(EvalSupport.class.getClassLoader());
        Eval.setCompiler((source, file, mode) -> {
            CompiledUnit u = compiling(() -> Compiler.compileCode(source, file, mode));
            synchronized (loader) {
                loader.add(u);
            }
            return (PyCode) loader.instantiate(u);
        });
        Importer.setSourceCompiler(new Importer.SourceCompiler() {
            @Override
            public CompiledModule compile(String name, java.nio.file.Path file, boolean isPackage) {
                String text;
                try {
                    text = dev.krait.frontend.SourceDecoder.decode(Files.readAllBytes(file), file.toString());
                } catch (IOException e) {
                    throw Errors.osError(ExceptionTypes.OS_ERROR, 5, String.valueOf(e.getMessage()), file.toString());
                }
                return load(name, text, file.toAbsolutePath().normalize().toString(), isPackage);
            }

            @Override
            public CompiledModule compileLibrary(String name) {
                Library.Source s = Library.find(name);
                return s == null ? null : load(name, s.text(), s.file(), s.isPackage(), libraryCache());
            }

            private CompiledModule load(String name, String text, String path, boolean isPackage) {
                return load(name, text, path, isPackage, sourceCache(path));
            }

            private CompiledModule load(String name, String text, String path, boolean isPackage, BuildCache cache) {
                String key = path + "\0" + text;
                CompiledUnit cached = cache == null ? null : cache.lookup(name, key, optimize);
                CompiledUnit u = cached != null ? cached
                        : compiling(() -> Compiler.compileModule(text, name, path, isPackage, optimize));
                if (cached == null && cache != null) cache.store(name, key, optimize, u);
                synchronized (loader) {
                    loader.add(u);
                }
                return (CompiledModule) loader.instantiate(u);
            }
        });
    }

    private static final java.util.Map<java.nio.file.Path, BuildCache> CACHES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Compiled classes of the library modules, kept between runs in the user's cache directory
     * ({@code $XDG_CACHE_HOME/krait} or {@code ~/.cache/krait}; KRAIT_NO_CACHE=1 turns it off), so a program
     * importing them starts fast.
     */
    static BuildCache libraryCache() {
        // Krait's own installed modules, not the user's sources: PYTHONDONTWRITEBYTECODE and -B are about the latter.
        java.nio.file.Path base = userCache();
        return base == null ? null : CACHES.computeIfAbsent(base.resolve("lib"), BuildCache::new);
    }

    /**
     * The classes of a program run as {@code __main__} (CPython recompiles its main script on every run; Krait's
     * compiler costs more than CPython's, so they are kept in the user's cache directory, never beside the script,
     * one entry per script path, replaced when the source changes).
     */
    static BuildCache mainCache(String file) {
        java.nio.file.Path base = userCache();
        if (base == null) return null;
        String name;
        try {
            name = Integer.toHexString(file.hashCode()) + "-" + java.nio.file.Path.of(file).getFileName();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        return CACHES.computeIfAbsent(base.resolve("main").resolve(name), BuildCache::new);
    }

    /** {@code $XDG_CACHE_HOME/krait} or {@code ~/.cache/krait}, or null under KRAIT_NO_CACHE=1. */
    private static java.nio.file.Path userCache() {
        String off = System.getenv("KRAIT_NO_CACHE");
        if (off != null && !off.isEmpty()) return null;
        String xdg = System.getenv("XDG_CACHE_HOME");
        java.nio.file.Path base = xdg != null && !xdg.isEmpty() ? java.nio.file.Path.of(xdg)
                : java.nio.file.Path.of(System.getProperty("user.home", "."), ".cache");
        return base.resolve("krait");
    }

    /** The __pycache__ directory beside a module found on sys.path, where its compiled classes are kept. */
    static BuildCache sourceCache(String path) {
        if (!writeCache()) return null;
        java.nio.file.Path dir = java.nio.file.Path.of(path).getParent();
        return dir == null ? null : CACHES.computeIfAbsent(dir.resolve("__pycache__"), BuildCache::new);
    }

    /** False under -B, PYTHONDONTWRITEBYTECODE or sys.dont_write_bytecode = True, as CPython decides. */
    private static boolean writeCache() {
        dev.krait.runtime.PyObject flag = dev.krait.runtime.Sys.DICT.getStr("dont_write_bytecode");
        return flag == null || !flag.isTrue();
    }

    public static void setOptimize(boolean o) {
        optimize = o;
    }

    /** Runs a compilation, turning a CompileError into the Python SyntaxError it stands for. */
    static CompiledUnit compiling(java.util.function.Supplier<CompiledUnit> c) {
        try {
            return c.get();
        } catch (CompileError e) {
            throw toSyntaxError(e);
        }
    }

    public static PyException toSyntaxError(CompileError e) {
        dev.krait.runtime.PyType t = switch (e.kind()) {
            case "IndentationError" -> ExceptionTypes.INDENTATION_ERROR;
            case "TabError" -> ExceptionTypes.TAB_ERROR;
            default -> ExceptionTypes.SYNTAX_ERROR;
        };
        PyObject text = e.text() == null ? PyNone.NONE : PyStr.of(e.text() + "\n");
        PyObject details = PyTuple.of(PyStr.of(e.fileName()), PyInt.of(e.line()),
                e.offset() > 0 ? PyInt.of(e.offset()) : PyNone.NONE, text,
                PyInt.of(e.endLine()), e.endOffset() > 0 || e.endOffset() == -1 || e.kind().equals("TabError")
                        || e.msg().startsWith("unexpected character after line continuation")
                        || e.msg().endsWith("was never closed") ? PyInt.of(e.endOffset()) : PyNone.NONE);
        return Errors.make(t, PyStr.of(e.msg()), details);
    }

}
