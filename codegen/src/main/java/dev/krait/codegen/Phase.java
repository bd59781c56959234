package dev.krait.codegen;

/**
 * The compiler's phases, in order. {@link Compiler} runs them; a debug dump ({@code krait ast}, {@code krait
 * javap}) can stop after any of them.
 */
public enum Phase {
    /** Source text to AST (frontend/parse): lexer, parser, AST builder. */
    PARSE("source text -> AST"),
    /** Symbol tables and CPython's compile-time errors (frontend/scope). */
    SCOPES("AST -> scopes, SyntaxErrors"),
    /** One JVM class per module and per function, class body, lambda and comprehension (codegen). */
    GENERATE("AST + scopes -> JVM classes"),
    /** ASM's CheckClassAdapter over every class (tests and {@code -X verify}). */
    VERIFY("JVM classes -> verified JVM classes");

    public final String description;

    Phase(String description) {
        this.description = description;
    }
}
