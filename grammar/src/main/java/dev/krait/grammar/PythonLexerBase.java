package dev.krait.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Turns the raw tokens of the generated lexer into Python's logical token stream: NEWLINE only at the end of a
 * logical line (not inside brackets, not on blank or comment-only lines), INDENT/DEDENT from an indentation
 * stack (tabs to the next multiple of 8), and CPython's tokenizer errors (IndentationError, TabError,
 * unterminated strings, unmatched brackets, invalid characters and number literals).
 */
public abstract class PythonLexerBase extends Lexer {
    private final Deque<Token> pending = new ArrayDeque<>();
    private final List<Integer> indents = new ArrayList<>(List.of(0));
    private final List<Integer> altIndents = new ArrayList<>(List.of(0));
    private final Deque<Token> brackets = new ArrayDeque<>();
    private boolean atLineStart = true;
    private int lineStartIndex;
    private Token lastSignificant;
    private boolean eofDone;

    protected PythonLexerBase(CharStream input) {
        super(input);
    }

    /** Raised for tokenizer errors; the front end turns it into a CompileError. */
    public static final class LexError extends RuntimeException {
        public final String kind;
        public final String msg;
        public final int line;
        /** 0-based column of the error. */
        public final int col;
        public final int endCol;

        public LexError(String kind, String msg, int line, int col, int endCol) {
            super(msg, null, false, false);
            this.kind = kind;
            this.msg = msg;
            this.line = line;
            this.col = col;
            this.endCol = endCol;
        }
    }

    @Override
    public Token nextToken() {
        if (!pending.isEmpty()) return pending.poll();
        while (true) {
            Token t = super.nextToken();
            int type = t.getType();
            if (type == Token.EOF) {
                atEof(t);
                return pending.poll();
            }
            if (type == PythonLexer.NL) {
                if (!brackets.isEmpty() || atLineStart) {
                    lineStartIndex = t.getStopIndex() + 1;
                    continue;
                }
                atLineStart = true;
                lineStartIndex = t.getStopIndex() + 1;
                CommonToken nl = new CommonToken(t);
                nl.setType(PythonLexer.NEWLINE);
                lastSignificant = nl;
                return nl;
            }
            if (t.getChannel() == HIDDEN) {
                if (type == PythonLexer.LINE_JOIN && atLineStart) lineStartIndex = t.getStopIndex() + 1;
                continue;
            }
            if (type == PythonLexer.ERROR_CHAR) errorChar(t);
            if (type == PythonLexer.NAME) checkName(t);
            if (atLineStart) {
                indentation(t);
                atLineStart = false;
            }
            brackets(t);
            if (type == PythonLexer.NUMBER) checkNumber(t);
            lastSignificant = t;
            pending.add(t);
            return pending.poll();
        }
    }

    private void atEof(Token eof) {
        if (eofDone) {
            pending.add(eof);
            return;
        }
        eofDone = true;
        if (!brackets.isEmpty()) {
            Token open = brackets.peekLast();
            throw new LexError("SyntaxError", "'" + open.getText() + "' was never closed", open.getLine(),
                    open.getCharPositionInLine(), open.getCharPositionInLine() + 1);
        }
        if (lastSignificant != null && lastSignificant.getType() != PythonLexer.NEWLINE) {
            pending.add(synthetic(PythonLexer.NEWLINE, "", eof));
        }
        while (indents.size() > 1) {
            indents.remove(indents.size() - 1);
            altIndents.remove(altIndents.size() - 1);
            pending.add(synthetic(PythonLexer.DEDENT, "", eof));
        }
        pending.add(eof);
    }

    private Token synthetic(int type, String text, Token at) {
        CommonToken c = new CommonToken(at);
        c.setType(type);
        c.setText(text);
        c.setChannel(Token.DEFAULT_CHANNEL);
        return c;
    }

    /** Emits INDENT/DEDENT before the first token of a logical line, from the whitespace before it. */
    private void indentation(Token t) {
        String ws = _input.getText(Interval.of(lineStartIndex, t.getStartIndex() - 1));
        int col = 0;
        int alt = 0;
        for (int i = 0; i < ws.length(); i++) {
            char c = ws.charAt(i);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            }
        }
        int top = indents.get(indents.size() - 1);
        int altTop = altIndents.get(altIndents.size() - 1);
        if (col == top) {
            if (alt != altTop) throw tabError(t);
        } else if (col > top) {
            if (alt <= altTop) throw tabError(t);
            indents.add(col);
            altIndents.add(alt);
            pending.add(synthetic(PythonLexer.INDENT, ws, t));
        } else {
            while (indents.size() > 1 && col < indents.get(indents.size() - 1)) {
                indents.remove(indents.size() - 1);
                altIndents.remove(altIndents.size() - 1);
                pending.add(synthetic(PythonLexer.DEDENT, "", t));
            }
            if (col != indents.get(indents.size() - 1)) {
                // CPython reports the end of the line, where its tokenizer stands when it notices.
                int eol = lineLength(t);
                throw new LexError("IndentationError", "unindent does not match any outer indentation level",
                        t.getLine(), eol, eol);
            }
            if (alt != altIndents.get(altIndents.size() - 1)) throw tabError(t);
        }
    }

    private static LexError tabError(Token t) {
        // Offset 1: inside the indentation, so no caret is printed (as CPython).
        return new LexError("TabError", "inconsistent use of tabs and spaces in indentation", t.getLine(), 0, 0);
    }

    /** Length of t's source line without its line break. */
    private int lineLength(Token t) {
        int start = t.getStartIndex() - t.getCharPositionInLine();
        int i = t.getStartIndex();
        while (true) {
            int c = i < _input.size() ? _input.getText(Interval.of(i, i)).codePointAt(0) : -1;
            if (c < 0 || c == '\n' || c == '\r') break;
            i++;
        }
        return i - start;
    }

    private void brackets(Token t) {
        switch (t.getType()) {
            case PythonLexer.LPAR:
            case PythonLexer.LSQB:
            case PythonLexer.LBRACE:
                brackets.addLast(t);
                break;
            case PythonLexer.RPAR:
            case PythonLexer.RSQB:
            case PythonLexer.RBRACE: {
                String close = t.getText();
                if (brackets.isEmpty()) {
                    throw new LexError("SyntaxError", "unmatched '" + close + "'", t.getLine(), t.getCharPositionInLine(),
                            t.getCharPositionInLine() + 1);
                }
                Token open = brackets.peekLast();
                String expected = open.getText().equals("(") ? ")" : open.getText().equals("[") ? "]" : "}";
                if (!expected.equals(close)) {
                    String msg = "closing parenthesis '" + close + "' does not match opening parenthesis '" + open.getText() + "'";
                    if (open.getLine() != t.getLine()) msg += " on line " + open.getLine();
                    throw new LexError("SyntaxError", msg, t.getLine(), t.getCharPositionInLine(),
                            t.getCharPositionInLine() + 1);
                }
                brackets.removeLast();
                break;
            }
            default:
                break;
        }
    }

    /** A number glued to a following name or number is an invalid literal, as CPython's tokenizer says. */
    private void checkNumber(Token t) {
        int next = _input.LA(1);
        String text = t.getText();
        if (next == CharStream.EOF) return;
        char c = (char) next;
        boolean idChar = Character.isLetterOrDigit(next) || c == '_';
        if (text.length() > 1 && text.charAt(0) == '0' && text.chars().allMatch(ch -> ch == '0' || ch == '_') == false
                && false) {
            return;
        }
        if (!idChar) return;
        if (text.matches("0+") && Character.isDigit(next)) {
            throw new LexError("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o "
                    + "prefix for octal integers", t.getLine(), t.getCharPositionInLine(), t.getCharPositionInLine() + 1);
        }
        if (Character.isLetter(next)) {
            String rest = wordAt(t.getStopIndex() + 1);
            if (isKeywordAfterNumber(rest)) return;
        }
        String kind = "decimal";
        String low = text.toLowerCase();
        if (low.startsWith("0x")) kind = "hexadecimal";
        else if (low.startsWith("0o")) kind = "octal";
        else if (low.startsWith("0b")) kind = "binary";
        if ((kind.equals("octal") || kind.equals("binary")) && Character.isDigit(next)) {
            throw new LexError("SyntaxError", "invalid digit '" + c + "' in " + kind + " literal", t.getLine(),
                    t.getCharPositionInLine() + text.length(), t.getCharPositionInLine() + text.length() + 1);
        }
        // CPython's tokenizer marks one character: the last one it consumed before giving up.
        int end = t.getCharPositionInLine() + text.length();
        int at = c == '_' ? end : end - 1;
        if (text.matches("0+") && (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B')) {
            kind = c == 'x' || c == 'X' ? "hexadecimal" : c == 'o' || c == 'O' ? "octal" : "binary";
            int after = _input.LA(2);
            if (!kind.equals("hexadecimal") && after >= '0' && after <= '9') {
                int col = t.getCharPositionInLine() + text.length() + 1;
                throw new LexError("SyntaxError", "invalid digit '" + (char) after + "' in " + kind + " literal", t.getLine(),
                        col, col);
            }
            at = after == '_' ? end + 1 : end;
        } else if ((c == 'e' || c == 'E') && (_input.LA(2) == '+' || _input.LA(2) == '-')
                && !(_input.LA(3) >= '0' && _input.LA(3) <= '9')) {
            at = end + 1;
        } else if (kind.equals("decimal") && (low.endsWith("j"))) {
            kind = "imaginary";
        }
        throw new LexError("SyntaxError", "invalid " + kind + " literal", t.getLine(), at, at);
    }

    private String wordAt(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index; ; i++) {
            int c = _input.getText(Interval.of(i, i)).isEmpty() ? -1 : _input.getText(Interval.of(i, i)).codePointAt(0);
            if (c < 0 || !(Character.isLetterOrDigit(c) || c == '_')) break;
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    private static boolean isKeywordAfterNumber(String w) {
        switch (w) {
            case "and": case "else": case "for": case "if": case "in": case "is": case "not": case "or":
                return true;
            default:
                return false;
        }
    }

    /** A name with non-ASCII characters: each must be a Python identifier character (else CPython's error for it). */
    private void checkName(Token t) {
        String s = t.getText();
        int k = 0;
        for (int i = 0; i < s.length(); k++) {
            int cp = s.codePointAt(i);
            if (cp >= 0x80 && !(k == 0 ? isIdStart(cp) : isIdContinue(cp))) {
                CommonToken bad = new CommonToken(t);
                bad.setText(new String(Character.toChars(cp)));
                bad.setCharPositionInLine(t.getCharPositionInLine() + k);
                bad.setStartIndex(t.getStartIndex() + k);
                errorChar(bad);
            }
            i += Character.charCount(cp);
        }
    }

    private static boolean isIdStart(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER: case Character.LOWERCASE_LETTER: case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER: case Character.OTHER_LETTER: case Character.LETTER_NUMBER:
                return true;
            default:
                return cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C || cp == 0x1885 || cp == 0x1886;
        }
    }

    private static boolean isIdContinue(int cp) {
        if (isIdStart(cp)) return true;
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK: case Character.COMBINING_SPACING_MARK: case Character.DECIMAL_DIGIT_NUMBER:
            case Character.CONNECTOR_PUNCTUATION:
                return true;
            default:
                return cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
        }
    }

    /** A character no token starts with: strings never closed, stray backslashes, invalid characters. */
    private void errorChar(Token t) {
        String s = t.getText();
        int cp = s.codePointAt(0);
        int line = t.getLine();
        int col = t.getCharPositionInLine();
        if (cp == '\'' || cp == '"') {
            String q = String.valueOf((char) cp);
            int i = t.getStartIndex();
            String three = _input.getText(Interval.of(i, i + 2));
            int startCol = col;
            if (i >= 2 && _input.getText(Interval.of(i - 2, i)).equals(q.repeat(3)) && lastSignificant != null
                    && lastSignificant.getStopIndex() == i - 1) {
                three = q.repeat(3);
                startCol = col - 2;
            }
            if (three.equals(q.repeat(3))) {
                int lastLine = lastLineOfInput();
                throw new LexError("SyntaxError", "unterminated triple-quoted string literal (detected at line " + lastLine
                        + ")", line, startCol, startCol + 1);
            }
            throw new LexError("SyntaxError", "unterminated string literal (detected at line " + line + ")", line,
                    startCol, startCol + 1);
        }
        if (cp == '\\') {
            throw new LexError("SyntaxError", "unexpected character after line continuation character", line, col + 1,
                    col + 1);
        }
        if (cp == '$' || cp == '?' || cp == '!' || cp == '`') {
            throw new LexError("SyntaxError", "invalid syntax", line, col, col + 1);
        }
        int type = Character.getType(cp);
        boolean printable = !(type == Character.CONTROL || type == Character.FORMAT || type == Character.SPACE_SEPARATOR
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR);
        String hex = String.format("U+%04X", cp);
        if (!printable) {
            throw new LexError("SyntaxError", "invalid non-printable character " + hex, line, col, col + 1);
        }
        throw new LexError("SyntaxError", "invalid character '" + new String(Character.toChars(cp)) + "' (" + hex + ")",
                line, col, col + 1);
    }

    private int lastLineOfInput() {
        String all = _input.getText(Interval.of(0, _input.size() - 1));
        int lines = 1;
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= all.length() || all.charAt(i + 1) != '\n'))) lines++;
        }
        if (all.endsWith("\n") || all.endsWith("\r")) lines--;
        return lines;
    }
}
