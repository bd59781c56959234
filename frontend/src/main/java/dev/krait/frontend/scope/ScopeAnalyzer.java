package dev.krait.frontend.scope;

import dev.krait.frontend.SourceLines;
import dev.krait.frontend.ast.Alias;
import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Module;
import dev.krait.frontend.ast.Stmt;

/** Scope analysis of a module: collect facts, resolve bindings, then CPython's remaining compile-time checks. */
public final class ScopeAnalyzer {
    private ScopeAnalyzer() {}

    public static SymbolTable analyze(Module module, String source) {
        SourceLines src = new SourceLines(module.fileName(), source);
        ScopeCollector collector = new ScopeCollector(src, hasFutureAnnotations(module));
        Scope top = collector.collect(module);
        new ScopeResolver(src, collector.nonlocalPositions).resolve(top);
        SymbolTable table = new SymbolTable(top, collector.byNode);
        new SyntaxChecks(src, table).check(module);
        return table;
    }

    /** {@code from __future__ import annotations} among the leading future imports. */
    static boolean hasFutureAnnotations(Module m) {
        for (Stmt s : m.body()) {
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module()) && f.level() == 0) {
                for (Alias a : f.names()) if (a.name().equals("annotations")) return true;
            } else if (!(s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                    && c.value() instanceof String)) {
                return false;
            }
        }
        return false;
    }
}
