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
                return s == null ? null : load(name, s.text(), s.file(), s.isPackage());
            }

            private CompiledModule load(String name, String text, String path, boolean isPackage) {
                CompiledUnit u = compiling(() -> Compiler.compileModule(text, name, path, isPackage, optimize));
                synchronized (loader) {
                    loader.add(u);
                }
                return (CompiledModule) loader.instantiate(u);
            }
        });
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
                PyInt.of(e.endLine()), e.endOffset() > 0 ? PyInt.of(e.endOffset()) : PyNone.NONE);
        return Errors.make(t, PyStr.of(e.msg()), details);
    }

}
