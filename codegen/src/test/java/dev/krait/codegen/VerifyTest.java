package dev.krait.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.frontend.SourceDecoder;
import dev.krait.runtime.CompiledModule;
import dev.krait.runtime.Importer;
import dev.krait.runtime.Launcher;
import dev.krait.runtime.Sys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/** Every class generated for the conformance programs passes ASM's CheckClassAdapter (structure and bytecode verifier). */
class VerifyTest {
    static final Path CORPUS = Path.of("..", "tests").toAbsolutePath().normalize();

    static void verify(CompiledUnit unit) {
        MemoryLoader loader = new MemoryLoader(VerifyTest.class.getClassLoader());
        loader.add(unit);
        for (Map.Entry<String, byte[]> e : unit.classes().entrySet()) {
            StringWriter sw = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(e.getValue()), loader, false, new PrintWriter(sw));
            assertEquals("", sw.toString(), "verification of " + e.getKey());
        }
    }

    @TestFactory
    Stream<DynamicTest> generatedClassesVerify() throws IOException {
        List<Path> progs;
        try (Stream<Path> s = Files.walk(CORPUS)) {
            progs = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("/src/")
                    && !p.toString().contains("/target/")).sorted().toList();
        }
        assertTrue(progs.size() > 100, "corpus not found at " + CORPUS);
        return progs.stream().filter(p -> !p.getFileName().toString().startsWith("syntax_error"))
                .map(p -> DynamicTest.dynamicTest(CORPUS.relativize(p).toString(), () -> {
                    String src = SourceDecoder.decode(Files.readAllBytes(p), p.toString());
                    verify(Compiler.compileModule(src, "__main__", p.toString(), false, false));
                }));
    }

    @Test
    void hugeModule_isSplitIntoChunksAndRuns() {
        StringBuilder sb = new StringBuilder("total = 0\n");
        for (int i = 0; i < 20000; i++) {
            sb.append("v").append(i % 50).append(" = ").append(i).append(" * 2 + ").append(i % 7).append('\n');
            if (i % 10 == 0) sb.append("total += v").append(i % 50).append('\n');
        }
        sb.append("print(total)\n");
        CompiledUnit unit = Compiler.compileModule(sb.toString(), "__main__", "huge.py", false, false);
        verify(unit);
        long expected = 0;
        for (int i = 0; i < 20000; i += 10) expected += i * 2L + i % 7;
        assertEquals(expected + "\n", run(unit));
    }

    @Test
    void hugeFunctionBody_compilesAndRuns() {
        StringBuilder sb = new StringBuilder("def f():\n    s = 0\n");
        for (int i = 0; i < 3000; i++) sb.append("    s += ").append(i).append('\n');
        sb.append("    return s\nprint(f())\n");
        CompiledUnit unit = Compiler.compileModule(sb.toString(), "__main__", "bigf.py", false, false);
        verify(unit);
        assertEquals((2999L * 3000 / 2) + "\n", run(unit));
    }

    static String run(CompiledUnit unit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sys.reset(out, new ByteArrayOutputStream(), new ByteArrayInputStream(new byte[0]), List.of("x"), List.of("."));
        MemoryLoader loader = new MemoryLoader(VerifyTest.class.getClassLoader());
        loader.add(unit);
        Importer.setClassLoader(loader);
        int status = Launcher.runModule((CompiledModule) loader.instantiate(unit));
        Sys.flushAll();
        assertEquals(0, status);
        return out.toString(StandardCharsets.UTF_8);
    }

}
