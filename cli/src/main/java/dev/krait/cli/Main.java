package dev.krait.cli;

import dev.krait.frontend.CompileError;
import dev.krait.frontend.Frontend;
import dev.krait.frontend.ast.AstDump;
import dev.krait.frontend.ast.Module;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code krait} command. */
@Command(name = "krait", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Krait: compiles Python 3 to JVM bytecode.",
        subcommands = {Main.Check.class, Main.Ast.class, Main.Run.class, Main.Compile.class})
public final class Main implements Callable<Integer> {
    static final String VERSION = "0.1.0";

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    private static final java.util.Set<String> SUBCOMMANDS = java.util.Set.of("check", "ast", "run", "compile");

    /**
     * Runs a command line: {@code krait check|ast|run|compile ...}, or otherwise python3's command line
     * ({@code krait [option] ... [-c cmd | -m mod | file | -] [arg] ...}).
     */
    public static int execute(String... args) {
        if (args.length > 0 && SUBCOMMANDS.contains(args[0])) return new CommandLine(new Main()).execute(args);
        try {
            return PythonCommand.run(PythonOptions.parse(args));
        } catch (PythonOptions.UsageError e) {
            System.err.println(e.getMessage());
            System.err.println(PythonOptions.USAGE);
            System.err.println("Try `krait -h' for more information.");
            return 2;
        }
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Krait " + VERSION + " (Python 3.11 language) on Java " + System.getProperty("java.version")};
        }
    }

    /** Reads a source file as bytes, reporting a missing file as python3 does. */
    static byte[] readSource(Path file, PrintStream err) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("krait: can't open file '" + file.toAbsolutePath() + "': [Errno 2] No such file or directory");
            return null;
        } catch (IOException e) {
            err.println("krait: can't open file '" + file + "': " + e.getMessage());
            return null;
        }
    }

    @Command(name = "check", description = "Parse and analyse files; exit 0 when all are valid.")
    static final class Check implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Override
        public Integer call() {
            int status = 0;
            for (Path f : files) {
                byte[] src = readSource(f, System.err);
                if (src == null) {
                    status = 2;
                    continue;
                }
                try {
                    String text = dev.krait.frontend.SourceDecoder.decode(src, f.toString());
                    Module m = Frontend.parse(text, f.toString());
                    Frontend.analyze(m, text);
                } catch (CompileError e) {
                    System.err.print(e.format());
                    status = Math.max(status, 1);
                }
            }
            return status;
        }
    }

    @Command(name = "ast", description = "Print the AST of a file.")
    static final class Ast implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            byte[] src = readSource(file, System.err);
            if (src == null) return 2;
            try {
                Module m = Frontend.parse(src, file.toString());
                PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
                out.println(AstDump.dump(m.body()));
                return 0;
            } catch (CompileError e) {
                System.err.print(e.format());
                return 1;
            }
        }
    }

    @Command(name = "run", description = "Compile and run a Python program (as python3 FILE ARGS would).")
    static final class Run implements Callable<Integer> {
        @Option(names = "-O", description = "Remove assert statements (like python3 -O).")
        boolean optimize;

        @Parameters(index = "0", paramLabel = "FILE")
        String file;

        @Parameters(index = "1..*", paramLabel = "ARGS")
        List<String> args = new java.util.ArrayList<>();

        @Override
        public Integer call() {
            return dev.krait.codegen.ProgramRunner.run(Path.of(file), file, args, optimize, System.err);
        }
    }

    @Command(name = "compile", description = {
        "Compile Python to a runnable jar (-o) or class files (-d).",
        "FILE...: the main script first, then other modules; the modules they import from beside the script",
        "  are compiled too.",
        "DIR --main MODULE: every module and data file of a project tree; MODULE (pkg.mod) runs as __main__.",
        "  A second build of the same tree recompiles only the modules that changed (cache in DIR/.krait-cache)."})
    static final class Compile implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "The main script first, then other modules; or a project directory.")
        List<Path> files;

        @Option(names = "-o", paramLabel = "JAR", description = "Write a jar runnable with java -jar.")
        Path out;

        @Option(names = "-d", paramLabel = "DIR", description = "Write class files under DIR.")
        Path dir;

        @Option(names = "--main", paramLabel = "MODULE", description = "With a project directory: the module run by java -jar.")
        String main;

        @Option(names = "--no-cache", description = "With a project directory: compile every module afresh.")
        boolean noCache;

        @Option(names = {"-v", "--verbose"}, description = "Report how many modules were compiled and reused.")
        boolean verbose;

        @Option(names = "--lib", description = "A library: every FILE compiled as a module under its own name, a jar "
                + "without Main-Class and without the runtime inside (krait-runtime goes on the class path beside it).")
        boolean lib;

        @Option(names = "-O", description = "Remove assert statements.")
        boolean optimize;

        @Override
        public Integer call() throws java.io.IOException {
            if (out == null && dir == null) {
                System.err.println("krait compile: give -o app.jar or -d DIR");
                return 2;
            }
            for (Path f : files) {
                if (!java.nio.file.Files.exists(f)) {
                    System.err.println("krait: can't open file '" + f.toAbsolutePath() + "': [Errno 2] No such file or directory");
                    return 2;
                }
            }
            boolean tree = java.nio.file.Files.isDirectory(files.get(0));
            if (tree && (files.size() > 1 || main == null)) {
                System.err.println("krait compile: a project directory takes --main MODULE and no other files");
                return 2;
            }
            if (!tree && main != null) {
                System.err.println("krait compile: --main goes with a project directory (the first FILE is the main script)");
                return 2;
            }
            long start = System.nanoTime();
            dev.krait.codegen.ProjectCompiler.Result r;
            dev.krait.codegen.BuildCache cache = null;
            String mainModule = "__main__";
            if (tree) {
                if (!noCache) cache = new dev.krait.codegen.BuildCache(files.get(0).resolve(".krait-cache"));
                r = dev.krait.codegen.ProjectCompiler.compileTree(files.get(0), optimize, cache);
                var names = dev.krait.codegen.ProjectCompiler.moduleNames(r);
                // A package runs its __main__ module, as python3 -m does.
                mainModule = names.contains(main + ".__main__") ? main + ".__main__" : main;
                if (r.errors().isEmpty() && !names.contains(mainModule)) {
                    System.err.println("krait compile: no module " + main + " under " + files.get(0));
                    return 1;
                }
            } else if (lib) {
                r = dev.krait.codegen.ProjectCompiler.compileLibrary(files, optimize);
            } else {
                r = dev.krait.codegen.ProjectCompiler.compile(files.get(0), files.subList(1, files.size()), optimize);
            }
            if (!r.errors().isEmpty()) {
                for (CompileError e : r.errors()) System.err.print(e.format());
                return 1;
            }
            if (out != null) {
                dev.krait.codegen.JarWriter.writeJar(out, r.units(), r.sources(), r.data(), r.facades(),
                        lib ? null : mainModule, !lib);
            }
            if (dir != null) dev.krait.codegen.JarWriter.writeDir(dir, r.units(), r.facades(), lib ? null : mainModule);
            if (verbose) {
                System.err.printf("krait compile: %d modules (%d compiled, %d reused from the cache), %d data files, %.2f s%n",
                        r.units().size(), r.units().size() - (cache == null ? 0 : cache.hits()),
                        cache == null ? 0 : cache.hits(), r.data().size(), (System.nanoTime() - start) / 1e9);
            }
            return 0;
        }
    }
}
