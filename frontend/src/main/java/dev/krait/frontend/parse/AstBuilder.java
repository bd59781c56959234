package dev.krait.frontend.parse;

import dev.krait.frontend.CompileError;
import dev.krait.frontend.SourceLines;
import dev.krait.frontend.ast.Alias;
import dev.krait.frontend.ast.Arg;
import dev.krait.frontend.ast.Arguments;
import dev.krait.frontend.ast.BoolOperator;
import dev.krait.frontend.ast.CmpOperator;
import dev.krait.frontend.ast.Comprehension;
import dev.krait.frontend.ast.Ctx;
import dev.krait.frontend.ast.ExceptHandler;
import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Keyword;
import dev.krait.frontend.ast.MatchCase;
import dev.krait.frontend.ast.Operator;
import dev.krait.frontend.ast.Pos;
import dev.krait.frontend.ast.Stmt;
import dev.krait.frontend.ast.UnaryOperator;
import dev.krait.frontend.ast.WithItem;
import dev.krait.grammar.PythonLexer;
import dev.krait.grammar.PythonParser.*;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds the AST from the parse tree in one pass, with CPython's checks on targets, parameters and arguments. */
final class AstBuilder {
    final SourceLines src;
    private final FStrings fstrings;

    AstBuilder(SourceLines src, FStrings.ExprParser exprParser) {
        this.src = src;
        this.fstrings = new FStrings(this, exprParser);
    }

    CompileError error(String msg, Pos p) {
        return src.error(msg, p);
    }

    // ------------------------------------------------------------------ statements

    List<Stmt> fileInput(File_inputContext c) {
        List<Stmt> out = new ArrayList<>();
        for (StmtContext s : c.stmt()) stmt(s, out);
        return out;
    }

    private void stmt(StmtContext c, List<Stmt> out) {
        if (c.simple_stmts() != null) simpleStmts(c.simple_stmts(), out);
        else out.add(compound(c.compound_stmt()));
    }

    private void simpleStmts(Simple_stmtsContext c, List<Stmt> out) {
        for (Simple_stmtContext s : c.simple_stmt()) out.add(simple(s));
    }

    List<Stmt> blockPublic(BlockContext c) {
        return block(c);
    }

    private List<Stmt> block(BlockContext c) {
        List<Stmt> out = new ArrayList<>();
        if (c.simple_stmts() != null) simpleStmts(c.simple_stmts(), out);
        else for (StmtContext s : c.stmt()) stmt(s, out);
        return out;
    }

    private Stmt simple(Simple_stmtContext c) {
        Pos p = Positions.of(c);
        if (c.expr_stmt() != null) return exprStmt(c.expr_stmt());
        if (c.pass_stmt() != null) return new Stmt.Pass(p);
        if (c.break_stmt() != null) return new Stmt.Break(p);
        if (c.continue_stmt() != null) return new Stmt.Continue(p);
        if (c.return_stmt() != null) {
            Testlist_star_exprContext v = c.return_stmt().testlist_star_expr();
            return new Stmt.Return(p, v == null ? null : testlistStar(v));
        }
        if (c.del_stmt() != null) return delStmt(c.del_stmt(), p);
        if (c.raise_stmt() != null) {
            List<TestContext> t = c.raise_stmt().test();
            return new Stmt.Raise(p, t.isEmpty() ? null : test(t.get(0)), t.size() > 1 ? test(t.get(1)) : null);
        }
        if (c.import_stmt() != null) return importStmt(c.import_stmt(), p);
        if (c.global_stmt() != null) return new Stmt.Global(p, names(c.global_stmt().name()));
        if (c.nonlocal_stmt() != null) return new Stmt.Nonlocal(p, names(c.nonlocal_stmt().name()));
        if (c.yield_stmt() != null) return new Stmt.ExprStmt(p, yieldExpr(c.yield_stmt().yield_expr()));
        AssertStmtParts a = new AssertStmtParts(c.assert_stmt());
        return new Stmt.Assert(p, a.test, a.msg);
    }

    private final class AssertStmtParts {
        final Expr test;
        final Expr msg;

        AssertStmtParts(Assert_stmtContext c) {
            test = test(c.test(0));
            msg = c.test().size() > 1 ? test(c.test(1)) : null;
        }
    }

    private List<String> names(List<NameContext> ns) {
        List<String> out = new ArrayList<>();
        for (NameContext n : ns) out.add(name(n));
        return out;
    }

    String name(NameContext n) {
        return identifier(n.NAME().getSymbol());
    }

    static String identifier(Token t) {
        String s = t.getText();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) return Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        return s;
    }

    private Stmt exprStmt(Expr_stmtContext c) {
        Pos p = Positions.of(c);
        Expr first = testlistStar(c.testlist_star_expr(0));
        if (c.annassign() != null) {
            AnnassignContext a = c.annassign();
            Expr ann = test(a.test());
            Expr value = null;
            if (a.yield_expr() != null) value = yieldExpr(a.yield_expr());
            else if (a.testlist_star_expr() != null) value = testlistStar(a.testlist_star_expr());
            if (first instanceof Expr.Tuple) throw error("only single target (not tuple) can be annotated", first.pos());
            if (first instanceof Expr.List_) throw error("only single target (not list) can be annotated", first.pos());
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error("illegal target for annotation", first.pos());
            }
            boolean simple = first instanceof Expr.Name && !parenthesized(c.testlist_star_expr(0));
            return new Stmt.AnnAssign(p, Targets.store(this, first, false), ann, value, simple);
        }
        if (c.augassign() != null) {
            Expr value = c.yield_expr().isEmpty() ? testlist(c.testlist()) : yieldExpr(c.yield_expr(0));
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error("'" + Targets.describe(first) + "' is an illegal expression for augmented assignment", first.pos());
            }
            return new Stmt.AugAssign(p, Targets.store(this, first, false), augOp(c.augassign()), value);
        }
        List<Expr> parts = new ArrayList<>();
        parts.add(first);
        for (int i = 1; i < c.getChildCount(); i++) {
            ParseTree ch = c.getChild(i);
            if (ch instanceof Testlist_star_exprContext t) parts.add(testlistStar(t));
            else if (ch instanceof Yield_exprContext y) parts.add(yieldExpr(y));
        }
        if (parts.size() == 1) return new Stmt.ExprStmt(p, first);
        List<Expr> targets = new ArrayList<>();
        for (int i = 0; i < parts.size() - 1; i++) {
            Expr t = parts.get(i);
            if (t instanceof Expr.Yield || t instanceof Expr.YieldFrom) {
                throw error("assignment to yield expression not possible", t.pos());
            }
            targets.add(Targets.store(this, t, !startsWithParen(t)));
        }
        return new Stmt.Assign(p, targets, parts.get(parts.size() - 1));
    }

    /** Whether the source text of a node begins with '(' (a parenthesized tuple target gets no '==' hint). */
    private boolean startsWithParen(Expr e) {
        String line = src.line(e.pos().line());
        if (line == null) return false;
        int off = line.offsetByCodePoints(0, Math.min(e.pos().col(), line.codePointCount(0, line.length())));
        return off < line.length() && line.charAt(off) == '(';
    }

    private static boolean parenthesized(Testlist_star_exprContext c) {
        return c.getStart().getType() == PythonLexer.LPAR;
    }

    private static Operator augOp(AugassignContext c) {
        switch (c.getStart().getType()) {
            case PythonLexer.PLUS_EQ: return Operator.ADD;
            case PythonLexer.MINUS_EQ: return Operator.SUB;
            case PythonLexer.STAR_EQ: return Operator.MULT;
            case PythonLexer.AT_EQ: return Operator.MATMULT;
            case PythonLexer.SLASH_EQ: return Operator.DIV;
            case PythonLexer.PERCENT_EQ: return Operator.MOD;
            case PythonLexer.AMP_EQ: return Operator.BITAND;
            case PythonLexer.PIPE_EQ: return Operator.BITOR;
            case PythonLexer.CARET_EQ: return Operator.BITXOR;
            case PythonLexer.LSHIFT_EQ: return Operator.LSHIFT;
            case PythonLexer.RSHIFT_EQ: return Operator.RSHIFT;
            case PythonLexer.STAR_STAR_EQ: return Operator.POW;
            default: return Operator.FLOORDIV;
        }
    }

    private Stmt delStmt(Del_stmtContext c, Pos p) {
        ExprlistContext el = c.exprlist();
        List<Expr> items = exprlistItems(el);
        List<Expr> targets = new ArrayList<>();
        if (items.size() == 1 && el.COMMA().isEmpty()) {
            targets.add(Targets.delete(this, items.get(0)));
        } else {
            for (Expr e : items) targets.add(Targets.delete(this, e));
        }
        return new Stmt.Delete(p, targets);
    }

    private Stmt importStmt(Import_stmtContext c, Pos p) {
        if (c.import_name() != null) {
            List<Alias> aliases = new ArrayList<>();
            for (Dotted_as_nameContext d : c.import_name().dotted_as_names().dotted_as_name()) {
                aliases.add(new Alias(Positions.of(d), dotted(d.dotted_name()), d.name() == null ? null : name(d.name())));
            }
            return new Stmt.Import(p, aliases);
        }
        Import_fromContext f = c.import_from();
        int level = 0;
        for (Import_dotsContext d : f.import_dots()) level += d.ELLIPSIS() != null ? 3 : 1;
        String module = f.dotted_name() == null ? null : dotted(f.dotted_name());
        List<Alias> aliases = new ArrayList<>();
        if (f.STAR() != null) {
            aliases.add(new Alias(Positions.of(f.STAR().getSymbol()), "*", null));
        } else {
            for (Import_as_nameContext a : f.import_as_names().import_as_name()) {
                aliases.add(new Alias(Positions.of(a), name(a.name(0)), a.name().size() > 1 ? name(a.name(1)) : null));
            }
        }
        return new Stmt.ImportFrom(p, module, aliases, level);
    }

    private String dotted(Dotted_nameContext d) {
        StringBuilder sb = new StringBuilder();
        for (NameContext n : d.name()) {
            if (sb.length() > 0) sb.append('.');
            sb.append(name(n));
        }
        return sb.toString();
    }

    private Stmt compound(Compound_stmtContext c) {
        if (c.if_stmt() != null) return ifStmt(c.if_stmt());
        if (c.while_stmt() != null) {
            While_stmtContext w = c.while_stmt();
            List<Stmt> body = block(w.block());
            List<Stmt> orelse = orelse(w.else_clause());
            return new Stmt.While(compoundPos(w.getStart(), body, orelse), namedexpr(w.namedexpr_test()), body, orelse);
        }
        if (c.for_stmt() != null) return forStmt(c.for_stmt(), false, c.for_stmt().getStart());
        if (c.try_stmt() != null) return tryStmt(c.try_stmt());
        if (c.with_stmt() != null) return withStmt(c.with_stmt(), false, c.with_stmt().getStart());
        if (c.funcdef() != null) return funcdef(c.funcdef(), List.of(), false, c.funcdef().getStart());
        if (c.classdef() != null) return classdef(c.classdef(), List.of(), c.classdef().getStart());
        if (c.decorated() != null) return decorated(c.decorated());
        if (c.async_stmt() != null) {
            Async_stmtContext a = c.async_stmt();
            Token start = a.getStart();
            if (a.funcdef() != null) return funcdef(a.funcdef(), List.of(), true, start);
            if (a.with_stmt() != null) return withStmt(a.with_stmt(), true, start);
            return forStmt(a.for_stmt(), true, start);
        }
        return Patterns.matchStmt(this, c.match_stmt());
    }

    private List<Stmt> orelse(Else_clauseContext e) {
        return e == null ? List.of() : block(e.block());
    }

    private Stmt ifStmt(If_stmtContext c) {
        List<Stmt> orelse = orelse(c.else_clause());
        List<Elif_clauseContext> elifs = c.elif_clause();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_clauseContext e = elifs.get(i);
            List<Stmt> body = block(e.block());
            orelse = List.of(new Stmt.If(compoundPos(e.getStart(), body, orelse), namedexpr(e.namedexpr_test()), body, orelse));
        }
        List<Stmt> body = block(c.block());
        return new Stmt.If(compoundPos(c.getStart(), body, orelse), namedexpr(c.namedexpr_test()), body, orelse);
    }

    /** A compound statement's span: from its first token to the end of its last nested statement. */
    @SafeVarargs
    private static Pos compoundPos(Token start, List<Stmt>... blocks) {
        Pos end = null;
        for (List<Stmt> b : blocks) if (b != null && !b.isEmpty()) end = b.get(b.size() - 1).pos();
        return new Pos(start.getLine(), start.getCharPositionInLine(), end.endLine(), end.endCol());
    }

    private static int endLine(ParserRuleContext c) {
        return Positions.of(c).endLine();
    }

    private static int endCol(ParserRuleContext c) {
        return Positions.of(c).endCol();
    }

    private Stmt forStmt(For_stmtContext c, boolean async, Token start) {
        Expr target = Targets.store(this, exprlist(c.exprlist()), false);
        List<Stmt> body = block(c.block());
        List<Stmt> orelse = orelse(c.else_clause());
        return new Stmt.For(compoundPos(start, body, orelse), target, testlistStar(c.testlist_star_expr()), body, orelse, async);
    }

    private Stmt tryStmt(Try_stmtContext c) {
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        boolean plain = false;
        for (Except_blockContext e : c.except_block()) {
            if (e.STAR() != null) star = true;
            else plain = true;
            Expr type = e.test() == null ? null : test(e.test());
            if (e.STAR() != null && type == null) throw error("expected one or more exception types", Positions.of(e.STAR().getSymbol()));
            String n = e.name() == null ? null : name(e.name());
            List<Stmt> hbody = block(e.block());
            handlers.add(new ExceptHandler(compoundPos(e.getStart(), hbody), type, n, hbody));
        }
        if (star && plain) {
            throw error("cannot have both 'except' and 'except*' on the same 'try'", Positions.of(c));
        }
        List<Stmt> fin = c.finally_clause() == null ? List.of() : block(c.finally_clause().block());
        List<Stmt> body = block(c.block());
        List<Stmt> orelse = orelse(c.else_clause());
        List<Stmt> lastHandler = handlers.isEmpty() ? null : handlers.get(handlers.size() - 1).body();
        return new Stmt.Try(compoundPos(c.getStart(), body, lastHandler, orelse, fin), body, handlers, orelse, fin, star);
    }

    private Stmt withStmt(With_stmtContext c, boolean async, Token start) {
        List<WithItem> items = new ArrayList<>();
        for (With_itemContext w : c.with_item()) {
            Expr vars = w.expr() == null ? null : Targets.store(this, expr(w.expr()), false);
            items.add(new WithItem(test(w.test()), vars));
        }
        List<Stmt> body = block(c.block());
        return new Stmt.With(compoundPos(start, body), items, body, async);
    }

    private Stmt decorated(DecoratedContext c) {
        List<Expr> decs = new ArrayList<>();
        for (DecoratorContext d : c.decorator()) decs.add(namedexpr(d.namedexpr_test()));
        if (c.classdef() != null) return classdef(c.classdef(), decs, c.classdef().getStart());
        if (c.funcdef() != null) return funcdef(c.funcdef(), decs, false, c.funcdef().getStart());
        return funcdef(c.async_funcdef().funcdef(), decs, true, c.async_funcdef().getStart());
    }

    private Stmt funcdef(FuncdefContext c, List<Expr> decorators, boolean async, Token start) {
        Arguments args = Params.function(this, c.params());
        Expr returns = c.test() == null ? null : test(c.test());
        List<Stmt> body = block(c.block());
        return new Stmt.FunctionDef(compoundPos(start, body), name(c.name()), args, body, decorators, returns, async);
    }

    private Stmt classdef(ClassdefContext c, List<Expr> decorators, Token start) {
        List<Expr> bases = new ArrayList<>();
        List<Keyword> kws = new ArrayList<>();
        if (c.arglist() != null) callArgs(c.arglist(), bases, kws);
        List<Stmt> body = block(c.block());
        return new Stmt.ClassDef(compoundPos(start, body), name(c.name()), bases, kws, body, decorators);
    }

    // ------------------------------------------------------------------ expression lists

    Expr testlistStar(Testlist_star_exprContext c) {
        List<Expr> items = new ArrayList<>();
        for (ParseTree ch : c.children) {
            if (ch instanceof TestContext t) items.add(test(t));
            else if (ch instanceof Star_exprContext s) items.add(starExpr(s));
        }
        if (items.size() == 1 && c.COMMA().isEmpty()) return items.get(0);
        return new Expr.Tuple(Positions.of(c), items, Ctx.LOAD);
    }

    Expr testlist(TestlistContext c) {
        List<Expr> items = new ArrayList<>();
        for (TestContext t : c.test()) items.add(test(t));
        if (items.size() == 1 && c.COMMA().isEmpty()) return items.get(0);
        return new Expr.Tuple(Positions.of(c), items, Ctx.LOAD);
    }

    List<Expr> exprlistItems(ExprlistContext c) {
        List<Expr> items = new ArrayList<>();
        for (ParseTree ch : c.children) {
            if (ch instanceof ExprContext e) items.add(expr(e));
            else if (ch instanceof Star_exprContext s) items.add(starExpr(s));
        }
        return items;
    }

    Expr exprlist(ExprlistContext c) {
        List<Expr> items = exprlistItems(c);
        if (items.size() == 1 && c.COMMA().isEmpty()) return items.get(0);
        return new Expr.Tuple(Positions.of(c), items, Ctx.LOAD);
    }

    Expr starExpr(Star_exprContext c) {
        return new Expr.Starred(Positions.of(c), expr(c.expr()), Ctx.LOAD);
    }

    // ------------------------------------------------------------------ expressions

    Expr namedexpr(Namedexpr_testContext c) {
        Expr left = test(c.test(0));
        if (c.COLONEQ() == null) return left;
        if (!(left instanceof Expr.Name n)) {
            throw error("cannot use assignment expressions with " + Targets.describe(left), left.pos());
        }
        Expr.Name target = new Expr.Name(n.pos(), n.id(), Ctx.STORE);
        return new Expr.NamedExpr(Positions.of(c), target, test(c.test(1)));
    }

    Expr test(TestContext c) {
        if (c.lambdef() != null) {
            LambdefContext l = c.lambdef();
            return new Expr.Lambda(Positions.of(l), Params.lambda(this, l.lambda_params()), test(l.test()));
        }
        Expr body = orTest(c.or_test(0));
        if (c.IF() == null) return body;
        return new Expr.IfExp(Positions.of(c), orTest(c.or_test(1)), body, test(c.test()));
    }

    Expr testNocond(Test_nocondContext c) {
        if (c.lambdef_nocond() != null) {
            Lambdef_nocondContext l = c.lambdef_nocond();
            return new Expr.Lambda(Positions.of(l), Params.lambda(this, l.lambda_params()), testNocond(l.test_nocond()));
        }
        return orTest(c.or_test());
    }

    private Expr orTest(Or_testContext c) {
        if (c.and_test().size() == 1) return andTest(c.and_test(0));
        List<Expr> vals = new ArrayList<>();
        for (And_testContext a : c.and_test()) vals.add(andTest(a));
        return new Expr.BoolOp(Positions.of(c), BoolOperator.OR, vals);
    }

    private Expr andTest(And_testContext c) {
        if (c.not_test().size() == 1) return notTest(c.not_test(0));
        List<Expr> vals = new ArrayList<>();
        for (Not_testContext a : c.not_test()) vals.add(notTest(a));
        return new Expr.BoolOp(Positions.of(c), BoolOperator.AND, vals);
    }

    private Expr notTest(Not_testContext c) {
        if (c.NOT() != null) return new Expr.UnaryOp(Positions.of(c), UnaryOperator.NOT, notTest(c.not_test()));
        return comparison(c.comparison());
    }

    private Expr comparison(ComparisonContext c) {
        Expr left = expr(c.expr(0));
        if (c.comp_op().isEmpty()) return left;
        List<CmpOperator> ops = new ArrayList<>();
        List<Expr> comps = new ArrayList<>();
        for (int i = 0; i < c.comp_op().size(); i++) {
            ops.add(compOp(c.comp_op(i)));
            comps.add(expr(c.expr(i + 1)));
        }
        return new Expr.Compare(Positions.of(c), left, ops, comps);
    }

    private static CmpOperator compOp(Comp_opContext c) {
        int t = c.getStart().getType();
        switch (t) {
            case PythonLexer.LT: return CmpOperator.LT;
            case PythonLexer.GT: return CmpOperator.GT;
            case PythonLexer.EQEQ: return CmpOperator.EQ;
            case PythonLexer.GTE: return CmpOperator.GT_E;
            case PythonLexer.LTE: return CmpOperator.LT_E;
            case PythonLexer.NOTEQ: return CmpOperator.NOT_EQ;
            case PythonLexer.IN: return CmpOperator.IN;
            case PythonLexer.NOT: return CmpOperator.NOT_IN;
            default: return c.NOT() != null ? CmpOperator.IS_NOT : CmpOperator.IS;
        }
    }

    Expr expr(ExprContext c) {
        return binary(c, c.xor_expr().size(), i -> xorExpr(c.xor_expr(i)));
    }

    private Expr xorExpr(Xor_exprContext c) {
        return binary(c, c.and_expr().size(), i -> andExpr(c.and_expr(i)));
    }

    private Expr andExpr(And_exprContext c) {
        return binary(c, c.shift_expr().size(), i -> shiftExpr(c.shift_expr(i)));
    }

    private Expr shiftExpr(Shift_exprContext c) {
        return binary(c, c.arith_expr().size(), i -> arithExpr(c.arith_expr(i)));
    }

    private Expr arithExpr(Arith_exprContext c) {
        return binary(c, c.term().size(), i -> term(c.term(i)));
    }

    private Expr term(TermContext c) {
        return binary(c, c.factor().size(), i -> factor(c.factor(i)));
    }

    /** Left-associative operator chains: operands at even child positions, operator tokens between. */
    private Expr binary(ParserRuleContext c, int n, java.util.function.IntFunction<Expr> operand) {
        Expr left = operand.apply(0);
        if (n == 1) return left;
        Token start = c.getStart();
        int k = 1;
        for (int i = 1; i < c.getChildCount(); i += 2) {
            Token op = ((TerminalNode) c.getChild(i)).getSymbol();
            Expr right = operand.apply(k++);
            Pos p = new Pos(start.getLine(), start.getCharPositionInLine(), right.pos().endLine(), right.pos().endCol());
            left = new Expr.BinOp(p, left, binOp(op.getType()), right);
        }
        return left;
    }

    private static Operator binOp(int t) {
        switch (t) {
            case PythonLexer.PIPE: return Operator.BITOR;
            case PythonLexer.CARET: return Operator.BITXOR;
            case PythonLexer.AMP: return Operator.BITAND;
            case PythonLexer.LSHIFT: return Operator.LSHIFT;
            case PythonLexer.RSHIFT: return Operator.RSHIFT;
            case PythonLexer.PLUS: return Operator.ADD;
            case PythonLexer.MINUS: return Operator.SUB;
            case PythonLexer.STAR: return Operator.MULT;
            case PythonLexer.AT: return Operator.MATMULT;
            case PythonLexer.SLASH: return Operator.DIV;
            case PythonLexer.PERCENT: return Operator.MOD;
            default: return Operator.FLOORDIV;
        }
    }

    private Expr factor(FactorContext c) {
        if (c.power() != null) return power(c.power());
        UnaryOperator op = c.PLUS() != null ? UnaryOperator.UADD : c.MINUS() != null ? UnaryOperator.USUB : UnaryOperator.INVERT;
        return new Expr.UnaryOp(Positions.of(c), op, factor(c.factor()));
    }

    private Expr power(PowerContext c) {
        Expr base = awaitPrimary(c.await_primary());
        if (c.factor() == null) return base;
        return new Expr.BinOp(Positions.of(c), base, Operator.POW, factor(c.factor()));
    }

    private Expr awaitPrimary(Await_primaryContext c) {
        Expr e = atom(c.atom());
        Token start = c.atom().getStart();
        for (TrailerContext t : c.trailer()) e = trailer(e, t, start);
        if (c.AWAIT() != null) e = new Expr.Await(Positions.of(c), e);
        return e;
    }

    private Expr trailer(Expr e, TrailerContext t, Token start) {
        Pos p = Positions.span(start, t.getStop());
        if (t.DOT() != null) return new Expr.Attribute(p, e, name(t.name()), Ctx.LOAD);
        if (t.LSQB() != null) return new Expr.Subscript(p, e, subscripts(t.subscriptlist()), Ctx.LOAD);
        List<Expr> args = new ArrayList<>();
        List<Keyword> kws = new ArrayList<>();
        if (t.arglist() != null) callArgs(t.arglist(), args, kws);
        return new Expr.Call(p, e, args, kws);
    }

    private Expr subscripts(SubscriptlistContext c) {
        List<Expr> items = new ArrayList<>();
        for (SubscriptContext s : c.subscript()) items.add(subscript(s));
        if (items.size() == 1 && c.COMMA().isEmpty() && !(items.get(0) instanceof Expr.Starred)) return items.get(0);
        return new Expr.Tuple(Positions.of(c), items, Ctx.LOAD);
    }

    private Expr subscript(SubscriptContext c) {
        if (c.namedexpr_test() != null) return namedexpr(c.namedexpr_test());
        if (c.star_expr() != null) return starExpr(c.star_expr());
        Expr lower = null;
        Expr upper = null;
        Expr step = null;
        int colons = 0;
        for (ParseTree ch : c.children) {
            if (ch instanceof TerminalNode) {
                colons++;
            } else if (colons == 0) {
                lower = test((TestContext) ch);
            } else if (colons == 1) {
                upper = test((TestContext) ch);
            } else {
                step = test((TestContext) ch);
            }
        }
        return new Expr.Slice(Positions.of(c), lower, upper, step);
    }

    /** Call (and class) arguments with CPython's ordering and repetition checks. */
    void callArgs(ArglistContext c, List<Expr> args, List<Keyword> kws) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        Set<String> names = new HashSet<>();
        int n = c.argument().size();
        // CPython reports a misplaced positional argument at the call's closing parenthesis.
        org.antlr.v4.runtime.Token stop = c.getParent() instanceof ClassdefContext cd ? cd.RPAR().getSymbol()
                : ((org.antlr.v4.runtime.ParserRuleContext) c.getParent()).getStop();
        Pos close = stop != null && ")".equals(stop.getText()) ? Positions.of(stop) : null;
        for (ArgumentContext a : c.argument()) {
            Pos p = Positions.of(a);
            if (a.STAR_STAR() != null) {
                kws.add(new Keyword(p, null, test(a.test())));
                sawDoubleStar = true;
            } else if (a.STAR() != null) {
                if (sawDoubleStar) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", Positions.of(a.STAR().getSymbol()));
                }
                args.add(new Expr.Starred(p, test(a.test()), Ctx.LOAD));
            } else if (a.EQ() != null) {
                String k = name(a.name());
                if (!names.add(k)) throw error("keyword argument repeated: " + k, p);
                kws.add(new Keyword(p, k, test(a.test())));
                sawKeyword = true;
            } else if (a.COLONEQ() != null) {
                Expr.Name target = new Expr.Name(Positions.of(a.name()), name(a.name()), Ctx.STORE);
                Expr v = new Expr.NamedExpr(p, target, test(a.test()));
                positional(v, sawKeyword, sawDoubleStar, close != null ? close : p);
                args.add(v);
            } else {
                Expr v = test(a.test());
                if (a.comp_for() != null) {
                    if (n > 1) throw error("Generator expression must be parenthesized", p);
                    v = comprehension(Expr.GeneratorExp.class, v, null, a.comp_for(), Positions.of(c.getParent()));
                }
                positional(v, sawKeyword, sawDoubleStar, close != null ? close : p);
                args.add(v);
            }
        }
    }

    private void positional(Expr v, boolean sawKeyword, boolean sawDoubleStar, Pos p) {
        if (sawDoubleStar) throw error("positional argument follows keyword argument unpacking", p);
        if (sawKeyword) throw error("positional argument follows keyword argument", p);
    }

    Expr atom(AtomContext c) {
        Pos p = Positions.of(c);
        if (c.name() != null) return new Expr.Name(p, name(c.name()), Ctx.LOAD);
        if (c.NUMBER() != null) return new Expr.Constant(p, Numbers.parse(c.NUMBER().getText()));
        if (c.strings() != null) return strings(c.strings());
        if (c.NONE() != null) return new Expr.Constant(p, Expr.Constant.NONE);
        if (c.TRUE() != null) return new Expr.Constant(p, Boolean.TRUE);
        if (c.FALSE() != null) return new Expr.Constant(p, Boolean.FALSE);
        if (c.ELLIPSIS() != null) return new Expr.Constant(p, Expr.Constant.ELLIPSIS);
        if (c.LPAR() != null) {
            if (c.yield_expr() != null) return yieldExpr(c.yield_expr());
            if (c.testlist_comp() == null) return new Expr.Tuple(p, List.of(), Ctx.LOAD);
            return testlistComp(c.testlist_comp(), p, true);
        }
        if (c.LSQB() != null) {
            if (c.testlist_comp() == null) return new Expr.List_(p, List.of(), Ctx.LOAD);
            return testlistComp(c.testlist_comp(), p, false);
        }
        if (c.dictorsetmaker() == null) return new Expr.Dict(p, List.of(), List.of());
        return dictOrSet(c.dictorsetmaker(), p);
    }

    Expr strings(StringsContext c) {
        return Strings.concat(this, fstrings, c.STRING());
    }

    private Expr testlistComp(Testlist_compContext c, Pos p, boolean paren) {
        List<Expr> items = new ArrayList<>();
        for (ParseTree ch : c.children) {
            if (ch instanceof Namedexpr_testContext t) items.add(namedexpr(t));
            else if (ch instanceof Star_exprContext s) items.add(starExpr(s));
        }
        if (c.comp_for() != null) {
            Expr elt = items.get(0);
            if (elt instanceof Expr.Starred) throw error("iterable unpacking cannot be used in comprehension", elt.pos());
            return comprehension(paren ? Expr.GeneratorExp.class : Expr.ListComp.class, elt, null, c.comp_for(), p);
        }
        if (paren) {
            if (items.size() == 1 && c.COMMA().isEmpty()) {
                Expr only = items.get(0);
                if (only instanceof Expr.Starred) throw error("cannot use starred expression here", only.pos());
                return only;
            }
            return new Expr.Tuple(p, items, Ctx.LOAD);
        }
        return new Expr.List_(p, items, Ctx.LOAD);
    }

    private Expr dictOrSet(DictorsetmakerContext c, Pos p) {
        if (!c.dict_item().isEmpty()) {
            if (c.comp_for() != null) {
                Dict_itemContext d = c.dict_item(0);
                if (d.STAR_STAR() != null) throw error("dict unpacking cannot be used in dict comprehension", Positions.of(d));
                return comprehension(Expr.DictComp.class, test(d.test(0)), test(d.test(1)), c.comp_for(), p);
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            for (Dict_itemContext d : c.dict_item()) {
                if (d.STAR_STAR() != null) {
                    keys.add(null);
                    values.add(expr(d.expr()));
                } else {
                    keys.add(test(d.test(0)));
                    values.add(test(d.test(1)));
                }
            }
            return new Expr.Dict(p, keys, values);
        }
        List<Expr> items = new ArrayList<>();
        for (ParseTree ch : c.children) {
            if (ch instanceof Namedexpr_testContext t) items.add(namedexpr(t));
            else if (ch instanceof Star_exprContext s) items.add(starExpr(s));
        }
        if (c.comp_for() != null) {
            if (items.get(0) instanceof Expr.Starred) {
                throw error("iterable unpacking cannot be used in comprehension", items.get(0).pos());
            }
            return comprehension(Expr.SetComp.class, items.get(0), null, c.comp_for(), p);
        }
        return new Expr.Set(p, items);
    }

    Expr comprehension(Class<?> kind, Expr elt, Expr value, Comp_forContext first, Pos p) {
        List<Comprehension> gens = new ArrayList<>();
        Comp_forContext f = first;
        while (f != null) {
            Expr target = Targets.store(this, exprlist(f.exprlist()), false);
            Expr iter = orTest(f.or_test());
            List<Expr> ifs = new ArrayList<>();
            Comp_forContext next = null;
            Comp_iterContext it = f.comp_iter();
            while (it != null) {
                if (it.comp_for() != null) {
                    next = it.comp_for();
                    break;
                }
                ifs.add(testNocond(it.comp_if().test_nocond()));
                it = it.comp_if().comp_iter();
            }
            gens.add(new Comprehension(target, iter, ifs, f.ASYNC() != null));
            f = next;
        }
        if (kind == Expr.ListComp.class) return new Expr.ListComp(p, elt, gens);
        if (kind == Expr.SetComp.class) return new Expr.SetComp(p, elt, gens);
        if (kind == Expr.DictComp.class) return new Expr.DictComp(p, elt, value, gens);
        return new Expr.GeneratorExp(p, elt, gens);
    }

    Expr yieldExpr(Yield_exprContext c) {
        Pos p = Positions.of(c);
        if (c.FROM() != null) return new Expr.YieldFrom(p, test(c.test()));
        return new Expr.Yield(p, c.testlist_star_expr() == null ? null : testlistStar(c.testlist_star_expr()));
    }
}
