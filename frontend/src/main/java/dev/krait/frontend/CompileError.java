package dev.krait.frontend;

/**
 * A compile-time error reported as CPython reports it: a SyntaxError (or IndentationError, TabError) with file,
 * line, column and the offending source line. Columns here are 1-based, as CPython's {@code SyntaxError.offset}.
 */
public final class CompileError extends RuntimeException {
    private final String kind;
    private final String msg;
    private final String fileName;
    private final int line;
    private final int offset;
    private final int endLine;
    private final int endOffset;
    private final String text;

    /**
     * @param kind      "SyntaxError", "IndentationError" or "TabError"
     * @param offset    1-based column of the first caret, 0 when unknown
     * @param endOffset 1-based column just past the last caret, 0 for a single caret
     * @param text      the source line, without its line terminator, or null
     */
    public CompileError(String kind, String msg, String fileName, int line, int offset, int endLine, int endOffset,
                        String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.fileName = fileName;
        this.line = line;
        this.offset = offset;
        this.endLine = endLine;
        this.endOffset = endOffset;
        this.text = text;
    }

    public static CompileError syntax(String msg, String fileName, int line, int offset, String text) {
        return new CompileError("SyntaxError", msg, fileName, line, offset, line, 0, text);
    }

    public String kind() {
        return kind;
    }

    public String msg() {
        return msg;
    }

    public String fileName() {
        return fileName;
    }

    public int line() {
        return line;
    }

    public int offset() {
        return offset;
    }

    public int endLine() {
        return endLine;
    }

    public int endOffset() {
        return endOffset;
    }

    public String text() {
        return text;
    }

    /** The report CPython 3.11 prints for this error, ending with a newline. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(fileName).append("\", line ").append(line).append('\n');
        if (text != null) {
            String t = text.replaceAll("[\r\n]+$", "");
            int strip = 0;
            while (strip < t.length() && (t.charAt(strip) == ' ' || t.charAt(strip) == '\t' || t.charAt(strip) == '\f')) {
                strip++;
            }
            String shown = t.substring(strip);
            sb.append("    ").append(shown).append('\n');
            // As CPython's printer: no caret when the offset points into the stripped indentation.
            if (offset >= 1 && offset - 1 - strip >= 0) {
                int start = offset - 1 - strip;
                int end = (endLine == line && endOffset > offset) ? endOffset - 1 - strip : start + 1;
                end = Math.max(end, start + 1);
                int shownLen = shown.codePointCount(0, shown.length());
                if (start > shownLen) start = shownLen;
                end = Math.min(end, Math.max(shownLen + 1, start + 1));
                sb.append("    ").append(" ".repeat(start)).append("^".repeat(end - start)).append('\n');
            }
        }
        sb.append(kind).append(": ").append(msg).append('\n');
        return sb.toString();
    }
}
