package dev.krait.frontend;

import dev.krait.frontend.ast.Pos;

/** A source file's lines, for building error reports that quote the offending line. */
public final class SourceLines {
    private final String fileName;
    private final String source;
    private int[] starts;

    public SourceLines(String fileName, String source) {
        this.fileName = fileName;
        this.source = source == null ? "" : source;
    }

    public String fileName() {
        return fileName;
    }

    /** Line {@code n} (1-based) without its terminator, or null when out of range. */
    public String line(int n) {
        if (starts == null) index();
        if (n < 1 || n > starts.length) return null;
        int s = starts[n - 1];
        int e = s;
        while (e < source.length() && source.charAt(e) != '\n' && source.charAt(e) != '\r') e++;
        return source.substring(s, e);
    }

    private void index() {
        int count = 1;
        for (int i = 0; i < source.length(); i++) if (source.charAt(i) == '\n') count++;
        starts = new int[count];
        int k = 1;
        for (int i = 0; i < source.length(); i++) if (source.charAt(i) == '\n') starts[k++] = i + 1;
    }

    /** A SyntaxError at a node's span (columns converted to CPython's 1-based offsets). */
    public CompileError error(String msg, Pos p) {
        int endOffset = p.endLine() == p.line() ? p.endCol() + 1 : 0;
        return new CompileError("SyntaxError", msg, fileName, p.line(), p.col() + 1, p.endLine(), endOffset,
                line(p.line()));
    }
}
