package dev.krait.frontend.scope;

import dev.krait.frontend.SourceLines;
import dev.krait.frontend.ast.Pos;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Second pass of scope analysis (CPython's analyze_block): decides top-down whether each name is local, global,
 * free or a cell, given the names bound in enclosing functions and those declared global above.
 */
final class ScopeResolver {
    private final SourceLines src;
    private final IdentityHashMap<Symbol, Pos> nonlocalPositions;

    ScopeResolver(SourceLines src, IdentityHashMap<Symbol, Pos> nonlocalPositions) {
        this.src = src;
        this.nonlocalPositions = nonlocalPositions;
    }

    void resolve(Scope top) {
        analyze(top, null, new HashSet<>(), new HashSet<>());
    }

    /**
     * @param bound  names bound in enclosing function scopes (null at module level)
     * @param free   receives the names this block needs from outside
     * @param global names declared global in enclosing scopes
     */
    private void analyze(Scope s, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        boolean isClass = s.kind() == Scope.Kind.CLASS;
        Set<String> newBound = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        if (isClass) {
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (Symbol sym : s.symbols.values()) {
            analyzeName(s, sym, bound, local, free, global);
        }
        if (!isClass) {
            if (s.isFunctionLike()) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        for (Scope child : s.children) {
            Set<String> childFree = new HashSet<>();
            analyze(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            newFree.addAll(childFree);
        }
        if (s.isFunctionLike()) {
            for (Symbol sym : s.symbols.values()) {
                if (sym.binding == Symbol.Binding.LOCAL && newFree.remove(sym.name())) {
                    sym.binding = Symbol.Binding.CELL;
                }
            }
        } else if (isClass) {
            if (newFree.remove("__class__")) s.needsClassCell = true;
        }
        for (String name : newFree) {
            Symbol sym = s.symbols.get(name);
            if (sym != null) {
                if (isClass && (sym.has(Symbol.DEF_BOUND) || sym.has(Symbol.DEF_GLOBAL))) {
                    sym.flags |= Symbol.DEF_FREE_CLASS;
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) continue;
            if (bound == null) continue;
            Symbol pass = new Symbol(name);
            pass.binding = Symbol.Binding.FREE;
            s.symbols.put(name, pass);
        }
        free.addAll(newFree);
    }

    private void analyzeName(Scope s, Symbol sym, Set<String> bound, Set<String> local, Set<String> free,
                             Set<String> global) {
        String name = sym.name();
        if (sym.has(Symbol.DEF_GLOBAL)) {
            if (sym.has(Symbol.DEF_NONLOCAL)) {
                throw src.error("name '" + name + "' is nonlocal and global", where(sym));
            }
            sym.binding = Symbol.Binding.GLOBAL_EXPLICIT;
            global.add(name);
            if (bound != null) bound.remove(name);
        } else if (sym.has(Symbol.DEF_NONLOCAL)) {
            if (bound == null) {
                throw src.error("nonlocal declaration not allowed at module level", where(sym));
            }
            if (!bound.contains(name)) {
                throw src.error("no binding for nonlocal '" + name + "' found", where(sym));
            }
            sym.binding = Symbol.Binding.FREE;
            free.add(name);
        } else if (sym.has(Symbol.DEF_BOUND)) {
            sym.binding = Symbol.Binding.LOCAL;
            local.add(name);
            global.remove(name);
        } else if (bound != null && bound.contains(name)) {
            sym.binding = Symbol.Binding.FREE;
            free.add(name);
        } else {
            sym.binding = Symbol.Binding.GLOBAL_IMPLICIT;
        }
    }

    private Pos where(Symbol sym) {
        Pos p = nonlocalPositions.get(sym);
        return p != null ? p : new Pos(1, 0, 1, 0);
    }
}
