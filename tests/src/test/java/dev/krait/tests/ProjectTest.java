package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.codegen.BuildCache;
import dev.krait.codegen.JarWriter;
import dev.krait.codegen.ProjectCompiler;
import dev.krait.frontend.CompileError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole projects: {@code krait compile DIR --main MODULE} over each tree under tests/projects, run as a jar from
 * another directory (modules and data files come from the jar) and compared with python3 -m's recorded output;
 * the build cache; several broken files reported together.
 */
class ProjectTest {
    static final Path PROJECTS = Path.of("projects").toAbsolutePath();

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> projectsRunAsJarsLikeCPython() throws IOException {
        List<Path> mains;
        try (Stream<Path> s = Files.list(PROJECTS)) {
            mains = s.map(d -> d.resolve("MAIN")).filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(mains.size() > 0, "no projects under " + PROJECTS);
        return mains.stream().map(m -> DynamicTest.dynamicTest(m.getParent().getFileName().toString(), () -> {
            Path dir = m.getParent();
            String main = Files.readString(m).strip();
            ProjectCompiler.Result r = ProjectCompiler.compileTree(dir, false, null);
            assertTrue(r.errors().isEmpty(), () -> "compile errors: " + r.errors());
            var names = ProjectCompiler.moduleNames(r);
            String module = names.contains(main + ".__main__") ? main + ".__main__" : main;
            Path jar = tmp.resolve(dir.getFileName() + ".jar");
            JarWriter.writeJar(jar, r.units(), r.sources(), r.data(), module, true);
            String expected = Files.readString(PROJECTS.resolve(dir.getFileName() + ".exp"), StandardCharsets.UTF_8);
            assertEquals(expected, JarEndToEndTest.run(jar, tmp), "java -jar of project " + dir.getFileName());
        }));
    }

    @Test
    void secondBuildReusesUnchangedModulesAndRecompilesChangedOnes() throws IOException {
        Path dir = tmp.resolve("proj");
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg/__init__.py"), "");
        Files.writeString(dir.resolve("pkg/a.py"), "def f():\n    return 1\n");
        Files.writeString(dir.resolve("pkg/b.py"), "from .a import f\nprint(f())\n");
        ProjectCompiler.Result first = ProjectCompiler.compileTree(dir, false, new BuildCache(dir.resolve(".krait-cache")));
        assertTrue(first.errors().isEmpty(), () -> first.errors().toString());
        BuildCache again = new BuildCache(dir.resolve(".krait-cache"));
        ProjectCompiler.Result second = ProjectCompiler.compileTree(dir, false, again);
        assertEquals(first.units().size(), again.hits(), "every module reused");
        assertEquals(0, again.misses());
        Files.writeString(dir.resolve("pkg/a.py"), "def f():\n    return 2\n");
        BuildCache third = new BuildCache(dir.resolve(".krait-cache"));
        ProjectCompiler.Result r3 = ProjectCompiler.compileTree(dir, false, third);
        assertEquals(1, third.misses(), "only the changed module is compiled");
        assertEquals(second.units().size(), r3.units().size());
    }

    @Test
    void errorsInSeveralFilesAreAllReported() throws IOException {
        Path dir = tmp.resolve("broken");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("one.py"), "x = (\n");
        Files.writeString(dir.resolve("two.py"), "ok = 1\nif ok\n    pass\n");
        Files.writeString(dir.resolve("three.py"), "print('fine')\n");
        ProjectCompiler.Result r = ProjectCompiler.compileTree(dir, false, null);
        List<String> where = r.errors().stream().map(e -> e.fileName() + ":" + e.line()).sorted().toList();
        assertEquals(List.of("one.py:1", "two.py:2"), where);
        for (CompileError e : r.errors()) assertTrue(e.format().contains("SyntaxError"), e.format());
    }
}
