package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.codegen.JarWriter;
import dev.krait.codegen.ProjectCompiler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typed facades: a Python module with annotated functions compiled into a jar, a Java program calling it through
 * {@code krait.facade.Mathutils} compiled with javac (which checks the types, generics included) and run.
 */
class FacadeTest {
    static final String MODULE = """
            from typing import Optional

            def add(a: int, b: int) -> int:
                return a + b

            def mean(xs: list[float]) -> float:
                return sum(xs) / len(xs)

            def greet(name: str, excited: bool) -> str:
                return "Hello, " + name + ("!" if excited else ".")

            def count_words(text: str) -> dict[str, int]:
                counts = {}
                for w in text.split():
                    counts[w] = counts.get(w, 0) + 1
                return counts

            def find(words: list[str], w: str) -> Optional[int]:
                return words.index(w) if w in words else None

            def big() -> int:
                return 2 ** 100

            def liar() -> int:
                return "not an int"

            def fail(n: int) -> None:
                raise ValueError("bad", n)

            def untyped(x):
                return x
            """;

    static final String JAVA = """
            import krait.facade.Mathutils;
            import java.util.List;
            import java.util.Map;

            public class UseFacade {
                public static void main(String[] args) {
                    long s = Mathutils.add(2, 3);
                    double m = Mathutils.mean(List.of(1.0, 2.0, 4.5));
                    String g = Mathutils.greet("Ann", true);
                    Map<String, Long> c = Mathutils.count_words("a b a");
                    Long i = Mathutils.find(List.of("x", "y"), "y");
                    Long none = Mathutils.find(List.of("x"), "z");
                    System.out.println(s + " " + m + " " + g + " " + c + " " + i + " " + none);
                    try {
                        Mathutils.big();
                    } catch (dev.krait.embed.PythonException e) {
                        System.out.println(e.typeName() + ": " + e.args());
                    }
                    try {
                        Mathutils.liar();
                    } catch (dev.krait.embed.PythonException e) {
                        System.out.println(e.typeName() + ": " + e.getMessage().strip());
                    }
                    try {
                        Mathutils.fail(4);
                    } catch (dev.krait.embed.PythonException e) {
                        System.out.println(e.typeName() + " " + e.args() + " " + e.getMessage().startsWith("Traceback"));
                    }
                    boolean hasUntyped = false;
                    for (var method : Mathutils.class.getMethods()) hasUntyped |= method.getName().equals("untyped");
                    System.out.println("untyped has a facade: " + hasUntyped);
                }
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void javaCallsAnnotatedPythonFunctionsThroughTheFacade() throws Exception {
        Files.writeString(tmp.resolve("mathutils.py"), MODULE);
        Files.writeString(tmp.resolve("app.py"), "import mathutils\n");
        ProjectCompiler.Result r = ProjectCompiler.compile(tmp.resolve("app.py"), List.of(), false);
        assertTrue(r.errors().isEmpty(), () -> r.errors().toString());
        assertTrue(r.facades().containsKey("krait/facade/Mathutils"), () -> r.facades().keySet().toString());
        Path jar = tmp.resolve("app.jar");
        JarWriter.writeJar(jar, r.units(), r.sources(), r.data(), r.facades(), "__main__", true);
        Path src = tmp.resolve("UseFacade.java");
        Files.writeString(src, JAVA);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-cp", jar.toString(), "-d", tmp.toString(), src.toString());
        assertEquals(0, rc, "javac accepts the facade's types");
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBin.toString(), "-cp", jar + java.io.File.pathSeparator + tmp, "UseFacade")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals("""
                5 2.5 Hello, Ann! {a=2, b=1} 1 null
                OverflowError: [Python int too large to convert to C long]
                TypeError: TypeError: mathutils.liar() returned str, expected int
                ValueError [bad, 4] true
                untyped has a facade: false
                """, out);
    }

    @Test
    void aTypeMismatchIsAJavacError() throws Exception {
        Files.writeString(tmp.resolve("mathutils.py"), MODULE);
        Files.writeString(tmp.resolve("app.py"), "import mathutils\n");
        ProjectCompiler.Result r = ProjectCompiler.compile(tmp.resolve("app.py"), List.of(), false);
        Path jar = tmp.resolve("app.jar");
        JarWriter.writeJar(jar, r.units(), r.sources(), r.data(), r.facades(), "__main__", true);
        Path src = tmp.resolve("Bad.java");
        Files.writeString(src, "public class Bad { String s = krait.facade.Mathutils.add(1, 2); }\n");
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, new java.io.ByteArrayOutputStream(), "-cp",
                jar.toString(), "-d", tmp.toString(), src.toString());
        assertTrue(rc != 0, "javac rejects assigning add()'s long to a String");
    }
}
