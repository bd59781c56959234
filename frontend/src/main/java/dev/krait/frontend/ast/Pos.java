package dev.krait.frontend.ast;

/** Source span of a node: 1-based lines, 0-based columns counted in code points, end exclusive (as CPython's ast). */
public record Pos(int line, int col, int endLine, int endCol) {
    public static final Pos NONE = new Pos(0, 0, 0, 0);

    /** The span from the start of {@code a} to the end of {@code b}. */
    public static Pos span(Pos a, Pos b) {
        return new Pos(a.line, a.col, b.endLine, b.endCol);
    }
}
