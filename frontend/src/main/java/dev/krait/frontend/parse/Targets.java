package dev.krait.frontend.parse;

import dev.krait.frontend.ast.Ctx;
import dev.krait.frontend.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/** Converts expressions parsed in load context into assignment or deletion targets, with CPython's errors. */
final class Targets {
    private Targets() {}

    /** What CPython calls an expression in "cannot assign to ..." messages. */
    static String describe(Expr e) {
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == Expr.Constant.NONE) return "None";
            if (v instanceof Boolean b) return b ? "True" : "False";
            if (v == Expr.Constant.ELLIPSIS) return "ellipsis";
            return "literal";
        }
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.SetComp) return "set comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.GeneratorExp) return "generator expression";
        if (e instanceof Expr.Dict) return "dict literal";
        if (e instanceof Expr.Set) return "set display";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.Await) return "await expression";
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) return "yield expression";
        if (e instanceof Expr.NamedExpr) return "named expression";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.List_) return "list";
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        if (e instanceof Expr.Starred) return "starred";
        return "expression";
    }

    /**
     * An assignment target. {@code hint} adds CPython's "here. Maybe you meant '=='..." to errors about the
     * whole left-hand side of a plain assignment (and its direct tuple items).
     */
    static Expr store(AstBuilder b, Expr e, boolean hint) {
        return convert(b, e, Ctx.STORE, hint);
    }

    static Expr delete(AstBuilder b, Expr e) {
        return convert(b, e, Ctx.DEL, false);
    }

    private static Expr convert(AstBuilder b, Expr e, Ctx ctx, boolean hint) {
        if (e instanceof Expr.Name n) return new Expr.Name(n.pos(), n.id(), ctx);
        if (e instanceof Expr.Attribute a) return new Expr.Attribute(a.pos(), a.value(), a.attr(), ctx);
        if (e instanceof Expr.Subscript s) return new Expr.Subscript(s.pos(), s.value(), s.slice(), ctx);
        if (e instanceof Expr.Starred s && ctx == Ctx.STORE) {
            return new Expr.Starred(s.pos(), convert(b, s.value(), ctx, false), ctx);
        }
        if (e instanceof Expr.Tuple t) return new Expr.Tuple(t.pos(), items(b, t.elts(), ctx, hint), ctx);
        if (e instanceof Expr.List_ l) return new Expr.List_(l.pos(), items(b, l.elts(), ctx, false), ctx);
        String what = describe(e);
        if (ctx == Ctx.DEL) {
            if (e instanceof Expr.Starred) throw b.error("cannot delete starred", e.pos());
            throw b.error("cannot delete " + what, e.pos());
        }
        boolean hinted = hint && !(e instanceof Expr.BoolOp || e instanceof Expr.Compare || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.Yield || e instanceof Expr.YieldFrom
                || e instanceof Expr.NamedExpr || (e instanceof Expr.UnaryOp u && u.op() == dev.krait.frontend.ast.UnaryOperator.NOT)
                || (e instanceof Expr.Constant c && (c.value() == Expr.Constant.NONE || c.value() instanceof Boolean)));
        throw b.error("cannot assign to " + what + (hinted ? " here. Maybe you meant '==' instead of '='?" : ""), e.pos());
    }

    private static List<Expr> items(AstBuilder b, List<Expr> elts, Ctx ctx, boolean hint) {
        List<Expr> out = new ArrayList<>();
        for (Expr x : elts) out.add(convert(b, x, ctx, hint));
        return out;
    }
}
