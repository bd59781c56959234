package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Real code no one here wrote: tests/_stdlib/cpython_modules.py imports and exercises 28 pure-Python modules of
 * the machine's CPython standard library (shlex, difflib, configparser, tomllib, zipfile, ...), run by Krait with
 * KRAITPATH pointing at that library, and must print what CPython printed (recorded by tests/record.sh). Only the
 * library's location is asked of python3 here.
 */
class CpythonStdlibTest {
    static final Path PROGRAM = Path.of("_stdlib", "cpython_modules.py").toAbsolutePath();

    @Test
    void cpythonPureModulesRunUnchanged() throws Exception {
        Process where = new ProcessBuilder("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
                .redirectErrorStream(true).start();
        String stdlib = new String(where.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(where.waitFor(30, TimeUnit.SECONDS) && where.exitValue() == 0 && Files.isDirectory(Path.of(stdlib)),
                "CPython's standard library not found: " + stdlib);
        List<String> command = new ArrayList<>(CliTest.krait());
        command.add("run");
        command.add(PROGRAM.toString());
        ProcessBuilder pb = new ProcessBuilder(command).directory(PROGRAM.getParent().toFile());
        pb.environment().put("KRAITPATH", stdlib);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out");
        String expected = Files.readString(Path.of(PROGRAM.toString().replace(".py", ".exp")), StandardCharsets.UTF_8);
        assertEquals(expected, out, "output of " + PROGRAM.getFileName() + " (exit " + p.exitValue() + ")");
        assertEquals(0, p.exitValue());
    }
}
