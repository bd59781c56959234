package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Python code using Java classes (tests/_java/java_from_python.py), run through the krait command. */
class JavaInteropTest {
    @Test
    void pythonUsesJavaClasses() throws Exception {
        Path program = Path.of("_java", "java_from_python.py").toAbsolutePath();
        List<String> command = new ArrayList<>(CliTest.krait());
        command.add(program.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals("""
                [1, 2, 3] 3 1 3 True [10, 20, 30]
                1 2 2 ['a', 'b']
                7 2.5 True 2147483647 43
                xy3 3
                ['fig', 'pear', 'banana']
                ['ran']
                IOException caught: FileNotFoundException True
                NumberFormatException: For input string: "nope"
                no overload of java.lang.Math.max accepts (str, str); candidates:
                [1, 2, 3] None
                ['task ran'] 42 True
                """, out);
        assertEquals(0, p.exitValue());
    }
}
