package dev.krait.frontend.ast;

/** {@code and} / {@code or}. */
public enum BoolOperator { AND, OR }
