package dev.krait.frontend.parse;

import dev.krait.frontend.ast.Ctx;
import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.MatchCase;
import dev.krait.frontend.ast.Operator;
import dev.krait.frontend.ast.Pattern;
import dev.krait.frontend.ast.Pos;
import dev.krait.frontend.ast.Stmt;
import dev.krait.frontend.ast.UnaryOperator;
import dev.krait.grammar.PythonParser.*;
import java.util.ArrayList;
import java.util.List;

/** The match statement and its patterns. */
final class Patterns {
    private Patterns() {}

    static Stmt matchStmt(AstBuilder b, Match_stmtContext c) {
        Subject_exprContext s = c.subject_expr();
        Expr subject;
        if (s.namedexpr_test() != null) {
            subject = b.namedexpr(s.namedexpr_test());
        } else {
            List<Expr> items = new ArrayList<>();
            items.add(starNamed(b, s.star_named_expression()));
            if (s.star_named_expressions() != null) {
                for (Star_named_expressionContext e : s.star_named_expressions().star_named_expression()) items.add(starNamed(b, e));
            }
            subject = new Expr.Tuple(Positions.of(s), items, Ctx.LOAD);
        }
        List<MatchCase> cases = new ArrayList<>();
        for (Case_blockContext cb : c.case_block()) {
            Pattern p = patterns(b, cb.patterns());
            Expr guard = cb.guard() == null ? null : b.namedexpr(cb.guard().namedexpr_test());
            List<Stmt> body = new ArrayList<>();
            blockInto(b, cb.block(), body);
            cases.add(new MatchCase(p, guard, body));
        }
        List<Stmt> last = cases.get(cases.size() - 1).body();
        Pos lastPos = last.get(last.size() - 1).pos();
        Pos p = new Pos(c.getStart().getLine(), c.getStart().getCharPositionInLine(), lastPos.endLine(), lastPos.endCol());
        return new Stmt.Match(p, subject, cases);
    }

    private static void blockInto(AstBuilder b, BlockContext blk, List<Stmt> out) {
        // Reuse the builder's statement handling through a one-statement if wrapper would be odd; parse directly.
        out.addAll(new BlockReader(b).read(blk));
    }

    private static Expr starNamed(AstBuilder b, Star_named_expressionContext e) {
        return e.star_expr() != null ? b.starExpr(e.star_expr()) : b.namedexpr(e.namedexpr_test());
    }

    private static Pattern patterns(AstBuilder b, PatternsContext c) {
        if (c.pattern() != null) return pattern(b, c.pattern());
        return openSequence(b, c.open_sequence_pattern(), Positions.of(c));
    }

    private static Pattern openSequence(AstBuilder b, Open_sequence_patternContext c, Pos p) {
        List<Pattern> items = new ArrayList<>();
        items.add(maybeStar(b, c.maybe_star_pattern()));
        if (c.maybe_sequence_pattern() != null) {
            for (Maybe_star_patternContext m : c.maybe_sequence_pattern().maybe_star_pattern()) items.add(maybeStar(b, m));
        }
        return new Pattern.MatchSequence(p, items);
    }

    private static Pattern maybeStar(AstBuilder b, Maybe_star_patternContext c) {
        if (c.star_pattern() != null) {
            String n = b.name(c.star_pattern().name());
            return new Pattern.MatchStar(Positions.of(c), n.equals("_") ? null : n);
        }
        return pattern(b, c.pattern());
    }

    static Pattern pattern(AstBuilder b, PatternContext c) {
        Pattern p = orPattern(b, c.or_pattern());
        if (c.AS() == null) return p;
        String n = b.name(c.name());
        if (n.equals("_")) throw b.error("cannot use '_' as a target", Positions.of(c.name()));
        return new Pattern.MatchAs(Positions.of(c), p, n);
    }

    private static Pattern orPattern(AstBuilder b, Or_patternContext c) {
        if (c.closed_pattern().size() == 1) return closed(b, c.closed_pattern(0));
        List<Pattern> alts = new ArrayList<>();
        for (Closed_patternContext x : c.closed_pattern()) alts.add(closed(b, x));
        return new Pattern.MatchOr(Positions.of(c), alts);
    }

    private static Pattern closed(AstBuilder b, Closed_patternContext c) {
        Pos p = Positions.of(c);
        if (c.literal_pattern() != null) return literal(b, c.literal_pattern());
        if (c.value_pattern() != null) return new Pattern.MatchValue(p, dottedExpr(b, c.value_pattern().name()));
        if (c.capture_pattern() != null) {
            String n = b.name(c.capture_pattern().name());
            return new Pattern.MatchAs(p, null, n.equals("_") ? null : n);
        }
        if (c.group_pattern() != null) return pattern(b, c.group_pattern().pattern());
        if (c.sequence_pattern() != null) {
            Sequence_patternContext s = c.sequence_pattern();
            if (s.open_sequence_pattern() != null) return openSequence(b, s.open_sequence_pattern(), p);
            List<Pattern> items = new ArrayList<>();
            if (s.maybe_sequence_pattern() != null) {
                for (Maybe_star_patternContext m : s.maybe_sequence_pattern().maybe_star_pattern()) items.add(maybeStar(b, m));
            }
            return new Pattern.MatchSequence(p, items);
        }
        if (c.mapping_pattern() != null) return mapping(b, c.mapping_pattern(), p);
        return classPattern(b, c.class_pattern(), p);
    }

    private static Expr dottedExpr(AstBuilder b, List<NameContext> names) {
        Expr e = new Expr.Name(Positions.of(names.get(0)), b.name(names.get(0)), Ctx.LOAD);
        for (int i = 1; i < names.size(); i++) {
            Pos p = Pos.span(e.pos(), Positions.of(names.get(i)));
            e = new Expr.Attribute(p, e, b.name(names.get(i)), Ctx.LOAD);
        }
        return e;
    }

    private static Pattern literal(AstBuilder b, Literal_patternContext c) {
        Pos p = Positions.of(c);
        if (c.NONE() != null) return new Pattern.MatchSingleton(p, Expr.Constant.NONE);
        if (c.TRUE() != null) return new Pattern.MatchSingleton(p, Boolean.TRUE);
        if (c.FALSE() != null) return new Pattern.MatchSingleton(p, Boolean.FALSE);
        return new Pattern.MatchValue(p, literalExpr(b, c));
    }

    private static Expr literalExpr(AstBuilder b, Literal_patternContext c) {
        Pos p = Positions.of(c);
        if (c.NONE() != null) return new Expr.Constant(p, Expr.Constant.NONE);
        if (c.TRUE() != null) return new Expr.Constant(p, Boolean.TRUE);
        if (c.FALSE() != null) return new Expr.Constant(p, Boolean.FALSE);
        if (c.strings() != null) {
            Expr s = b.strings(c.strings());
            if (s instanceof Expr.JoinedStr) throw b.error("patterns may only match literals and attribute lookups", p);
            return s;
        }
        if (c.signed_number() != null) return signed(b, c.signed_number());
        Complex_numberContext cx = c.complex_number();
        Expr re = signed(b, cx.signed_number());
        Expr im = new Expr.Constant(Positions.of(cx.NUMBER().getSymbol()), Numbers.parse(cx.NUMBER().getText()));
        if (!(((Expr.Constant) im).value() instanceof Expr.Imaginary)) {
            throw b.error("imaginary number required in complex literal", im.pos());
        }
        return new Expr.BinOp(p, re, cx.PLUS() != null ? Operator.ADD : Operator.SUB, im);
    }

    private static Expr signed(AstBuilder b, Signed_numberContext c) {
        Expr n = new Expr.Constant(Positions.of(c.NUMBER().getSymbol()), Numbers.parse(c.NUMBER().getText()));
        if (c.MINUS() == null) return n;
        return new Expr.UnaryOp(Positions.of(c), UnaryOperator.USUB, n);
    }

    private static Pattern mapping(AstBuilder b, Mapping_patternContext c, Pos p) {
        List<Expr> keys = new ArrayList<>();
        List<Pattern> pats = new ArrayList<>();
        String rest = null;
        List<Mapping_itemContext> items = c.mapping_item();
        for (int i = 0; i < items.size(); i++) {
            Mapping_itemContext m = items.get(i);
            if (m.double_star_pattern() != null) {
                if (i != items.size() - 1) throw b.error("invalid syntax", Positions.of(m));
                rest = b.name(m.double_star_pattern().name());
                if (rest.equals("_")) throw b.error("invalid syntax", Positions.of(m));
                continue;
            }
            Key_value_patternContext kv = m.key_value_pattern();
            keys.add(kv.literal_pattern() != null ? literalExpr(b, kv.literal_pattern()) : dottedExpr(b, kv.value_pattern().name()));
            pats.add(pattern(b, kv.pattern()));
        }
        return new Pattern.MatchMapping(p, keys, pats, rest);
    }

    private static Pattern classPattern(AstBuilder b, Class_patternContext c, Pos p) {
        Expr cls = dottedExpr(b, c.name());
        List<Pattern> pos = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Pattern> kwPats = new ArrayList<>();
        for (Class_argContext a : c.class_arg()) {
            if (a.EQ() != null) {
                kwNames.add(b.name(a.name()));
                kwPats.add(pattern(b, a.pattern()));
            } else {
                if (!kwNames.isEmpty()) throw b.error("positional patterns follow keyword patterns", Positions.of(a));
                pos.add(pattern(b, a.pattern()));
            }
        }
        return new Pattern.MatchClass(p, cls, pos, kwNames, kwPats);
    }

    /** Reads a block's statements through the builder (patterns live outside it). */
    private static final class BlockReader {
        private final AstBuilder b;

        BlockReader(AstBuilder b) {
            this.b = b;
        }

        List<Stmt> read(BlockContext blk) {
            return b.blockPublic(blk);
        }
    }

}
