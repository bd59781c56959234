package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.codegen.JarWriter;
import dev.krait.codegen.ProjectCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end: compiles conformance programs (with the modules they import) into a jar, runs it with
 * {@code java -jar} in a separate process from the tests directory, and compares with the recorded output.
 */
class JarEndToEndTest {
    static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"lang/imports_relative.py", "lang/imports_local.py", "lang/program_bank_ledger.py",
        "lang/modules_os_path.py", "errors/uncaught_nested_function.py", "errors/sys_exit_code.py",
        "errors/uncaught_custom_exception.py", "builtins/input_stdin.py"})
    void compiledJarRunsLikeCPython(String program) throws Exception {
        Path prog = ROOT.resolve(program);
        ProjectCompiler.Result r = ProjectCompiler.compile(prog, List.of(), false);
        assertTrue(r.errors().isEmpty(), () -> "compile errors: " + r.errors());
        Path jar = tmp.resolve("app.jar");
        JarWriter.writeJar(jar, r.units(), r.sources(), "__main__", true);
        String expected = Files.readString(ROOT.resolve(program.replace(".py", ".exp")), StandardCharsets.UTF_8);
        assertEquals(expected, run(jar), "output of java -jar for " + program);
    }

    /** stdout, then (for a non-zero status) "--- exit N" and the last line of stderr, as tests/record.sh writes. */
    static String run(Path jar) throws IOException, InterruptedException {
        return run(jar, ROOT);
    }

    /** The same, run from {@code dir}. */
    static String run(Path jar, Path dir) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errFile = Files.createTempFile("krait-e2e", ".err");
        Process p = new ProcessBuilder(java.toString(), "-jar", jar.toString()).directory(dir.toFile())
                .redirectError(errFile.toFile()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out");
        byte[] err = Files.readAllBytes(errFile);
        Files.delete(errFile);
        String stdout = new String(out, StandardCharsets.UTF_8);
        int status = p.exitValue();
        if (status == 0) return stdout;
        String[] lines = new String(err, StandardCharsets.UTF_8).split("\n");
        if (!stdout.isEmpty() && !stdout.endsWith("\n")) stdout += "\n";
        return stdout + "--- exit " + status + "\n" + lines[lines.length - 1] + "\n";
    }
}
