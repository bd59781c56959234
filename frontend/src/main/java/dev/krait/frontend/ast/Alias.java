package dev.krait.frontend.ast;

/** {@code name as asname} in an import; asname may be null. */
public record Alias(Pos pos, String name, String asname) implements Node {}
