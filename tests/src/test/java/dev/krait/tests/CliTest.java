package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@code krait} command run as python3 is run ({@code -c}, {@code -m}, a script, stdin, {@code -i} and the
 * prompt, the other options), each case in a separate process from tests/cli/_files, compared with what python3
 * printed for the same command line (recorded by tests/record-cli.sh).
 */
class CliTest {
    static final Path CASES = Path.of("cli").toAbsolutePath();
    static final Path FILES = CASES.resolve("_files");

    @TestFactory
    Stream<DynamicTest> commandLines() throws IOException {
        List<Path> cmds;
        try (Stream<Path> s = Files.list(CASES)) {
            cmds = s.filter(p -> p.toString().endsWith(".cmd")).sorted().toList();
        }
        assertTrue(cmds.size() > 0, "no cases under " + CASES);
        return cmds.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path cmd) throws Exception {
        String name = cmd.getFileName().toString().replaceFirst("\\.cmd$", "");
        List<String> args = new ArrayList<>();
        for (String line : Files.readAllLines(cmd, StandardCharsets.UTF_8)) args.add(unescape(line));
        Path stdin = CASES.resolve(name + ".stdin");
        String expected = Files.readString(CASES.resolve(name + ".exp"), StandardCharsets.UTF_8);
        assertEquals(expected, run(args, Files.exists(stdin) ? Files.readAllBytes(stdin) : new byte[0]),
                "krait " + String.join(" ", args));
    }

    /** stdout, "--- exit N", "--- stderr" and stderr without the version banner, as tests/record-cli.sh writes. */
    static String run(List<String> args, byte[] stdin) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(krait());
        command.addAll(args);
        Path errFile = Files.createTempFile("krait-cli", ".err");
        Process p = new ProcessBuilder(command).directory(FILES.toFile()).redirectError(errFile.toFile()).start();
        try (var in = p.getOutputStream()) {
            in.write(stdin);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out");
        String err = Files.readString(errFile, StandardCharsets.UTF_8);
        Files.delete(errFile);
        out = out.replace(FILES.toString(), "{DIR}");
        if (!out.isEmpty() && !out.endsWith("\n")) out += "\n";
        String errText = String.join("\n", List.of(err.split("\n", -1)).stream()
                .filter(l -> !l.matches("Krait \\d.*") && !l.startsWith("Type \"help\", \"copyright\"")).toList());
        return out + "--- exit " + p.exitValue() + "\n--- stderr\n" + errText.replace(FILES.toString(), "{DIR}");
    }

    /** The command starting Krait: the shaded jar the cli module built, or this JVM's class path. */
    static List<String> krait() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = CASES.getParent().getParent().resolve("cli/target/krait.jar");
        if (Files.isRegularFile(jar)) return List.of(java, "-jar", jar.toString());
        return List.of(java, "-cp", System.getProperty("java.class.path"), "dev.krait.cli.Main");
    }

    private static String unescape(String line) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                b.append(n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Test
    void dumpClassesWritesTheCompiledClasses(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        String out = run(List.of("-X", "dump-classes=" + tmp, "-c", "def f():\n    return 6 * 7\nprint(f())"), new byte[0]);
        assertEquals("42\n--- exit 0\n--- stderr\n", out);
        assertTrue(Files.isRegularFile(tmp.resolve("pymod/__main__/__module__.class")), "module class dumped");
        assertTrue(Files.isRegularFile(tmp.resolve("pymod/__main__/f.class")), "function class dumped");
    }

    @Test
    void mainScriptClassesAreCachedAndRecompiledWhenTheSourceChanges(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path script = tmp.resolve("prog.py");
        Path cache = tmp.resolve("cache");
        Files.writeString(script, "def f():\n    return 6 * 7\nprint(f())\n");
        assertEquals("42\n", runWithCache(script, cache));
        List<Path> entries;
        try (Stream<Path> s = Files.walk(cache.resolve("krait").resolve("main"))) {
            entries = s.filter(f -> f.toString().endsWith(".classes")).toList();
        }
        assertEquals(1, entries.size(), "one cache entry for the script");
        assertEquals("42\n", runWithCache(script, cache));
        Files.writeString(script, "print('changed', 1 / 0 if False else 7)\n");
        assertEquals("changed 7\n", runWithCache(script, cache));
        Files.write(entries.get(0), new byte[] {1, 2, 3});
        assertEquals("changed 7\n", runWithCache(script, cache), "a damaged entry is recompiled");
    }

    private static String runWithCache(Path script, Path cacheHome) throws Exception {
        List<String> command = new ArrayList<>(krait());
        command.add(script.toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("XDG_CACHE_HOME", cacheHome.toString());
        pb.environment().remove("KRAIT_NO_CACHE");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out");
        return out;
    }

    @Test
    void versionAndHelpNameKrait() throws Exception {
        String version = run(List.of("--version"), new byte[0]);
        assertTrue(version.startsWith("Krait ") && version.contains("--- exit 0"), version);
        assertEquals(version, run(List.of("-V"), new byte[0]));
        String help = run(List.of("-h"), new byte[0]);
        assertTrue(help.startsWith("usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"), help);
        assertTrue(help.contains("-X opt") && help.contains("--- exit 0"), help);
    }
}
