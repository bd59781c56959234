package dev.krait.codegen;

import dev.krait.frontend.CompileError;
import dev.krait.frontend.SourceDecoder;
import dev.krait.runtime.CompiledModule;
import dev.krait.runtime.Importer;
import dev.krait.runtime.Launcher;
import dev.krait.runtime.PyList;
import dev.krait.runtime.Sys;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Compiles a script in memory and runs it as {@code __main__}, as {@code python3 script.py args} does. */
public final class ProgramRunner {
    private ProgramRunner() {}

    /**
     * Runs a script; returns the exit status. A syntax error is printed to {@code err} (exit status 1).
     *
     * @param argv0 the script path as given by the user (sys.argv[0])
     */
    public static int run(Path script, String argv0, List<String> args, boolean optimize, PrintStream err) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(script);
        } catch (IOException e) {
            err.println("krait: can't open file '" + script.toAbsolutePath() + "': [Errno 2] No such file or directory");
            return 2;
        }
        Path abs = script.toAbsolutePath().normalize();
        CompiledModule cm;
        MemoryLoader loader = prepare(optimize);
        try {
            String text = SourceDecoder.decode(bytes, abs.toString());
            cm = compileMain(text, abs.toString(), loader, optimize);
        } catch (CompileError e) {
            Sys.flushAll();
            err.print(e.format());
            err.flush();
            return 1;
        }
        List<String> argv = new ArrayList<>();
        argv.add(argv0);
        argv.addAll(args);
        List<String> path = new ArrayList<>();
        path.add(abs.getParent() == null ? "." : abs.getParent().toString());
        Sys.setArgvAndPath(argv, path);
        Launcher.addKraitPath((PyList) Sys.DICT.getStr("path"));
        return Launcher.runModule(cm);
    }

    /**
     * Connects the compiler to the runtime for a program run in this JVM (imports of .py files, eval/exec) and
     * returns the class loader that compiled code goes into.
     */
    public static MemoryLoader prepare(boolean optimize) {
        EvalSupport.setOptimize(optimize);
        EvalSupport.install();
        dev.krait.runtime.Builtins.MODULE.dict.setStr("__debug__", dev.krait.runtime.PyBool.of(!optimize));
        MemoryLoader loader = new MemoryLoader(ProgramRunner.class.getClassLoader());
        Importer.setClassLoader(loader);
        return loader;
    }

    /** Compiles source text as the {@code __main__} module; {@code file} is its name in tracebacks. */
    public static CompiledModule compileMain(String text, String file, MemoryLoader loader, boolean optimize) {
        BuildCache cache = file.startsWith("<") ? null : EvalSupport.mainCache(file);
        String key = file + "\0" + text;
        CompiledUnit unit = cache == null ? null : cache.lookup("__main__", key, optimize);
        if (unit == null) {
            unit = Compiler.compileModule(text, "__main__", file, false, optimize);
            if (cache != null) cache.store("__main__", key, optimize, unit);
        }
        loader.add(unit);
        return (CompiledModule) loader.instantiate(unit);
    }
}
