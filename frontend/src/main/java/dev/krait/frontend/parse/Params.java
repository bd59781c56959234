package dev.krait.frontend.parse;

import dev.krait.frontend.ast.Arg;
import dev.krait.frontend.ast.Arguments;
import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Pos;
import dev.krait.grammar.PythonParser.Lambda_paramContext;
import dev.krait.grammar.PythonParser.Lambda_paramsContext;
import dev.krait.grammar.PythonParser.ParamContext;
import dev.krait.grammar.PythonParser.ParamsContext;
import java.util.ArrayList;
import java.util.List;

/** Parameter lists of def and lambda, with CPython's ordering errors. */
final class Params {
    private Params() {}

    /** One parsed parameter, independent of def/lambda syntax. */
    private record P(Pos pos, int kind, String name, Expr annotation, Expr dflt) {}

    private static final int PLAIN = 0;
    private static final int SLASH = 1;
    private static final int STAR = 2;
    private static final int STARSTAR = 3;

    static Arguments function(AstBuilder b, ParamsContext c) {
        if (c == null) return Arguments.EMPTY;
        List<P> ps = new ArrayList<>();
        for (ParamContext p : c.param()) {
            Pos pos = Positions.of(p);
            if (p.SLASH() != null) {
                ps.add(new P(pos, SLASH, null, null, null));
            } else if (p.STAR() != null) {
                Expr ann = p.star_expr() != null ? b.starExpr(p.star_expr()) : p.test().isEmpty() ? null : b.test(p.test(0));
                ps.add(new P(pos, STAR, p.name() == null ? null : b.name(p.name()), ann, null));
                if (p.EQ() != null) throw b.error("var-positional argument cannot have default value", pos);
            } else if (p.STAR_STAR() != null) {
                ps.add(new P(pos, STARSTAR, b.name(p.name()), p.test().isEmpty() ? null : b.test(p.test(0)), null));
            } else {
                Expr ann = p.COLON() != null ? b.test(p.test(0)) : null;
                Expr dflt = p.EQ() != null ? b.test(p.test(p.test().size() - 1)) : null;
                ps.add(new P(pos, PLAIN, b.name(p.name()), ann, dflt));
            }
        }
        return build(b, ps);
    }

    static Arguments lambda(AstBuilder b, Lambda_paramsContext c) {
        if (c == null) return Arguments.EMPTY;
        List<P> ps = new ArrayList<>();
        for (Lambda_paramContext p : c.lambda_param()) {
            Pos pos = Positions.of(p);
            if (p.SLASH() != null) ps.add(new P(pos, SLASH, null, null, null));
            else if (p.STAR() != null) ps.add(new P(pos, STAR, p.name() == null ? null : b.name(p.name()), null, null));
            else if (p.STAR_STAR() != null) ps.add(new P(pos, STARSTAR, b.name(p.name()), null, null));
            else ps.add(new P(pos, PLAIN, b.name(p.name()), null, p.test() == null ? null : b.test(p.test())));
        }
        return build(b, ps);
    }

    private static Arguments build(AstBuilder b, List<P> ps) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean sawStar = false;
        boolean sawSlash = false;
        boolean sawDefault = false;
        boolean bareStar = false;
        boolean afterStarArg = false;
        for (int i = 0; i < ps.size(); i++) {
            P p = ps.get(i);
            if (kwarg != null) throw b.error("arguments cannot follow var-keyword argument", p.pos());
            switch (p.kind()) {
                case SLASH:
                    if (sawSlash) throw b.error("/ may appear only once", p.pos());
                    if (sawStar) throw b.error("/ must be ahead of *", p.pos());
                    if (args.isEmpty()) throw b.error("at least one argument must precede /", p.pos());
                    posonly.addAll(args);
                    args.clear();
                    sawSlash = true;
                    break;
                case STAR:
                    if (sawStar) throw b.error("* argument may appear only once", p.pos());
                    sawStar = true;
                    if (p.name() == null) {
                        bareStar = true;
                        boolean named = i + 1 < ps.size() && ps.get(i + 1).kind() == PLAIN;
                        if (!named) throw b.error("named arguments must follow bare *", p.pos());
                    } else {
                        vararg = new Arg(p.pos(), p.name(), p.annotation());
                    }
                    afterStarArg = true;
                    break;
                case STARSTAR:
                    kwarg = new Arg(p.pos(), p.name(), p.annotation());
                    break;
                default: {
                    Arg a = new Arg(p.pos(), p.name(), p.annotation());
                    if (sawStar) {
                        kwonly.add(a);
                        kwDefaults.add(p.dflt());
                    } else {
                        if (p.dflt() != null) {
                            sawDefault = true;
                            defaults.add(p.dflt());
                        } else if (sawDefault) {
                            throw b.error("non-default argument follows default argument", p.pos());
                        }
                        args.add(a);
                    }
                }
            }
        }
        if (bareStar && kwonly.isEmpty() && !afterStarArg) {
            throw b.error("named arguments must follow bare *", ps.get(0).pos());
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }
}
