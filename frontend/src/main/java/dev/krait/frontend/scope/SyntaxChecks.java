package dev.krait.frontend.scope;

import dev.krait.frontend.SourceLines;
import dev.krait.frontend.ast.Alias;
import dev.krait.frontend.ast.Arg;
import dev.krait.frontend.ast.Arguments;
import dev.krait.frontend.ast.AstWalker;
import dev.krait.frontend.ast.Comprehension;
import dev.krait.frontend.ast.Ctx;
import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Keyword;
import dev.krait.frontend.ast.MatchCase;
import dev.krait.frontend.ast.Module;
import dev.krait.frontend.ast.Pattern;
import dev.krait.frontend.ast.Pos;
import dev.krait.frontend.ast.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The compile-time errors CPython raises in its compiler rather than its symbol table: statements outside
 * the construct they need (return, yield, await, break, continue, async for/with), starred expressions in
 * the wrong place, assignments to {@code __debug__}, misplaced {@code __future__} imports, and match patterns
 * that can never be reached or bind names inconsistently.
 */
final class SyntaxChecks extends AstWalker {
    private static final Set<String> FUTURES = Set.of("nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");

    private final SourceLines src;
    private final SymbolTable table;
    private Scope scope;
    private int loopDepth;
    /** The expression being visited may be a starred item (list/tuple/set display element or call argument). */
    private boolean starAllowed;

    SyntaxChecks(SourceLines src, SymbolTable table) {
        this.src = src;
        this.table = table;
    }

    void check(Module m) {
        scope = table.top();
        checkFutures(m);
        stmts(m.body());
    }

    private void checkFutures(Module m) {
        boolean leading = true;
        int i = 0;
        for (Stmt s : m.body()) {
            boolean docstring = i == 0 && s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                    && c.value() instanceof String;
            i++;
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module()) && f.level() == 0) {
                if (!leading) {
                    throw src.error("from __future__ imports must occur at the beginning of the file", f.pos());
                }
                for (Alias a : f.names()) {
                    if (a.name().equals("braces")) throw pointError("not a chance", f.pos());
                    if (!FUTURES.contains(a.name())) {
                        throw pointError("future feature " + a.name() + " is not defined", f.pos());
                    }
                }
            } else if (!docstring) {
                leading = false;
            }
        }
    }

    private dev.krait.frontend.CompileError pointError(String msg, Pos p) {
        return new dev.krait.frontend.CompileError("SyntaxError", msg, src.fileName(), p.line(), p.col() + 1,
                p.line(), 0, src.line(p.line()));
    }

    @Override
    protected void visitImportFrom(Stmt.ImportFrom s) {
        if ("__future__".equals(s.module()) && s.level() == 0 && scope.kind() != Scope.Kind.MODULE) {
            throw src.error("from __future__ imports must occur at the beginning of the file", s.pos());
        }
        for (Alias a : s.names()) forbidden(a.asname() != null ? a.asname() : a.name(), a.pos());
    }

    @Override
    protected void visitImport(Stmt.Import s) {
        for (Alias a : s.names()) if (a.asname() != null) forbidden(a.asname(), a.pos());
    }

    // ---- blocks

    private void inScope(Object node, Runnable body) {
        Scope saved = scope;
        int savedLoops = loopDepth;
        scope = table.scopeOf(node);
        loopDepth = 0;
        body.run();
        scope = saved;
        loopDepth = savedLoops;
    }

    @Override
    protected void visitFunctionDef(Stmt.FunctionDef s) {
        forbidden(s.name(), s.pos());
        params(s.args(), s.pos());
        exprs(s.decorators());
        argumentDefaults(s.args());
        argumentAnnotations(s.args());
        optExpr(s.returns());
        inScope(s, () -> stmts(s.body()));
    }

    @Override
    protected void argumentAnnotations(Arguments a) {
        for (Arg x : a.posonlyargs()) optExpr(x.annotation());
        for (Arg x : a.args()) optExpr(x.annotation());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            starAllowed = true;
            expr(a.vararg().annotation());
        }
        for (Arg x : a.kwonlyargs()) optExpr(x.annotation());
        if (a.kwarg() != null) optExpr(a.kwarg().annotation());
    }

    private void params(Arguments a, Pos defPos) {
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) all.add(a.vararg());
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) all.add(a.kwarg());
        for (Arg x : all) if (x.name().equals("__debug__")) throw src.error("cannot assign to __debug__", defPos);
    }

    @Override
    protected void visitClassDef(Stmt.ClassDef s) {
        forbidden(s.name(), s.pos());
        exprs(s.decorators());
        starItems(s.bases());
        for (Keyword k : s.keywords()) keyword(k);
        inScope(s, () -> stmts(s.body()));
    }

    @Override
    protected void visitLambda(Expr.Lambda e) {
        params(e.args(), e.pos());
        argumentDefaults(e.args());
        inScope(e, () -> expr(e.body()));
    }

    @Override
    protected void visitListComp(Expr.ListComp e) {
        comp(e, e.generators(), e.elt(), null);
    }

    @Override
    protected void visitSetComp(Expr.SetComp e) {
        comp(e, e.generators(), e.elt(), null);
    }

    @Override
    protected void visitDictComp(Expr.DictComp e) {
        comp(e, e.generators(), e.key(), e.value());
    }

    @Override
    protected void visitGeneratorExp(Expr.GeneratorExp e) {
        comp(e, e.generators(), e.elt(), null);
    }

    private void comp(Expr node, List<Comprehension> gens, Expr elt, Expr value) {
        expr(gens.get(0).iter());
        Scope c = table.scopeOf(node);
        if (c.isAsyncComprehension() && !(node instanceof Expr.GeneratorExp)
                && !isAsyncFunction(scope) && scope.kind() != Scope.Kind.COMPREHENSION) {
            throw src.error("asynchronous comprehension outside of an asynchronous function", node.pos());
        }
        inScope(node, () -> {
            for (int i = 0; i < gens.size(); i++) {
                Comprehension g = gens.get(i);
                if (i > 0) expr(g.iter());
                target(g.target());
                exprs(g.ifs());
            }
            if (elt instanceof Expr.Starred) {
                throw src.error("iterable unpacking cannot be used in comprehension", elt.pos());
            }
            expr(elt);
            optExpr(value);
        });
    }

    private static boolean isAsyncFunction(Scope s) {
        return s.kind() == Scope.Kind.FUNCTION && s.isCoroutine();
    }

    // ---- statements needing context

    @Override
    protected void visitReturn(Stmt.Return s) {
        if (!scope.isFunctionLike()) throw src.error("'return' outside function", s.pos());
        if (s.value() != null && scope.isCoroutine() && scope.isGenerator()) {
            throw src.error("'return' with value in async generator", s.pos());
        }
        if (s.value() != null) rhs(s.value());
    }

    @Override
    protected void visitBreak(Stmt.Break s) {
        if (loopDepth == 0) throw src.error("'break' outside loop", s.pos());
    }

    @Override
    protected void visitContinue(Stmt.Continue s) {
        if (loopDepth == 0) throw src.error("'continue' not properly in loop", s.pos());
    }

    @Override
    protected void visitFor(Stmt.For s) {
        if (s.isAsync() && !isAsyncFunction(scope)) {
            throw src.error("'async for' outside async function", s.pos());
        }
        rhs(s.iter());
        target(s.target());
        loopDepth++;
        stmts(s.body());
        loopDepth--;
        stmts(s.orelse());
    }

    @Override
    protected void visitWhile(Stmt.While s) {
        expr(s.test());
        loopDepth++;
        stmts(s.body());
        loopDepth--;
        stmts(s.orelse());
    }

    @Override
    protected void visitWith(Stmt.With s) {
        if (s.isAsync() && !isAsyncFunction(scope)) {
            throw src.error("'async with' outside async function", s.pos());
        }
        for (var w : s.items()) {
            expr(w.contextExpr());
            if (w.optionalVars() != null) target(w.optionalVars());
        }
        stmts(s.body());
    }

    @Override
    protected void visitAssign(Stmt.Assign s) {
        rhs(s.value());
        for (Expr t : s.targets()) target(t);
    }

    @Override
    protected void visitAugAssign(Stmt.AugAssign s) {
        expr(s.target());
        expr(s.value());
    }

    @Override
    protected void visitAnnAssign(Stmt.AnnAssign s) {
        target(s.target());
        expr(s.annotation());
        optExpr(s.value());
    }

    @Override
    protected void visitDelete(Stmt.Delete s) {
        for (Expr t : s.targets()) target(t);
    }

    @Override
    protected void visitExprStmt(Stmt.ExprStmt s) {
        rhs(s.value());
    }

    @Override
    protected void visitExceptHandler(dev.krait.frontend.ast.ExceptHandler h) {
        if (h.name() != null) forbidden(h.name(), h.pos());
        super.visitExceptHandler(h);
    }

    /** A value position where a bare starred tuple such as {@code *a, b} is fine but {@code *a} alone is not. */
    private void rhs(Expr e) {
        expr(e);
    }

    /** An assignment target: a name, attribute, subscript, or a list/tuple of targets with at most one star. */
    private void target(Expr t) {
        if (t instanceof Expr.Starred st) {
            throw src.error("starred assignment target must be in a list or tuple", st.pos());
        }
        if (t instanceof Expr.Tuple || t instanceof Expr.List_) {
            List<Expr> elts = t instanceof Expr.Tuple tu ? tu.elts() : ((Expr.List_) t).elts();
            boolean seen = false;
            for (Expr x : elts) {
                if (x instanceof Expr.Starred st) {
                    if (seen) throw src.error("multiple starred expressions in assignment", t.pos());
                    seen = true;
                    target(st.value());
                } else {
                    target(x);
                }
            }
            return;
        }
        expr(t);
    }

    // ---- expressions

    @Override
    public void expr(Expr e) {
        boolean allowed = starAllowed;
        starAllowed = false;
        if (e instanceof Expr.Starred s) {
            if (!allowed && s.ctx() == Ctx.LOAD) throw src.error("can't use starred expression here", s.pos());
            expr(s.value());
            return;
        }
        super.expr(e);
    }

    private void starItems(List<Expr> items) {
        for (Expr x : items) {
            starAllowed = true;
            expr(x);
        }
        starAllowed = false;
    }

    @Override
    protected void visitTuple(Expr.Tuple e) {
        starItems(e.elts());
    }

    @Override
    protected void visitList(Expr.List_ e) {
        starItems(e.elts());
    }

    @Override
    protected void visitSet(Expr.Set e) {
        starItems(e.elts());
    }

    @Override
    protected void visitCall(Expr.Call e) {
        expr(e.func());
        starItems(e.args());
        for (Keyword k : e.keywords()) keyword(k);
    }

    private void keyword(Keyword k) {
        if (k.arg() != null) forbidden(k.arg(), k.pos());
        expr(k.value());
    }

    @Override
    protected void visitName(Expr.Name e) {
        if (e.ctx() != Ctx.LOAD) forbidden(e.id(), e.pos());
    }

    @Override
    protected void visitAttribute(Expr.Attribute e) {
        if (e.ctx() == Ctx.STORE) forbidden(e.attr(), e.pos());
        expr(e.value());
    }

    @Override
    protected void visitNamedExpr(Expr.NamedExpr e) {
        forbidden(e.target().id(), e.target().pos());
        expr(e.value());
    }

    private void forbidden(String name, Pos pos) {
        if (name.equals("__debug__")) throw src.error("cannot assign to __debug__", pos);
    }

    @Override
    protected void visitYield(Expr.Yield e) {
        if (!scope.isFunctionLike()) throw src.error("'yield' outside function", e.pos());
        if (e.value() != null) rhs(e.value());
    }

    @Override
    protected void visitYieldFrom(Expr.YieldFrom e) {
        if (!scope.isFunctionLike()) throw src.error("'yield' outside function", e.pos());
        if (isAsyncFunction(scope)) throw src.error("'yield from' inside async function", e.pos());
        expr(e.value());
    }

    @Override
    protected void visitAwait(Expr.Await e) {
        if (!scope.isFunctionLike()) throw src.error("'await' outside function", e.pos());
        if (!isAsyncFunction(scope) && scope.kind() != Scope.Kind.COMPREHENSION) {
            throw src.error("'await' outside async function", e.pos());
        }
        expr(e.value());
    }

    // ---- match statements

    @Override
    protected void visitMatch(Stmt.Match s) {
        expr(s.subject());
        List<MatchCase> cases = s.cases();
        for (int i = 0; i < cases.size(); i++) {
            MatchCase c = cases.get(i);
            boolean allowIrrefutable = c.guard() != null || i == cases.size() - 1;
            new PatternCheck().check(c.pattern(), allowIrrefutable);
            pattern(c.pattern());
            optExpr(c.guard());
            stmts(c.body());
        }
    }

    /** CPython's pattern compilation checks: reachability, duplicate and inconsistent bindings, keys, attributes. */
    private final class PatternCheck {
        private Set<String> bound = new LinkedHashSet<>();
        private Pos lastCapture;

        void check(Pattern p, boolean allowIrrefutable) {
            if (p instanceof Pattern.MatchAs a) {
                if (a.pattern() == null) {
                    if (!allowIrrefutable) {
                        throw src.error(a.name() != null
                                ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                                : "wildcard makes remaining patterns unreachable", a.pos());
                    }
                } else {
                    check(a.pattern(), true);
                }
                store(a.name(), a.pos());
            } else if (p instanceof Pattern.MatchStar st) {
                store(st.name(), st.pos());
            } else if (p instanceof Pattern.MatchSequence sq) {
                for (Pattern x : sq.patterns()) check(x, true);
            } else if (p instanceof Pattern.MatchMapping mm) {
                Set<Object> keys = new HashSet<>();
                for (Expr k : mm.keys()) {
                    if (k instanceof Expr.Constant c) {
                        Object v = c.value();
                        if (!keys.add(keyOf(v))) {
                            throw src.error("mapping pattern checks duplicate key (" + reprOf(v) + ")", mm.pos());
                        }
                    } else if (!(k instanceof Expr.Attribute || k instanceof Expr.UnaryOp || k instanceof Expr.BinOp)) {
                        throw src.error("mapping pattern keys may only match literals and attribute lookups", k.pos());
                    }
                }
                for (Pattern x : mm.patterns()) check(x, true);
                store(mm.rest(), mm.pos());
            } else if (p instanceof Pattern.MatchClass mc) {
                for (Pattern x : mc.patterns()) check(x, true);
                Set<String> attrs = new HashSet<>();
                for (int i = 0; i < mc.kwdAttrs().size(); i++) {
                    String attr = mc.kwdAttrs().get(i);
                    if (!attrs.add(attr)) {
                        throw src.error("attribute name repeated in class pattern: " + attr, mc.kwdPatterns().get(i).pos());
                    }
                    forbidden(attr, mc.kwdPatterns().get(i).pos());
                }
                for (Pattern x : mc.kwdPatterns()) check(x, true);
            } else if (p instanceof Pattern.MatchOr or) {
                Set<String> outer = bound;
                Set<String> first = null;
                List<Pattern> alts = or.patterns();
                for (int i = 0; i < alts.size(); i++) {
                    bound = new LinkedHashSet<>();
                    check(alts.get(i), allowIrrefutable && i == alts.size() - 1);
                    if (first == null) {
                        first = bound;
                    } else if (!first.equals(bound)) {
                        throw src.error("alternative patterns bind different names",
                                lastCapture != null ? lastCapture : alts.get(i).pos());
                    }
                }
                bound = outer;
                for (String n : first) store(n, or.pos());
            }
        }

        private void store(String name, Pos pos) {
            if (name == null) return;
            forbidden(name, pos);
            if (!bound.add(name)) throw src.error("multiple assignments to name '" + name + "' in pattern", pos);
            lastCapture = pos;
        }
    }

    private static Object keyOf(Object v) {
        if (v instanceof Boolean b) return java.math.BigInteger.valueOf(b ? 1 : 0);
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return new java.math.BigDecimal(d).toBigInteger();
        }
        return v;
    }

    private static String reprOf(Object v) {
        if (v instanceof String s) return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        if (v instanceof Boolean b) return b ? "True" : "False";
        return String.valueOf(v);
    }
}
