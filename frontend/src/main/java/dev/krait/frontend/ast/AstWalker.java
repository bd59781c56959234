package dev.krait.frontend.ast;

import java.util.List;

/**
 * Depth-first traversal of the AST. Each {@code visitX} method walks the node's children in source evaluation
 * order; subclasses override the ones they care about and call {@code super} to keep descending.
 */
public abstract class AstWalker {

    /** Walks the body of a code block node: a function's statements, a lambda's expression, or a module. */
    public void walkBody(Object node) {
        if (node instanceof Stmt.FunctionDef f) stmts(f.body());
        else if (node instanceof Stmt.ClassDef c) stmts(c.body());
        else if (node instanceof Expr.Lambda l) expr(l.body());
        else if (node instanceof Module m) stmts(m.body());
        else if (node instanceof Expr e) expr(e);
    }

    public void stmts(List<Stmt> list) {
        for (Stmt s : list) stmt(s);
    }

    public void exprs(List<Expr> list) {
        for (Expr e : list) if (e != null) expr(e);
    }

    public void stmt(Stmt s) {
        if (s instanceof Stmt.ExprStmt x) visitExprStmt(x);
        else if (s instanceof Stmt.Assign x) visitAssign(x);
        else if (s instanceof Stmt.If x) visitIf(x);
        else if (s instanceof Stmt.Return x) visitReturn(x);
        else if (s instanceof Stmt.For x) visitFor(x);
        else if (s instanceof Stmt.AugAssign x) visitAugAssign(x);
        else if (s instanceof Stmt.FunctionDef x) visitFunctionDef(x);
        else if (s instanceof Stmt.While x) visitWhile(x);
        else if (s instanceof Stmt.ClassDef x) visitClassDef(x);
        else if (s instanceof Stmt.Try x) visitTry(x);
        else if (s instanceof Stmt.Raise x) visitRaise(x);
        else if (s instanceof Stmt.With x) visitWith(x);
        else if (s instanceof Stmt.Import x) visitImport(x);
        else if (s instanceof Stmt.ImportFrom x) visitImportFrom(x);
        else if (s instanceof Stmt.Pass x) visitPass(x);
        else if (s instanceof Stmt.Break x) visitBreak(x);
        else if (s instanceof Stmt.Continue x) visitContinue(x);
        else if (s instanceof Stmt.Delete x) visitDelete(x);
        else if (s instanceof Stmt.AnnAssign x) visitAnnAssign(x);
        else if (s instanceof Stmt.Assert x) visitAssert(x);
        else if (s instanceof Stmt.Global x) visitGlobal(x);
        else if (s instanceof Stmt.Nonlocal x) visitNonlocal(x);
        else if (s instanceof Stmt.Match x) visitMatch(x);
        else throw new IllegalStateException("unknown statement " + s);
    }

    public void expr(Expr e) {
        if (e instanceof Expr.Name x) visitName(x);
        else if (e instanceof Expr.Constant x) visitConstant(x);
        else if (e instanceof Expr.Call x) visitCall(x);
        else if (e instanceof Expr.Attribute x) visitAttribute(x);
        else if (e instanceof Expr.BinOp x) visitBinOp(x);
        else if (e instanceof Expr.Subscript x) visitSubscript(x);
        else if (e instanceof Expr.Compare x) visitCompare(x);
        else if (e instanceof Expr.Tuple x) visitTuple(x);
        else if (e instanceof Expr.List_ x) visitList(x);
        else if (e instanceof Expr.UnaryOp x) visitUnaryOp(x);
        else if (e instanceof Expr.BoolOp x) visitBoolOp(x);
        else if (e instanceof Expr.Dict x) visitDict(x);
        else if (e instanceof Expr.JoinedStr x) visitJoinedStr(x);
        else if (e instanceof Expr.FormattedValue x) visitFormattedValue(x);
        else if (e instanceof Expr.IfExp x) visitIfExp(x);
        else if (e instanceof Expr.Lambda x) visitLambda(x);
        else if (e instanceof Expr.ListComp x) visitListComp(x);
        else if (e instanceof Expr.GeneratorExp x) visitGeneratorExp(x);
        else if (e instanceof Expr.DictComp x) visitDictComp(x);
        else if (e instanceof Expr.SetComp x) visitSetComp(x);
        else if (e instanceof Expr.Starred x) visitStarred(x);
        else if (e instanceof Expr.Slice x) visitSlice(x);
        else if (e instanceof Expr.Set x) visitSet(x);
        else if (e instanceof Expr.NamedExpr x) visitNamedExpr(x);
        else if (e instanceof Expr.Yield x) visitYield(x);
        else if (e instanceof Expr.YieldFrom x) visitYieldFrom(x);
        else if (e instanceof Expr.Await x) visitAwait(x);
        else throw new IllegalStateException("unknown expression " + e);
    }

    public void pattern(Pattern p) {
        if (p instanceof Pattern.MatchValue x) visitMatchValue(x);
        else if (p instanceof Pattern.MatchSingleton x) visitMatchSingleton(x);
        else if (p instanceof Pattern.MatchSequence x) visitMatchSequence(x);
        else if (p instanceof Pattern.MatchMapping x) visitMatchMapping(x);
        else if (p instanceof Pattern.MatchClass x) visitMatchClass(x);
        else if (p instanceof Pattern.MatchStar x) visitMatchStar(x);
        else if (p instanceof Pattern.MatchAs x) visitMatchAs(x);
        else if (p instanceof Pattern.MatchOr x) visitMatchOr(x);
        else throw new IllegalStateException("unknown pattern " + p);
    }

    protected void optExpr(Expr e) {
        if (e != null) expr(e);
    }

    // ---- statements

    protected void visitFunctionDef(Stmt.FunctionDef s) {
        exprs(s.decorators());
        argumentDefaults(s.args());
        argumentAnnotations(s.args());
        optExpr(s.returns());
        stmts(s.body());
    }

    /** Defaults of a parameter list, evaluated where the function is defined. */
    protected void argumentDefaults(Arguments a) {
        exprs(a.defaults());
        exprs(a.kwDefaults());
    }

    protected void argumentAnnotations(Arguments a) {
        for (Arg x : a.posonlyargs()) optExpr(x.annotation());
        for (Arg x : a.args()) optExpr(x.annotation());
        if (a.vararg() != null) optExpr(a.vararg().annotation());
        for (Arg x : a.kwonlyargs()) optExpr(x.annotation());
        if (a.kwarg() != null) optExpr(a.kwarg().annotation());
    }

    protected void visitClassDef(Stmt.ClassDef s) {
        exprs(s.decorators());
        exprs(s.bases());
        for (Keyword k : s.keywords()) expr(k.value());
        stmts(s.body());
    }

    protected void visitReturn(Stmt.Return s) {
        optExpr(s.value());
    }

    protected void visitDelete(Stmt.Delete s) {
        exprs(s.targets());
    }

    protected void visitAssign(Stmt.Assign s) {
        expr(s.value());
        exprs(s.targets());
    }

    protected void visitAugAssign(Stmt.AugAssign s) {
        expr(s.target());
        expr(s.value());
    }

    protected void visitAnnAssign(Stmt.AnnAssign s) {
        expr(s.target());
        expr(s.annotation());
        optExpr(s.value());
    }

    protected void visitFor(Stmt.For s) {
        expr(s.iter());
        expr(s.target());
        stmts(s.body());
        stmts(s.orelse());
    }

    protected void visitWhile(Stmt.While s) {
        expr(s.test());
        stmts(s.body());
        stmts(s.orelse());
    }

    protected void visitIf(Stmt.If s) {
        expr(s.test());
        stmts(s.body());
        stmts(s.orelse());
    }

    protected void visitWith(Stmt.With s) {
        for (WithItem w : s.items()) {
            expr(w.contextExpr());
            optExpr(w.optionalVars());
        }
        stmts(s.body());
    }

    protected void visitMatch(Stmt.Match s) {
        expr(s.subject());
        for (MatchCase c : s.cases()) {
            pattern(c.pattern());
            optExpr(c.guard());
            stmts(c.body());
        }
    }

    protected void visitRaise(Stmt.Raise s) {
        optExpr(s.exc());
        optExpr(s.cause());
    }

    protected void visitTry(Stmt.Try s) {
        stmts(s.body());
        for (ExceptHandler h : s.handlers()) visitExceptHandler(h);
        stmts(s.orelse());
        stmts(s.finalbody());
    }

    protected void visitExceptHandler(ExceptHandler h) {
        optExpr(h.type());
        stmts(h.body());
    }

    protected void visitAssert(Stmt.Assert s) {
        expr(s.test());
        optExpr(s.msg());
    }

    protected void visitImport(Stmt.Import s) {}

    protected void visitImportFrom(Stmt.ImportFrom s) {}

    protected void visitGlobal(Stmt.Global s) {}

    protected void visitNonlocal(Stmt.Nonlocal s) {}

    protected void visitExprStmt(Stmt.ExprStmt s) {
        expr(s.value());
    }

    protected void visitPass(Stmt.Pass s) {}

    protected void visitBreak(Stmt.Break s) {}

    protected void visitContinue(Stmt.Continue s) {}

    // ---- expressions

    protected void visitBoolOp(Expr.BoolOp e) {
        exprs(e.values());
    }

    protected void visitNamedExpr(Expr.NamedExpr e) {
        expr(e.value());
        expr(e.target());
    }

    protected void visitBinOp(Expr.BinOp e) {
        expr(e.left());
        expr(e.right());
    }

    protected void visitUnaryOp(Expr.UnaryOp e) {
        expr(e.operand());
    }

    protected void visitLambda(Expr.Lambda e) {
        argumentDefaults(e.args());
        expr(e.body());
    }

    protected void visitIfExp(Expr.IfExp e) {
        expr(e.test());
        expr(e.body());
        expr(e.orelse());
    }

    protected void visitDict(Expr.Dict e) {
        for (int i = 0; i < e.values().size(); i++) {
            optExpr(e.keys().get(i));
            expr(e.values().get(i));
        }
    }

    protected void visitSet(Expr.Set e) {
        exprs(e.elts());
    }

    protected void visitListComp(Expr.ListComp e) {
        comprehension(e.generators(), e.elt(), null);
    }

    protected void visitSetComp(Expr.SetComp e) {
        comprehension(e.generators(), e.elt(), null);
    }

    protected void visitDictComp(Expr.DictComp e) {
        comprehension(e.generators(), e.key(), e.value());
    }

    protected void visitGeneratorExp(Expr.GeneratorExp e) {
        comprehension(e.generators(), e.elt(), null);
    }

    /** The clauses of any comprehension, then its element (and value, for dicts). */
    protected void comprehension(List<Comprehension> gens, Expr elt, Expr value) {
        for (Comprehension c : gens) {
            expr(c.iter());
            expr(c.target());
            exprs(c.ifs());
        }
        expr(elt);
        optExpr(value);
    }

    protected void visitAwait(Expr.Await e) {
        expr(e.value());
    }

    protected void visitYield(Expr.Yield e) {
        optExpr(e.value());
    }

    protected void visitYieldFrom(Expr.YieldFrom e) {
        expr(e.value());
    }

    protected void visitCompare(Expr.Compare e) {
        expr(e.left());
        exprs(e.comparators());
    }

    protected void visitCall(Expr.Call e) {
        expr(e.func());
        exprs(e.args());
        for (Keyword k : e.keywords()) expr(k.value());
    }

    protected void visitFormattedValue(Expr.FormattedValue e) {
        expr(e.value());
        optExpr(e.formatSpec());
    }

    protected void visitJoinedStr(Expr.JoinedStr e) {
        exprs(e.values());
    }

    protected void visitConstant(Expr.Constant e) {}

    protected void visitAttribute(Expr.Attribute e) {
        expr(e.value());
    }

    protected void visitSubscript(Expr.Subscript e) {
        expr(e.value());
        expr(e.slice());
    }

    protected void visitStarred(Expr.Starred e) {
        expr(e.value());
    }

    protected void visitName(Expr.Name e) {}

    protected void visitList(Expr.List_ e) {
        exprs(e.elts());
    }

    protected void visitTuple(Expr.Tuple e) {
        exprs(e.elts());
    }

    protected void visitSlice(Expr.Slice e) {
        optExpr(e.lower());
        optExpr(e.upper());
        optExpr(e.step());
    }

    // ---- patterns

    protected void visitMatchValue(Pattern.MatchValue p) {
        expr(p.value());
    }

    protected void visitMatchSingleton(Pattern.MatchSingleton p) {}

    protected void visitMatchSequence(Pattern.MatchSequence p) {
        for (Pattern x : p.patterns()) pattern(x);
    }

    protected void visitMatchMapping(Pattern.MatchMapping p) {
        exprs(p.keys());
        for (Pattern x : p.patterns()) pattern(x);
    }

    protected void visitMatchClass(Pattern.MatchClass p) {
        expr(p.cls());
        for (Pattern x : p.patterns()) pattern(x);
        for (Pattern x : p.kwdPatterns()) pattern(x);
    }

    protected void visitMatchStar(Pattern.MatchStar p) {}

    protected void visitMatchAs(Pattern.MatchAs p) {
        if (p.pattern() != null) pattern(p.pattern());
    }

    protected void visitMatchOr(Pattern.MatchOr p) {
        for (Pattern x : p.patterns()) pattern(x);
    }
}
