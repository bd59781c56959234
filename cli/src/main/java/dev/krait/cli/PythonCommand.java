package dev.krait.cli;

import dev.krait.codegen.Library;
import dev.krait.codegen.MemoryLoader;
import dev.krait.codegen.ProgramRunner;
import dev.krait.frontend.CompileError;
import dev.krait.frontend.SourceDecoder;
import dev.krait.runtime.Builtins;
import dev.krait.runtime.CompiledModule;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Importer;
import dev.krait.runtime.Launcher;
import dev.krait.runtime.PyBool;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyInt;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyModule;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.StdStream;
import dev.krait.runtime.Sys;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.TracebackPrinter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs Krait the way {@code python3} runs: a script, {@code -c}, {@code -m}, stdin, or the interactive prompt. */
final class PythonCommand {
    private PythonCommand() {}

    /** The main thread's stack: deep Python recursion needs more than the JVM's default. */
    private static final long STACK_SIZE = 256L << 20;

    /** The program to run as {@code __main__}, once read: its text, its name in tracebacks, sys.argv[0]. */
    private record Program(String text, String file, String argv0) {}

    static int run(PythonOptions o) {
        PrintStream err = System.err;
        if (o.mode == PythonOptions.Mode.HELP) {
            System.out.print(PythonOptions.HELP);
            return 0;
        }
        if (o.mode == PythonOptions.Mode.VERSION) {
            System.out.println(new Main.Version().getVersion()[0]);
            return 0;
        }
        boolean repl = false;
        Program program = null;
        String path0;
        switch (o.mode) {
            case FILE -> {
                Path file = Path.of(o.target);
                byte[] bytes = Main.readSource(file, err);
                if (bytes == null) return 2;
                Path abs = file.toAbsolutePath().normalize();
                try {
                    program = new Program(SourceDecoder.decode(bytes, abs.toString()), abs.toString(), o.target);
                } catch (CompileError e) {
                    err.print(e.format());
                    return 1;
                }
                path0 = abs.getParent() == null ? "." : abs.getParent().toString();
            }
            case COMMAND -> {
                program = new Program(o.target, "<string>", "-c");
                path0 = "";
            }
            case MODULE -> path0 = Path.of("").toAbsolutePath().toString();
            default -> {
                path0 = "";
                if (!o.dashGiven && (o.inspect || Terminal.stdinIsTerminal())) {
                    repl = true;
                } else {
                    byte[] bytes;
                    try {
                        bytes = System.in.readAllBytes();
                    } catch (IOException e) {
                        err.println("krait: can't read standard input: " + e.getMessage());
                        return 2;
                    }
                    try {
                        program = new Program(SourceDecoder.decode(bytes, "<stdin>"), "<stdin>", o.dashGiven ? "-" : "");
                    } catch (CompileError e) {
                        err.print(e.format());
                        return 1;
                    }
                }
            }
        }
        if (program != null && o.skipFirstLine) program = skipFirstLine(program);
        List<String> argv = new ArrayList<>();
        argv.add(program != null ? program.argv0() : "");
        argv.addAll(o.args);
        List<String> path = new ArrayList<>();
        if (!o.isolated) path.add(path0);
        Sys.setArgvAndPath(argv, path);
        if (!o.ignoreEnvironment) Launcher.addKraitPath((PyList) Sys.DICT.getStr("path"));
        configureSys(o);
        MemoryLoader loader = ProgramRunner.prepare(o.optimize);
        boolean interactive = repl || o.inspect;
        boolean banner = repl && !o.quiet;
        Program main = program;
        int[] status = new int[1];
        Thread t = new ThreadState.KraitThread(null, () -> {
            try {
                if (main != null) status[0] = runMain(main, loader, o, interactive);
                else if (o.mode == PythonOptions.Mode.MODULE) status[0] = runModule(o.target, loader, o, interactive);
                if (interactive) status[0] = new Repl(loader, mainModule(), banner).run();
                Launcher.shutdown();
            } finally {
                Sys.flushAll();
            }
        }, "MainThread", STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        return status[0];
    }

    /** Blanks the first line (python3 -x) so the remaining lines keep their numbers. */
    private static Program skipFirstLine(Program p) {
        int nl = p.text().indexOf('\n');
        return new Program(nl < 0 ? "" : p.text().substring(nl), p.file(), p.argv0());
    }

    /** sys.flags-like settings of the command line: -X options, -W options, -u. */
    private static void configureSys(PythonOptions o) {
        PyDict x = new PyDict();
        for (var e : o.xOptions.entrySet()) {
            x.setStr(e.getKey(), e.getValue() == null ? PyBool.TRUE : PyStr.of(e.getValue()));
        }
        Sys.DICT.setStr("_xoptions", x);
        if (o.dontWriteBytecode) Sys.DICT.setStr("dont_write_bytecode", PyBool.TRUE);
        // As CPython: PYTHONWARNINGS's comma-separated entries come before the -W options (later ones win).
        java.util.List<String> warn = new java.util.ArrayList<>();
        String env = o.ignoreEnvironment ? null : System.getenv("PYTHONWARNINGS");
        if (env != null) {
            for (String part : env.split(",")) if (!part.isEmpty()) warn.add(part);
        }
        warn.addAll(o.warnOptions);
        PyObject[] w = new PyObject[warn.size()];
        for (int i = 0; i < w.length; i++) w[i] = PyStr.of(warn.get(i));
        Sys.DICT.setStr("warnoptions", new PyList(w));
        String dump = o.xOptions.get("dump-classes");
        if (dump != null) MemoryLoader.dumpTo(Path.of(dump.isEmpty() ? "krait-classes" : dump));
        String digits = o.xOptions.get("int_max_str_digits");
        if (digits != null) {
            PyObject set = Sys.DICT.getStr("set_int_max_str_digits");
            try {
                set.call1(PyInt.of(Long.parseLong(digits)));
            } catch (NumberFormatException | PyException e) {
                System.err.println("krait: -X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.");
            }
        }
        if (o.unbuffered) {
            StdStream out = StdStream.unbufferedOutput("<stdout>", 1, new FileOutputStream(FileDescriptor.out));
            Sys.DICT.setStr("stdout", out);
            Sys.DICT.setStr("__stdout__", out);
        }
    }

    /**
     * Runs the program as {@code __main__}; returns its exit status, or -1 when an exception (SystemExit too) ended
     * it and the interactive prompt follows (-i), as python3 does.
     */
    private static int runMain(Program p, MemoryLoader loader, PythonOptions o, boolean inspect) {
        CompiledModule cm;
        try {
            cm = ProgramRunner.compileMain(p.text(), p.file(), loader, o.optimize);
        } catch (CompileError e) {
            Sys.flushAll();
            System.err.print(e.format());
            System.err.flush();
            return inspect ? -1 : 1;
        }
        PyModule m = Importer.newModule("__main__", cm);
        if (p.file().equals("<string>")) m.dict.removeStr("__file__");
        return execute(cm, m, inspect);
    }

    /** Finds a module on sys.path (importing its parent packages first) and runs it as {@code __main__} (-m). */
    private static int runModule(String name, MemoryLoader loader, PythonOptions o, boolean inspect) {
        String pkg;
        Path file;
        String text;
        try {
            int dot = name.lastIndexOf('.');
            pkg = dot < 0 ? "" : name.substring(0, dot);
            PyObject paths = Sys.DICT.getStr("path");
            if (!pkg.isEmpty()) {
                PyObject parent = Importer.importModule(pkg);
                paths = parent.lookupAttr("__path__");
                if (paths == null) return noModule(name + " ('" + pkg + "' is not a package)");
            }
            String last = name.substring(dot + 1);
            file = null;
            Path namespace = null;
            PyObject it = paths.iter();
            for (PyObject d = it.next(); d != null && file == null; d = it.next()) {
                Path dir = Path.of(d.str().isEmpty() ? "." : d.str());
                if (Files.isRegularFile(dir.resolve(last).resolve("__init__.py"))) {
                    Importer.importModule(name);
                    Path main = dir.resolve(last).resolve("__main__.py");
                    if (!Files.isRegularFile(main)) {
                        return noModule(name + ".__main__; '" + name + "' is a package and cannot be directly executed");
                    }
                    file = main;
                    pkg = name;
                } else if (Files.isRegularFile(dir.resolve(last + ".py"))) {
                    file = dir.resolve(last + ".py");
                } else if (namespace == null && Files.isDirectory(dir.resolve(last))) {
                    namespace = dir.resolve(last);
                }
            }
            if (file == null && namespace != null) {
                if (!Files.isRegularFile(namespace.resolve("__main__.py"))) {
                    return noModule(name + ".__main__; '" + name + "' is a package and cannot be directly executed");
                }
                file = namespace.resolve("__main__.py");
                pkg = name;
            }
            if (file == null) {
                Library.Source lib = Library.find(name);
                if (lib == null || lib.isPackage()) return noModule(name);
                return runSource(new Program(lib.text(), lib.file(), lib.file()), pkg, loader, o, inspect);
            }
        } catch (PyException e) {
            Sys.flushAll();
            System.err.println("krait: Error while finding module specification for '" + name + "' ("
                    + e.value.type().name() + ": " + e.value.str() + ")");
            return 1;
        }
        Path abs = file.toAbsolutePath().normalize();
        try {
            text = SourceDecoder.decode(Files.readAllBytes(abs), abs.toString());
        } catch (IOException e) {
            System.err.println("krait: can't open file '" + abs + "': " + e.getMessage());
            return 1;
        } catch (CompileError e) {
            System.err.print(e.format());
            return 1;
        }
        return runSource(new Program(text, abs.toString(), abs.toString()), pkg, loader, o, inspect);
    }

    private static int runSource(Program p, String pkg, MemoryLoader loader, PythonOptions o, boolean inspect) {
        ((PyList) Sys.DICT.getStr("argv")).items[0] = PyStr.of(p.argv0());
        CompiledModule cm;
        try {
            cm = ProgramRunner.compileMain(p.text(), p.file(), loader, o.optimize);
        } catch (CompileError e) {
            Sys.flushAll();
            System.err.print(e.format());
            return 1;
        }
        PyModule m = Importer.newModule("__main__", cm);
        m.dict.setStr("__package__", PyStr.of(pkg));
        return execute(cm, m, inspect);
    }

    private static int noModule(String what) {
        Sys.flushAll();
        System.err.println("krait: No module named " + what);
        return 1;
    }

    private static int execute(CompiledModule cm, PyModule m, boolean inspect) {
        try {
            cm.execute(m);
            return 0;
        } catch (PyException e) {
            if (inspect) {
                Sys.flushAll();
                TracebackPrinter.printUncaught(e.value);
                return -1;
            }
            return Launcher.handleUncaught(e);
        } catch (StackOverflowError e) {
            PyException re = Errors.recursionError();
            if (inspect) {
                Sys.flushAll();
                TracebackPrinter.printUncaught(re.value);
                return -1;
            }
            return Launcher.handleUncaught(re);
        } finally {
            Sys.flushAll();
        }
    }

    /** The {@code __main__} module the prompt works in: the program's, or a fresh one. */
    private static PyModule mainModule() {
        PyObject m = Sys.MODULES.getStr("__main__");
        if (m instanceof PyModule pm) return pm;
        PyModule fresh = new PyModule("__main__");
        fresh.dict.setStr("__builtins__", Builtins.MODULE);
        fresh.dict.setStr("__annotations__", new PyDict());
        Sys.MODULES.setStr("__main__", fresh);
        return fresh;
    }
}
