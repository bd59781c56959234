package dev.krait.frontend.scope;

import java.util.IdentityHashMap;
import java.util.Map;

/** Every scope of a module, found by the AST node that opened it. */
public final class SymbolTable {
    private final Scope top;
    private final Map<Object, Scope> byNode;

    SymbolTable(Scope top, IdentityHashMap<Object, Scope> byNode) {
        this.top = top;
        this.byNode = byNode;
    }

    public Scope top() {
        return top;
    }

    /** The scope opened by a FunctionDef, ClassDef, Lambda or comprehension node (identity lookup). */
    public Scope scopeOf(Object node) {
        Scope s = byNode.get(node);
        if (s == null) throw new IllegalArgumentException("no scope for " + node);
        return s;
    }
}
