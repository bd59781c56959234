package dev.krait.frontend.ast;

import java.util.List;

/** {@code case pattern if guard: body}; guard may be null. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}
