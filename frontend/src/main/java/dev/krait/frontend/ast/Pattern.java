package dev.krait.frontend.ast;

import java.util.List;

/** {@code case} patterns, one record per kind of CPython's {@code ast.pattern}. */
public sealed interface Pattern extends Node {

    record MatchValue(Pos pos, Expr value) implements Pattern {}

    /** {@code None}, {@code True} or {@code False}: value is {@link Expr.Constant#NONE} or a Boolean. */
    record MatchSingleton(Pos pos, Object value) implements Pattern {}

    record MatchSequence(Pos pos, List<Pattern> patterns) implements Pattern {}

    /** {@code rest} is the name after {@code **}, or null. */
    record MatchMapping(Pos pos, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {}

    record MatchClass(Pos pos, Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns)
            implements Pattern {}

    /** {@code *name}; name is null for {@code *_}. */
    record MatchStar(Pos pos, String name) implements Pattern {}

    /** {@code pattern as name}, a capture ({@code pattern} null), or the wildcard (both null). */
    record MatchAs(Pos pos, Pattern pattern, String name) implements Pattern {}

    record MatchOr(Pos pos, List<Pattern> patterns) implements Pattern {}
}
