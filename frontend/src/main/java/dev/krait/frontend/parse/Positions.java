package dev.krait.frontend.parse;

import dev.krait.frontend.ast.Pos;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Source spans of tokens and rules (lines 1-based, columns in code points, end exclusive). */
final class Positions {
    private Positions() {}

    static Pos of(Token t) {
        return new Pos(t.getLine(), t.getCharPositionInLine(), endLine(t), endCol(t));
    }

    static Pos of(ParserRuleContext c) {
        Token a = c.getStart();
        Token b = c.getStop();
        if (b == null || b.getTokenIndex() < a.getTokenIndex()) b = a;
        return new Pos(a.getLine(), a.getCharPositionInLine(), endLine(b), endCol(b));
    }

    static Pos span(Token a, Token b) {
        return new Pos(a.getLine(), a.getCharPositionInLine(), endLine(b), endCol(b));
    }

    static int endLine(Token t) {
        String s = t.getText();
        int line = t.getLine();
        if (s == null) return line;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) line++;
        }
        return line;
    }

    static int endCol(Token t) {
        String s = t.getText();
        if (s == null) return t.getCharPositionInLine();
        int nl = Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r'));
        if (nl < 0) return t.getCharPositionInLine() + s.codePointCount(0, s.length());
        return s.codePointCount(nl + 1, s.length());
    }
}
