package dev.krait.frontend.parse;

import dev.krait.frontend.CompileError;
import dev.krait.frontend.ast.Module;

/** Source text to AST: the ANTLR lexer and parser, then the AST builder. */
public final class PythonParser {
    private PythonParser() {}

    public static Module parseModule(String source, String fileName) {
        throw CompileError.syntax("parser not implemented yet", fileName, 1, 0, null);
    }

    /** Parses source for eval(): a single expression (as CPython's "eval" mode), returned as a one-statement module. */
    public static Module parseExpression(String source, String fileName) {
        throw CompileError.syntax("parser not implemented yet", fileName, 1, 0, null);
    }
}
