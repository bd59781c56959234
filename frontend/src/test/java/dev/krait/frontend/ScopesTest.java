package dev.krait.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.frontend.ast.Module;
import dev.krait.frontend.ast.Stmt;
import dev.krait.frontend.scope.Scope;
import dev.krait.frontend.scope.Symbol.Binding;
import dev.krait.frontend.scope.SymbolTable;
import org.junit.jupiter.api.Test;

/** Bindings decided by the scope analysis, as CPython's symtable decides them. */
class ScopesTest {
    static SymbolTable table(String src) {
        Module m = Frontend.parse(src, "t.py");
        return Frontend.analyze(m, src);
    }

    static Scope child(Scope s, String name) {
        for (Scope c : s.children()) if (c.name().equals(name)) return c;
        throw new AssertionError("no scope " + name + " in " + s);
    }

    @Test
    void function_localsParamsAndImplicitGlobals() {
        Scope f = child(table("def f(a):\n    b = a + c\n").top(), "f");
        assertEquals(Binding.LOCAL, f.bindingOf("a"));
        assertEquals(Binding.LOCAL, f.bindingOf("b"));
        assertEquals(Binding.GLOBAL_IMPLICIT, f.bindingOf("c"));
        assertEquals(java.util.List.of("a"), f.params());
    }

    @Test
    void closure_cellAndFree() {
        Scope outer = child(table("def outer():\n    x = 1\n    def inner():\n        return x\n").top(), "outer");
        assertEquals(Binding.CELL, outer.bindingOf("x"));
        assertEquals(Binding.FREE, child(outer, "inner").bindingOf("x"));
    }

    @Test
    void globalAndNonlocal_declarations() {
        SymbolTable t = table("def f():\n    global g\n    g = 1\n    v = 2\n    def h():\n        nonlocal v\n        v = 3\n");
        Scope f = child(t.top(), "f");
        assertEquals(Binding.GLOBAL_EXPLICIT, f.bindingOf("g"));
        assertEquals(Binding.CELL, f.bindingOf("v"));
        assertEquals(Binding.FREE, child(f, "h").bindingOf("v"));
    }

    @Test
    void classScope_isNotVisibleToMethods() {
        Scope c = child(table("class C:\n    x = 1\n    def m(self):\n        return x\n").top(), "C");
        assertEquals(Binding.LOCAL, c.bindingOf("x"));
        assertEquals(Binding.GLOBAL_IMPLICIT, child(c, "m").bindingOf("x"));
    }

    @Test
    void zeroArgumentSuper_createsClassCell() {
        Scope c = child(table("class C(B):\n    def m(self):\n        return super().m()\n").top(), "C");
        assertTrue(c.needsClassCell());
        assertEquals(Binding.FREE, child(c, "m").bindingOf("__class__"));
    }

    @Test
    void comprehension_ownScopeAndWalrusBindsOutside() {
        Scope f = child(table("def f(xs):\n    return [y := x for x in xs]\n").top(), "f");
        Scope comp = child(f, "<listcomp>");
        assertEquals(Binding.LOCAL, comp.bindingOf("x"));
        assertEquals(Binding.FREE, comp.bindingOf("y"));
        assertEquals(Binding.CELL, f.bindingOf("y"));
        assertEquals(Binding.GLOBAL_IMPLICIT, f.bindingOf("x"));
    }

    @Test
    void generatorsAndCoroutinesAreMarked() {
        SymbolTable t = table("def g():\n    yield 1\nasync def c():\n    await x\n");
        assertTrue(child(t.top(), "g").isGenerator());
        assertTrue(child(t.top(), "c").isCoroutine());
    }

    @Test
    void privateNamesAreMangledInClasses() {
        Scope c = child(table("class C:\n    __x = 1\n    def m(self):\n        return self.__y\n").top(), "C");
        assertEquals(Binding.LOCAL, c.bindingOf("_C__x"));
    }

    @Test
    void scopeOfFindsEveryBlockByNode() {
        String src = "def f():\n    pass\n";
        Module m = Frontend.parse(src, "t.py");
        SymbolTable t = Frontend.analyze(m, src);
        assertEquals("f", t.scopeOf((Stmt.FunctionDef) m.body().get(0)).qualname());
    }
}
