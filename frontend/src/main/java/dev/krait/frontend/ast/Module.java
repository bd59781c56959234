package dev.krait.frontend.ast;

import java.util.List;

/** A parsed source file. */
public record Module(String fileName, List<Stmt> body) {}
