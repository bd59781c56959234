package dev.krait.frontend.ast;

/** A keyword argument {@code name=value}, or {@code **value} when {@code arg} is null. */
public record Keyword(Pos pos, String arg, Expr value) implements Node {}
