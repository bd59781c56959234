package dev.krait.runtime;

import java.nio.file.Path;

/**
 * Runs a compiled program as {@code python3 prog.py} would: sets sys.argv and sys.path, runs the main module
 * as {@code __main__} on a thread with a large stack, prints an uncaught exception's traceback and maps
 * SystemExit to the exit status.
 */
public final class Launcher {
    private Launcher() {}

    /** Stack for the main thread: deep Python recursion needs more than the JVM's default. */
    private static final long STACK_SIZE = 256L << 20;

    /** Entry point of jars built by {@code krait compile}: runs the main module named in the jar. */
    public static void runJar(String mainModule, String[] args) {
        int status = run(() -> {
            PyObject[] argv = new PyObject[args.length + 1];
            argv[0] = PyStr.of(jarPath());
            for (int i = 0; i < args.length; i++) argv[i + 1] = PyStr.of(args[i]);
            Sys.DICT.setStr("argv", new PyList(argv));
            PyList path = (PyList) Sys.DICT.getStr("path");
            path.append(PyStr.of(jarPath()));
            addKraitPath(path);
            return mainModule;
        });
        System.exit(status);
    }

    static String jarPath() {
        try {
            return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (Exception e) {
            return "";
        }
    }

    /** Adds the directories of the KRAITPATH environment variable to sys.path. */
    public static void addKraitPath(PyList path) {
        String kp = System.getenv("KRAITPATH");
        if (kp == null || kp.isEmpty()) return;
        for (String p : kp.split(java.io.File.pathSeparator)) if (!p.isEmpty()) path.append(PyStr.of(p));
    }

    /** Runs {@code setup} (which returns the main module's name) then the module; returns the exit status. */
    public static int run(java.util.function.Supplier<?> setup) {
        int[] status = new int[1];
        Thread t = new ThreadState.KraitThread(null, () -> status[0] = runHere(setup), "MainThread", STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        return status[0];
    }

    /** Runs an already loaded main module in a big-stack thread; returns the exit status. */
    public static int runModule(CompiledModule cm) {
        int[] status = new int[1];
        Thread t = new ThreadState.KraitThread(null, () -> {
            try {
                status[0] = runHere(() -> cm);
            } finally {
                Gil.mainThreadDone();
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

    /** Runs the main module on the current thread. */
    public static int runHere(java.util.function.Supplier<?> setup) {
        try {
            Object main = setup.get();
            if (main instanceof CompiledModule c) {
                Importer.execute("__main__", c);
            } else {
                // A main module inside a package (krait compile DIR --main pkg.mod) runs as python3 -m does:
                // its package is imported first and relative imports resolve against it.
                String name = (String) main;
                int dot = name.lastIndexOf('.');
                String pkg = dot < 0 ? "" : name.substring(0, dot);
                if (!pkg.isEmpty()) Importer.importModule(pkg);
                CompiledModule cm = findMain(name);
                PyModule m = Importer.newModule("__main__", cm);
                if (!pkg.isEmpty()) m.dict.setStr("__package__", PyStr.of(pkg));
                try {
                    cm.execute(m);
                } finally {
                    Sys.flushAll();
                }
            }
            Sys.flushAll();
            shutdown();
            return 0;
        } catch (PyException e) {
            int status = handleUncaught(e);
            shutdown();
            return status;
        } catch (StackOverflowError e) {
            int status = handleUncaught(Errors.recursionError());
            shutdown();
            return status;
        } finally {
            Sys.flushAll();
        }
    }

    /**
     * The interpreter's exit steps after the main module: waits for the threads that are not daemons
     * ({@code threading._shutdown}), then runs the {@code atexit} callbacks, when those modules were imported.
     */
    public static void shutdown() {
        for (String[] hook : new String[][] {{"threading", "_shutdown"}, {"atexit", "_run_exitfuncs"}}) {
            PyObject m = Sys.MODULES.getStr(hook[0]);
            if (m == null) continue;
            try {
                PyObject f = m.lookupAttr(hook[1]);
                if (f != null) f.call0();
            } catch (PyException e) {
                if (!e.value.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                    Sys.flushAll();
                    TracebackPrinter.printUncaught(e.value);
                }
            } catch (StackOverflowError e) {
                // Exit proceeds.
            }
        }
        Finalizers.atExit();
        Sys.flushAll();
    }

    private static CompiledModule findMain(String name) {
        try {
            Class<?> c = Class.forName(CompiledModule.className(name), true, Importer.classLoader());
            return (CompiledModule) c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw Errors.make(ExceptionTypes.IMPORT_ERROR, "cannot find compiled main module " + name);
        }
    }

    /** Prints the traceback (or the SystemExit message) and returns the exit status. */
    public static int handleUncaught(PyException e) {
        PyBaseException v = e.value;
        if (v.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) return exitStatus(v.attr("code"));
        Sys.flushAll();
        TracebackPrinter.printUncaught(v);
        return v.type().isSubtypeOf(ExceptionTypes.KEYBOARD_INTERRUPT) ? 130 : 1;
    }

    static int exitStatus(PyObject code) {
        if (code == PyNone.NONE) return 0;
        if (code instanceof PyInt i) return (int) (i.isBig() ? -1 : i.v) & 0xff;
        Sys.flushAll();
        PyObject err = Sys.stderr();
        String text = code.str() + "\n";
        if (err instanceof StdStream s) {
            s.write(text);
            s.flush();
        } else if (err != PyNone.NONE) {
            err.getAttr("write").call1(PyStr.of(text));
        }
        return 1;
    }
}
