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

    public static int execute(String... args) {
        return new CommandLine(new Main()).execute(args);
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

    @Command(name = "run", description = "Compile and run a Python program.")
    static final class Run implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Parameters(index = "1..*", paramLabel = "ARGS")
        List<String> args;

        @Override
        public Integer call() {
            System.err.println("krait run: not implemented yet");
            return 2;
        }
    }

    @Command(name = "compile", description = "Compile Python files to a jar or class files.")
    static final class Compile implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Option(names = "-o", paramLabel = "JAR")
        Path out;

        @Override
        public Integer call() {
            System.err.println("krait compile: not implemented yet");
            return 2;
        }
    }
}
