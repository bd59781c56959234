package dev.krait.frontend.ast;

import java.util.List;

/** {@code except type as name:} with type and name optional. */
public record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) implements Node {}
