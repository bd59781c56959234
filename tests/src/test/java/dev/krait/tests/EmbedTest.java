package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.codegen.CompiledUnit;
import dev.krait.codegen.Compiler;
import dev.krait.embed.PythonException;
import dev.krait.embed.PythonObject;
import dev.krait.embed.PythonRuntime;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding API (PythonRuntime) and the JSR-223 engine, over a module compiled into class files. */
class EmbedTest {
    static final String MODULE = """
            counter = 0

            def add(a, b):
                return a + b

            def greet(name, greeting="Hello", *, punct="!"):
                return f"{greeting}, {name}{punct}"

            def bump():
                global counter
                counter += 1
                return counter

            def fail(n):
                raise ValueError("bad value", n)

            def squares(n):
                for i in range(n):
                    yield i * i

            def describe(x):
                return type(x).__name__ + ":" + repr(x)

            def append_to(lst, item):
                lst.append(item)
                return len(lst)

            def values():
                return {"none": None, "t": True, "i": 7, "big": 2 ** 100, "f": 1.5, "s": "ünï",
                        "b": b"\\x00\\xff", "l": [1, [2]], "tu": (1, 2), "d": {"k": 1}, "set": {3}, "fs": frozenset()}

            class Account:
                def __init__(self, owner, balance=0):
                    self.owner = owner
                    self.balance = balance

                def deposit(self, amount):
                    if amount <= 0:
                        raise ValueError("amount must be positive")
                    self.balance += amount
                    return self.balance
            """;

    static ClassLoader classes;

    @TempDir
    static Path dir;

    @BeforeAll
    static void compileModule() throws Exception {
        CompiledUnit unit = Compiler.compileModule(MODULE, "bank", "bank.py", false, false);
        for (var e : unit.classes().entrySet()) {
            Path p = dir.resolve(e.getKey() + ".class");
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        classes = new URLClassLoader(new URL[] {dir.toUri().toURL()}, EmbedTest.class.getClassLoader());
    }

    @Test
    void callsFunctionsWithPositionalAndKeywordArguments() {
        PythonRuntime rt = PythonRuntime.create(classes);
        PythonObject bank = rt.importModule("bank");
        assertEquals(5L, bank.invoke("add", 2, 3));
        assertEquals("ab", bank.invoke("add", "a", "b"));
        PythonObject greet = bank.getObject("greet");
        assertEquals("Hello, Ann!", greet.call("Ann"));
        assertEquals("Hi, Bo?", greet.callWith(new Object[] {"Bo", "Hi"}, Map.of("punct", "?")));
        assertEquals(0L, bank.get("counter"));
        bank.set("counter", 41);
        assertEquals(42L, bank.invoke("bump"));
    }

    @Test
    void createsInstancesAndCallsMethods() {
        PythonRuntime rt = PythonRuntime.create(classes);
        PythonObject account = rt.importModule("bank").getObject("Account").callObject("Zoe", 10);
        assertEquals("Account", account.typeName());
        assertEquals(25L, account.invoke("deposit", 15));
        assertEquals("Zoe", account.get("owner"));
        PythonException e = assertThrows(PythonException.class, () -> account.invoke("deposit", -1));
        assertEquals("ValueError", e.typeName());
        assertEquals(List.of("amount must be positive"), e.args());
        assertTrue(e.getMessage().startsWith("Traceback (most recent call last):\n"), e.getMessage());
        assertTrue(e.getMessage().endsWith("ValueError: amount must be positive\n"), e.getMessage());
    }

    @Test
    void pythonExceptionsCarryTypeAndArgs() {
        PythonRuntime rt = PythonRuntime.create(classes);
        PythonObject bank = rt.importModule("bank");
        PythonException e = assertThrows(PythonException.class, () -> bank.invoke("fail", 3));
        assertEquals(List.of("bad value", 3L), e.args());
        PythonException missing = assertThrows(PythonException.class, () -> rt.importModule("no_such_module"));
        assertEquals("ModuleNotFoundError", missing.typeName());
        PythonException attr = assertThrows(PythonException.class, () -> bank.get("nope"));
        assertEquals("AttributeError", attr.typeName());
    }

    @Test
    void pythonValuesConvertToJava() {
        PythonRuntime rt = PythonRuntime.create(classes);
        @SuppressWarnings("unchecked")
        Map<Object, Object> v = (Map<Object, Object>) rt.importModule("bank").invoke("values");
        assertNull(v.get("none"));
        assertTrue(v.containsKey("none"));
        assertEquals(Boolean.TRUE, v.get("t"));
        assertEquals(7L, v.get("i"));
        assertEquals(BigInteger.TWO.pow(100), v.get("big"));
        assertEquals(1.5, v.get("f"));
        assertEquals("ünï", v.get("s"));
        assertEquals(List.of((byte) 0, (byte) -1), List.of(((byte[]) v.get("b"))[0], ((byte[]) v.get("b"))[1]));
        assertEquals(List.of(1L, List.of(2L)), v.get("l"));
        assertEquals(List.of(1L, 2L), v.get("tu"));
        assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) v.get("tu")).set(0, 5));
        assertEquals(Map.of("k", 1L), v.get("d"));
        assertEquals(Set.of(3L), v.get("set"));
        assertEquals(Set.of(), v.get("fs"));
        assertEquals(12, v.size());
    }

    @Test
    void javaValuesConvertToPython() {
        PythonRuntime rt = PythonRuntime.create(classes);
        PythonObject bank = rt.importModule("bank");
        assertEquals("NoneType:None", bank.invoke("describe", (Object) null));
        assertEquals("bool:True", bank.invoke("describe", true));
        assertEquals("int:7", bank.invoke("describe", 7));
        assertEquals("int:-3", bank.invoke("describe", (short) -3));
        assertEquals("int:" + BigInteger.TEN.pow(30), bank.invoke("describe", BigInteger.TEN.pow(30)));
        assertEquals("float:2.5", bank.invoke("describe", 2.5f));
        assertEquals("str:'x'", bank.invoke("describe", 'x'));
        assertEquals("bytes:b'\\x01A'", bank.invoke("describe", (Object) new byte[] {1, 65}));
        assertEquals("list:[1, 'a', None]", bank.invoke("describe", java.util.Arrays.asList(1, "a", null)));
        assertEquals("dict:{'k': [2]}", bank.invoke("describe", Map.of("k", List.of(2))));
        assertEquals("set:{5}", bank.invoke("describe", Set.of(5)));
        assertThrows(IllegalArgumentException.class, () -> bank.invoke("describe", new Object()));
    }

    @Test
    void listsAreLiveViewsBothWays() {
        PythonRuntime rt = PythonRuntime.create(classes);
        PythonObject bank = rt.importModule("bank");
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) rt.wrap(new ArrayList<>(List.of(1, 2))).toJava();
        assertEquals(3L, bank.invoke("append_to", list, "x"));
        assertEquals(List.of(1L, 2L, "x"), list);
        list.add(0, 0);
        list.set(1, 10);
        assertEquals(List.of(0L, 10L, 2L, "x"), list);
        assertEquals(4, list.size());
    }

    @Test
    void iteratesPythonIterables() {
        PythonRuntime rt = PythonRuntime.create(classes);
        PythonObject squares = rt.importModule("bank").getObject("squares").callObject(5);
        List<Object> seen = new ArrayList<>();
        for (Object o : squares) seen.add(o);
        assertEquals(List.of(0L, 1L, 4L, 9L, 16L), seen);
    }

    @Test
    void eachRuntimeHasItsOwnModuleState() {
        PythonRuntime a = PythonRuntime.create(classes);
        PythonRuntime b = PythonRuntime.create(classes);
        assertEquals(1L, a.importModule("bank").invoke("bump"));
        assertEquals(2L, a.importModule("bank").invoke("bump"));
        assertEquals(1L, b.importModule("bank").invoke("bump"));
        PythonObject other = b.importModule("bank");
        assertThrows(IllegalArgumentException.class, () -> a.importModule("bank").invoke("add", other, 1));
    }

    @Test
    void evaluatesSourceText() {
        PythonRuntime rt = PythonRuntime.create(classes);
        PythonObject m = rt.newModule("scratch");
        rt.exec("import bank\ntotal = bank.add(20, 22)\n", m);
        assertEquals(42L, m.get("total"));
        assertEquals(84L, rt.eval("total * 2", m));
        PythonException e = assertThrows(PythonException.class, () -> rt.exec("x = (", m));
        assertEquals("SyntaxError", e.typeName());
    }

    @Test
    void typedConversionsRaiseCPythonsErrors() {
        PythonRuntime rt = PythonRuntime.create(classes);
        PythonObject m = rt.newModule("conv");
        rt.exec("big = 2 ** 70\nmid = 2 ** 40\nnothing = None\ntext = 'x'\nf = 2.5\nflag = True\nhuge = 10 ** 400\n", m);
        assertEquals(2L << 39, m.getObject("mid").toLong());
        PythonException e = assertThrows(PythonException.class, () -> m.getObject("big").toLong());
        assertEquals("OverflowError", e.typeName());
        assertEquals(List.of("Python int too large to convert to C long"), e.args());
        PythonException e2 = assertThrows(PythonException.class, () -> m.getObject("mid").toInt());
        assertEquals(List.of("Python int too large to convert to C int"), e2.args());
        PythonException e3 = assertThrows(PythonException.class, () -> m.getObject("nothing").toLong());
        assertEquals("TypeError", e3.typeName());
        assertEquals(List.of("'NoneType' object cannot be interpreted as an integer"), e3.args());
        PythonException e4 = assertThrows(PythonException.class, () -> m.getObject("text").toDouble());
        assertEquals(List.of("must be real number, not str"), e4.args());
        PythonException e5 = assertThrows(PythonException.class, () -> m.getObject("huge").toDouble());
        assertEquals(List.of("int too large to convert to float"), e5.args());
        assertEquals(2.5, m.getObject("f").toDouble());
        assertEquals(1L, m.getObject("flag").toLong());
        assertTrue(m.getObject("text").toBoolean());
    }

    public interface Calculator {
        int add(int a, int b);
    }

    @Test
    void scriptEngineEvaluatesWithBindingsAndInvokes() throws Exception {
        ScriptEngineManager manager = new ScriptEngineManager();
        ScriptEngine engine = manager.getEngineByName("python");
        assertInstanceOf(dev.krait.embed.KraitScriptEngine.class, engine);
        assertInstanceOf(dev.krait.embed.KraitScriptEngine.class, manager.getEngineByName("krait"));
        assertInstanceOf(dev.krait.embed.KraitScriptEngine.class, manager.getEngineByExtension("py"));
        assertEquals(3L, engine.eval("1 + 2"));
        engine.put("x", 5);
        assertNull(engine.eval("y = x * 2\ndef add(a, b):\n    return a + b\n"));
        assertEquals(10L, engine.get("y"));
        assertEquals(7L, ((Invocable) engine).invokeFunction("add", 3, 4));
        assertThrows(NoSuchMethodException.class, () -> ((Invocable) engine).invokeFunction("nope"));
        Calculator calc = ((Invocable) engine).getInterface(Calculator.class);
        assertEquals(9, calc.add(4, 5));
        CompiledScript twice = ((Compilable) engine).compile("x * 2");
        Bindings b = engine.createBindings();
        b.put("x", 21);
        assertEquals(42L, twice.eval(b));
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("1 / 0"));
        assertTrue(e.getMessage().contains("ZeroDivisionError: division by zero"), e.getMessage());
        assertEquals("python", engine.getFactory().getLanguageName());
    }
}
