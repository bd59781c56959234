package dev.krait.frontend.scope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A block with its own namespace: the module, a class body, a function, a lambda or a comprehension. */
public final class Scope {
    public enum Kind { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    private final Kind kind;
    private final String name;
    private final Object node;
    private final Scope parent;
    final Map<String, Symbol> symbols = new LinkedHashMap<>();
    final List<Scope> children = new ArrayList<>();
    final List<String> params = new ArrayList<>();
    String qualname;
    boolean generator;
    boolean coroutine;
    boolean needsClassCell;
    boolean hasReturnValue;
    /** True for a comprehension that is itself asynchronous (async for, or await in its body). */
    boolean asyncComprehension;

    Scope(Kind kind, String name, Object node, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
    }

    public Kind kind() {
        return kind;
    }

    /** The block's name: the function or class name, {@code <lambda>}, {@code <listcomp>}, {@code <module>}. */
    public String name() {
        return name;
    }

    /** The AST node that opened the block (a FunctionDef, ClassDef, Lambda, comprehension Expr or the Module). */
    public Object node() {
        return node;
    }

    public Scope parent() {
        return parent;
    }

    public String qualname() {
        return qualname;
    }

    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** Every symbol, in order of first appearance. */
    public Map<String, Symbol> symbols() {
        return Collections.unmodifiableMap(symbols);
    }

    public Symbol lookup(String name) {
        return symbols.get(name);
    }

    /** The binding of a (mangled) name; a name never seen here is an implicit global. */
    public Symbol.Binding bindingOf(String name) {
        Symbol s = symbols.get(name);
        return s == null ? Symbol.Binding.GLOBAL_IMPLICIT : s.binding;
    }

    /** Parameter names in declaration order: positional-only, positional, *args, keyword-only, **kwargs. */
    public List<String> params() {
        return Collections.unmodifiableList(params);
    }

    public boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.LAMBDA || kind == Kind.COMPREHENSION;
    }

    /** A function (or generator expression) containing yield. */
    public boolean isGenerator() {
        return generator;
    }

    /** An {@code async def} (a coroutine or, with yield, an async generator). */
    public boolean isCoroutine() {
        return coroutine;
    }

    public boolean isAsyncComprehension() {
        return asyncComprehension;
    }

    /** A class body whose methods use {@code __class__} (zero-argument super): it must create the cell. */
    public boolean needsClassCell() {
        return needsClassCell;
    }

    /** Names of symbols with the given binding, in order of first appearance. */
    public List<String> namesWith(Symbol.Binding b) {
        List<String> out = new ArrayList<>();
        for (Symbol s : symbols.values()) if (s.binding == b) out.add(s.name());
        return out;
    }

    /** The innermost enclosing class name used for private name mangling, or null. */
    public String mangleClass() {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.kind == Kind.CLASS) return s.name;
        }
        return null;
    }

    @Override
    public String toString() {
        return kind + " " + qualname + " " + symbols.values();
    }
}
