package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.codegen.CompiledUnit;
import dev.krait.codegen.Compiler;
import dev.krait.codegen.EvalSupport;
import dev.krait.codegen.MemoryLoader;
import dev.krait.frontend.CompileError;
import dev.krait.frontend.SourceDecoder;
import dev.krait.runtime.CompiledModule;
import dev.krait.runtime.Importer;
import dev.krait.runtime.Launcher;
import dev.krait.runtime.Sys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every conformance program under tests/ (directories starting with "_" hold helper modules) in this JVM
 * and compares its stdout, exit status and last stderr line with the .exp recorded from CPython 3.11.
 */
class ConformanceTest {
    static final Path ROOT = Path.of("").toAbsolutePath();

    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !ROOT.relativize(p).toString().startsWith("src"))
                    .filter(p -> !ROOT.relativize(p).toString().startsWith("target"))
                    .filter(p -> ROOT.relativize(p).getNameCount() == 2)
                    .filter(p -> !ROOT.relativize(p).getName(0).toString().startsWith("_"))
                    .sorted()
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        List<Path> progs = programs();
        assertTrue(progs.size() > 0, "no conformance programs found under " + ROOT);
        return progs.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> check(p)));
    }

    static void check(Path prog) throws IOException {
        Path exp = Path.of(prog.toString().replaceFirst("\\.py$", ".exp"));
        assertTrue(Files.exists(exp), "missing " + exp + " (run tests/record.sh)");
        String expected = Files.readString(exp, StandardCharsets.UTF_8);
        String actual = run(prog);
        assertEquals(expected, actual, "output of " + ROOT.relativize(prog));
    }

    static boolean fullTraceback(String rel) {
        return rel.startsWith("tracebacks/");
    }

    /** Runs a program in this JVM as `python3 prog.py` from the tests directory; same format as the .exp files. */
    static synchronized String run(Path prog) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String rel = ROOT.relativize(prog).toString();
        Sys.reset(out, err, new ByteArrayInputStream(new byte[0]), List.of(rel),
                List.of(prog.toAbsolutePath().getParent().toString()));
        int status;
        try {
            String text = SourceDecoder.decode(Files.readAllBytes(prog), prog.toString());
            CompiledUnit unit = Compiler.compileModule(text, "__main__", prog.toAbsolutePath().toString(), false, false);
            EvalSupport.install();
            MemoryLoader loader = new MemoryLoader(ConformanceTest.class.getClassLoader());
            loader.add(unit);
            Importer.setClassLoader(loader);
            status = Launcher.runModule((CompiledModule) loader.instantiate(unit));
        } catch (CompileError e) {
            Sys.flushAll();
            err.writeBytes(e.format().getBytes(StandardCharsets.UTF_8));
            status = 1;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Sys.flushAll();
        String stdout = out.toString(StandardCharsets.UTF_8);
        if (status == 0) return stdout;
        String errText = err.toString(StandardCharsets.UTF_8);
        String[] errLines = errText.split("\n");
        // Programs under tracebacks/ check the whole traceback; .exp files write the tests directory as {TESTS}.
        String last = fullTraceback(rel) ? errText.stripTrailing().replace(ROOT.toAbsolutePath() + "/", "{TESTS}/")
                : errLines.length == 0 ? "" : errLines[errLines.length - 1];
        if (!stdout.isEmpty() && !stdout.endsWith("\n")) stdout += "\n";
        return stdout + "--- exit " + status + "\n" + last + "\n";
    }
}
