package dev.krait.frontend.ast;

/** One parameter; {@code annotation} may be null. */
public record Arg(Pos pos, String name, Expr annotation) implements Node {}
