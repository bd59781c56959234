package dev.krait.codegen;

import dev.krait.frontend.CompileError;
import dev.krait.frontend.Frontend;
import dev.krait.frontend.ast.Module;
import dev.krait.frontend.ast.Stmt;
import dev.krait.frontend.scope.SymbolTable;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs the phases (see {@link Phase}) on one source text and returns JVM classes. */
public final class Compiler {
    private Compiler() {}

    private static final AtomicInteger CODE_COUNTER = new AtomicInteger();

    /**
     * Compiles a module.
     *
     * @param file the path recorded as __file__ and shown in tracebacks
     * @param optimize like {@code python -O}: asserts are dropped
     */
    public static CompiledUnit compileModule(String source, String moduleName, String file, boolean isPackage,
                                             boolean optimize) {
        return compileModule(Frontend.parse(source, file), source, moduleName, file, isPackage, optimize);
    }

    /** Compiles an already parsed module (source is used for scopes' error messages and annotations). */
    public static CompiledUnit compileModule(Module m, String source, String moduleName, String file, boolean isPackage,
                                             boolean optimize) {
        SymbolTable st = Frontend.analyze(m, source);
        String cls = ClassNames.moduleClass(moduleName);
        ModuleGen gen = new ModuleGen(moduleName, file, source, st, isPackage, optimize, ModuleGen.Mode.MODULE, cls);
        generate(gen, m);
        return new CompiledUnit(moduleName, cls, gen.classes());
    }

    /** Compiles source for exec ("exec"/"single") or eval ("eval") into a PyCode class. */
    public static CompiledUnit compileCode(String source, String file, String mode) {
        Module m;
        if (mode.equals("eval")) {
            m = dev.krait.frontend.parse.PythonParser.parseExpression(source, file);
        } else {
            m = Frontend.parse(source, file);
        }
        SymbolTable st = Frontend.analyze(m, source);
        String pseudo = "$code" + CODE_COUNTER.incrementAndGet();
        String cls = ClassNames.moduleClass(pseudo);
        ModuleGen.Mode md = mode.equals("eval") ? ModuleGen.Mode.EVAL
                : mode.equals("single") ? ModuleGen.Mode.SINGLE : ModuleGen.Mode.EXEC;
        ModuleGen gen = new ModuleGen(pseudo, file, source, st, false, false, md, cls);
        generate(gen, m);
        return new CompiledUnit(pseudo, cls, gen.classes());
    }

    private static void generate(ModuleGen gen, Module m) {
        try {
            gen.generate(m);
        } catch (EmitterBase.UnsupportedFeature e) {
            throw CompileError.syntax("not supported yet: " + e.getMessage(), gen.file, e.line, 0, null);
        } catch (org.objectweb.asm.MethodTooLargeException | org.objectweb.asm.ClassTooLargeException e) {
            // A single statement or expression whose code exceeds the JVM's 64 KB per method.
            throw CompileError.syntax("not supported yet: code too large for the JVM (" + e.getMessage() + ")",
                    gen.file, 1, 0, null);
        } catch (CompileError e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A compiler bug must still reach the user as a report, not as a Java stack trace.
            throw CompileError.syntax("internal compiler error: " + e, gen.file, 1, 0, null);
        }
    }

    /** True when the module body is exactly one expression statement (for eval). */
    static boolean isSingleExpression(Module m) {
        return m.body().size() == 1 && m.body().get(0) instanceof Stmt.ExprStmt;
    }
}
