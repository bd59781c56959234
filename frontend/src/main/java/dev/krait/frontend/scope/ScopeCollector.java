package dev.krait.frontend.scope;

import dev.krait.frontend.SourceLines;
import dev.krait.frontend.ast.Alias;
import dev.krait.frontend.ast.Arg;
import dev.krait.frontend.ast.Arguments;
import dev.krait.frontend.ast.AstWalker;
import dev.krait.frontend.ast.Comprehension;
import dev.krait.frontend.ast.Ctx;
import dev.krait.frontend.ast.ExceptHandler;
import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Module;
import dev.krait.frontend.ast.Pattern;
import dev.krait.frontend.ast.Pos;
import dev.krait.frontend.ast.Stmt;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * First pass of scope analysis (CPython's symtable.c): opens a {@link Scope} per block and records, for every
 * name, how the block uses it (bound, parameter, global, nonlocal, used). Errors found here are the ones that
 * depend only on the raw facts of one block.
 */
final class ScopeCollector extends AstWalker {
    private final SourceLines src;
    final IdentityHashMap<Object, Scope> byNode = new IdentityHashMap<>();
    private Scope cur;
    /** Depth of comprehension-iterable expressions being visited in the current scope. */
    private int compIterExpr;
    /** True while visiting a comprehension's loop targets. */
    private boolean compIterTarget;
    private final boolean futureAnnotations;

    ScopeCollector(SourceLines src, boolean futureAnnotations) {
        this.src = src;
        this.futureAnnotations = futureAnnotations;
    }

    Scope collect(Module m) {
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", m, null);
        top.qualname = "<module>";
        byNode.put(m, top);
        cur = top;
        stmts(m.body());
        return top;
    }

    private Scope enter(Scope.Kind kind, String name, Object node) {
        Scope s = new Scope(kind, name, node, cur);
        s.qualname = qualname(cur, name);
        cur.children.add(s);
        byNode.put(node, s);
        cur = s;
        return s;
    }

    private static String qualname(Scope parent, String name) {
        if (parent.kind() == Scope.Kind.MODULE) return name;
        if (parent.kind() == Scope.Kind.CLASS) return parent.qualname + "." + name;
        return parent.qualname + ".<locals>." + name;
    }

    private String mangle(String name) {
        return Mangler.mangle(cur.mangleClass(), name);
    }

    private Symbol sym(Scope s, String name) {
        return s.symbols.computeIfAbsent(name, Symbol::new);
    }

    private void def(String name, int flag, Pos pos) {
        def(cur, mangle(name), flag, pos);
    }

    private void def(Scope s, String mangled, int flag, Pos pos) {
        Symbol sy = sym(s, mangled);
        if ((flag & Symbol.DEF_PARAM) != 0 && sy.has(Symbol.DEF_PARAM)) {
            throw src.error("duplicate argument '" + mangled + "' in function definition", pos);
        }
        if (compIterTarget && s == cur) {
            flag |= Symbol.DEF_COMP_ITER;
        }
        sy.flags |= flag;
    }

    // ---- blocks

    @Override
    protected void visitFunctionDef(Stmt.FunctionDef s) {
        def(s.name(), Symbol.DEF_LOCAL, s.pos());
        argumentDefaults(s.args());
        annotations(s.args(), s.returns());
        exprs(s.decorators());
        Scope fn = enter(Scope.Kind.FUNCTION, s.name(), s);
        fn.coroutine = s.isAsync();
        params(s.args());
        stmts(s.body());
        cur = fn.parent();
    }

    private void annotations(Arguments a, Expr returns) {
        Scope saved = cur;
        if (futureAnnotations) {
            // Stringified annotations are never evaluated: their names must not count as uses here.
            cur = new Scope(Scope.Kind.FUNCTION, "<annotation>", new Object(), saved);
        }
        argumentAnnotations(a);
        optExpr(returns);
        cur = saved;
    }

    private void params(Arguments a) {
        for (Arg x : a.posonlyargs()) param(x);
        for (Arg x : a.args()) param(x);
        if (a.vararg() != null) param(a.vararg());
        for (Arg x : a.kwonlyargs()) param(x);
        if (a.kwarg() != null) param(a.kwarg());
    }

    private void param(Arg a) {
        String n = mangle(a.name());
        def(cur, n, Symbol.DEF_PARAM, a.pos());
        cur.params.add(n);
    }

    @Override
    protected void visitClassDef(Stmt.ClassDef s) {
        def(s.name(), Symbol.DEF_LOCAL, s.pos());
        exprs(s.bases());
        for (var k : s.keywords()) expr(k.value());
        exprs(s.decorators());
        Scope cls = enter(Scope.Kind.CLASS, s.name(), s);
        stmts(s.body());
        cur = cls.parent();
    }

    @Override
    protected void visitLambda(Expr.Lambda e) {
        argumentDefaults(e.args());
        Scope fn = enter(Scope.Kind.LAMBDA, "<lambda>", e);
        params(e.args());
        expr(e.body());
        cur = fn.parent();
    }

    @Override
    protected void comprehension(List<Comprehension> gens, Expr elt, Expr value) {
        throw new IllegalStateException("handled per kind");
    }

    @Override
    protected void visitListComp(Expr.ListComp e) {
        comp(e, "<listcomp>", e.generators(), e.elt(), null);
    }

    @Override
    protected void visitSetComp(Expr.SetComp e) {
        comp(e, "<setcomp>", e.generators(), e.elt(), null);
    }

    @Override
    protected void visitDictComp(Expr.DictComp e) {
        comp(e, "<dictcomp>", e.generators(), e.key(), e.value());
    }

    @Override
    protected void visitGeneratorExp(Expr.GeneratorExp e) {
        comp(e, "<genexpr>", e.generators(), e.elt(), null);
    }

    private void comp(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value) {
        Comprehension first = gens.get(0);
        compIterExpr++;
        expr(first.iter());
        compIterExpr--;
        int savedIter = compIterExpr;
        compIterExpr = 0;
        Scope c = enter(Scope.Kind.COMPREHENSION, name, node);
        c.generator = node instanceof Expr.GeneratorExp;
        boolean async = false;
        def(cur, ".0", Symbol.DEF_PARAM, node.pos());
        cur.params.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) {
                compIterExpr++;
                expr(g.iter());
                compIterExpr--;
            }
            compIterTarget = true;
            expr(g.target());
            compIterTarget = false;
            exprs(g.ifs());
            async |= g.isAsync();
        }
        if (value != null) {
            expr(elt);
            expr(value);
        } else {
            expr(elt);
        }
        c.asyncComprehension = async || c.coroutine;
        c.coroutine = c.asyncComprehension;
        cur = c.parent();
        // An async list/set/dict comprehension is awaited where it stands: inside another comprehension, that
        // one becomes a coroutine too (an async generator expression is only created, so it does not).
        if (c.asyncComprehension && !c.generator && cur.kind() == Scope.Kind.COMPREHENSION) cur.coroutine = true;
        compIterExpr = savedIter;
    }

    // ---- statements with scope effects

    @Override
    protected void visitReturn(Stmt.Return s) {
        if (s.value() != null) {
            cur.hasReturnValue = true;
            expr(s.value());
        }
    }

    @Override
    protected void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.target() instanceof Expr.Name n) {
            Symbol sy = cur.symbols.get(mangle(n.id()));
            int f = sy == null ? 0 : sy.flags;
            if ((f & (Symbol.DEF_GLOBAL | Symbol.DEF_NONLOCAL)) != 0 && cur.kind() != Scope.Kind.MODULE
                    || (f & Symbol.DEF_GLOBAL) != 0) {
                String kind = (f & Symbol.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw src.error("annotated name '" + n.id() + "' can't be " + kind, s.pos());
            }
            if (s.simple()) {
                def(n.id(), Symbol.DEF_ANNOT | Symbol.DEF_LOCAL, n.pos());
            } else if (s.value() != null) {
                def(n.id(), Symbol.DEF_LOCAL, n.pos());
            }
        } else {
            expr(s.target());
        }
        if (futureAnnotations) {
            Scope saved = cur;
            cur = new Scope(Scope.Kind.FUNCTION, "<annotation>", new Object(), saved);
            expr(s.annotation());
            cur = saved;
        } else {
            expr(s.annotation());
        }
        optExpr(s.value());
    }

    @Override
    protected void visitExceptHandler(ExceptHandler h) {
        optExpr(h.type());
        if (h.name() != null) def(h.name(), Symbol.DEF_LOCAL, h.pos());
        stmts(h.body());
    }

    @Override
    protected void visitImport(Stmt.Import s) {
        for (Alias a : s.names()) {
            String bound = a.asname() != null ? a.asname() : a.name().split("\\.", 2)[0];
            def(bound, Symbol.DEF_IMPORT, a.pos());
        }
    }

    @Override
    protected void visitImportFrom(Stmt.ImportFrom s) {
        for (Alias a : s.names()) {
            if (a.name().equals("*")) {
                if (cur.kind() != Scope.Kind.MODULE) {
                    throw src.error("import * only allowed at module level", a.pos());
                }
                continue;
            }
            def(a.asname() != null ? a.asname() : a.name(), Symbol.DEF_IMPORT, a.pos());
        }
    }

    @Override
    protected void visitGlobal(Stmt.Global s) {
        for (String raw : s.names()) {
            String name = mangle(raw);
            Symbol sy = cur.symbols.get(name);
            int f = sy == null ? 0 : sy.flags;
            if ((f & (Symbol.DEF_PARAM | Symbol.DEF_LOCAL | Symbol.USE | Symbol.DEF_ANNOT)) != 0) {
                String msg;
                if ((f & Symbol.DEF_PARAM) != 0) msg = "name '%s' is parameter and global";
                else if ((f & Symbol.USE) != 0) msg = "name '%s' is used prior to global declaration";
                else if ((f & Symbol.DEF_ANNOT) != 0) msg = "annotated name '%s' can't be global";
                else msg = "name '%s' is assigned to before global declaration";
                throw src.error(String.format(msg, raw), s.pos());
            }
            def(cur, name, Symbol.DEF_GLOBAL, s.pos());
            nonlocalPositions.putIfAbsent(cur.symbols.get(name), s.pos());
        }
    }

    @Override
    protected void visitNonlocal(Stmt.Nonlocal s) {
        if (cur.kind() == Scope.Kind.MODULE) {
            throw src.error("nonlocal declaration not allowed at module level", s.pos());
        }
        for (String raw : s.names()) {
            String name = mangle(raw);
            Symbol sy = cur.symbols.get(name);
            int f = sy == null ? 0 : sy.flags;
            if ((f & (Symbol.DEF_PARAM | Symbol.DEF_LOCAL | Symbol.USE | Symbol.DEF_ANNOT)) != 0) {
                String msg;
                if ((f & Symbol.DEF_PARAM) != 0) msg = "name '%s' is parameter and nonlocal";
                else if ((f & Symbol.USE) != 0) msg = "name '%s' is used prior to nonlocal declaration";
                else if ((f & Symbol.DEF_ANNOT) != 0) msg = "annotated name '%s' can't be nonlocal";
                else msg = "name '%s' is assigned to before nonlocal declaration";
                throw src.error(String.format(msg, raw), s.pos());
            }
            def(cur, name, Symbol.DEF_NONLOCAL, s.pos());
            nonlocalPositions.putIfAbsent(cur.symbols.get(name), s.pos());
        }
    }

    /** Where each nonlocal was declared, for the resolver's "no binding" error. */
    final IdentityHashMap<Symbol, Pos> nonlocalPositions = new IdentityHashMap<>();
    /** Where each global was declared, for the resolver's "nonlocal and global" error. */

    // ---- expressions with scope effects

    @Override
    protected void visitName(Expr.Name e) {
        if (e.ctx() == Ctx.LOAD) {
            def(e.id(), Symbol.USE, e.pos());
            if (cur.isFunctionLike() && e.id().equals("super")) {
                def(cur, "__class__", Symbol.USE, e.pos());
            }
        } else {
            def(e.id(), Symbol.DEF_LOCAL, e.pos());
        }
    }

    @Override
    protected void visitNamedExpr(Expr.NamedExpr e) {
        if (compIterExpr > 0) {
            throw src.error("assignment expression cannot be used in a comprehension iterable expression", e.pos());
        }
        if (cur.kind() == Scope.Kind.COMPREHENSION) {
            extendNamedExprScope(e.target());
        }
        expr(e.value());
        expr(e.target());
    }

    /** A walrus in a comprehension binds in the nearest enclosing function (or module) scope. */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        for (Scope s = cur; s != null; s = s.parent()) {
            if (s.kind() == Scope.Kind.COMPREHENSION) {
                Symbol sy = s.symbols.get(name);
                if (sy != null && sy.has(Symbol.DEF_COMP_ITER)) {
                    throw src.error("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", target.pos());
                }
                continue;
            }
            if (s.kind() == Scope.Kind.FUNCTION || s.kind() == Scope.Kind.LAMBDA) {
                Symbol there = s.symbols.get(name);
                boolean global = there != null && there.has(Symbol.DEF_GLOBAL);
                def(cur, name, global ? Symbol.DEF_GLOBAL : Symbol.DEF_NONLOCAL, target.pos());
                if (!global) nonlocalPositions.put(cur.symbols.get(name), target.pos());
                def(s, name, Symbol.DEF_LOCAL, target.pos());
                return;
            }
            if (s.kind() == Scope.Kind.MODULE) {
                def(cur, name, Symbol.DEF_GLOBAL, target.pos());
                def(s, name, Symbol.DEF_GLOBAL, target.pos());
                return;
            }
            throw src.error("assignment expression within a comprehension cannot be used in a class body",
                    target.pos());
        }
    }

    @Override
    protected void visitYield(Expr.Yield e) {
        optExpr(e.value());
        markYield(e.pos());
    }

    @Override
    protected void visitYieldFrom(Expr.YieldFrom e) {
        expr(e.value());
        markYield(e.pos());
    }

    private void markYield(Pos pos) {
        if (cur.kind() == Scope.Kind.COMPREHENSION) {
            String what = switch (cur.name()) {
                case "<listcomp>" -> "list comprehension";
                case "<setcomp>" -> "set comprehension";
                case "<dictcomp>" -> "dict comprehension";
                default -> "generator expression";
            };
            throw src.error("'yield' inside " + what, pos);
        }
        cur.generator = true;
    }

    @Override
    protected void visitAwait(Expr.Await e) {
        expr(e.value());
        if (cur.kind() == Scope.Kind.COMPREHENSION) cur.coroutine = true;
    }

    // ---- patterns bind names

    @Override
    protected void visitMatchStar(Pattern.MatchStar p) {
        if (p.name() != null) def(p.name(), Symbol.DEF_LOCAL, p.pos());
    }

    @Override
    protected void visitMatchAs(Pattern.MatchAs p) {
        if (p.pattern() != null) pattern(p.pattern());
        if (p.name() != null) def(p.name(), Symbol.DEF_LOCAL, p.pos());
    }

    @Override
    protected void visitMatchMapping(Pattern.MatchMapping p) {
        super.visitMatchMapping(p);
        if (p.rest() != null) def(p.rest(), Symbol.DEF_LOCAL, p.pos());
    }

    static List<String> names(List<Alias> aliases) {
        List<String> out = new ArrayList<>();
        for (Alias a : aliases) out.add(a.name());
        return out;
    }
}
