package dev.krait.frontend.parse;

import dev.krait.frontend.CompileError;
import dev.krait.frontend.SourceLines;
import dev.krait.grammar.PythonLexer;
import dev.krait.grammar.PythonParser;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns the first ANTLR syntax error into CPython's SyntaxError: the specific messages CPython gives for the
 * common mistakes (missing colon, missing indented block, print statement, missing comma), else
 * "invalid syntax" at the offending token.
 */
final class SyntaxErrors extends BaseErrorListener {
    private final SourceLines lines;
    private final PythonParser parser;

    SyntaxErrors(SourceLines lines, PythonParser parser) {
        this.lines = lines;
        this.parser = parser;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> r, Object offending, int line, int col, String msg, RecognitionException e) {
        Token t = (Token) offending;
        TokenStream ts = parser.getTokenStream();
        if (Boolean.getBoolean("krait.debugParse")) {
            System.err.println("syntaxError at " + t + " ctx=" + (e != null ? e.getCtx().getClass().getSimpleName() : "-")
                    + " parserCtx=" + parser.getContext().getClass().getSimpleName() + " expected=" + safeExpected(e) + " " + msg);
        }
        Token prev = previous(ts, t);
        ParserRuleContext ctx = e != null && e.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
        IntervalSet expected = safeExpected(e);
        if (expected == null) {
            try {
                expected = parser.getExpectedTokens();
            } catch (RuntimeException ex) {
                expected = null;
            }
        }
        if (t.getType() == Token.EOF || (t.getType() == PythonLexer.DEDENT && t.getText().isEmpty())) {
            Token real = t;
            for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
                Token p = ts.get(i);
                int ty = p.getType();
                if (p.getChannel() != Token.DEFAULT_CHANNEL || ty == PythonLexer.DEDENT || ty == PythonLexer.INDENT
                        || ty == PythonLexer.NEWLINE) {
                    continue;
                }
                real = p;
                break;
            }
            if (real != t && ctx instanceof PythonParser.Try_stmtContext) {
                int l = real.getLine();
                int c = Positions.endCol(real);
                throw new CompileError("SyntaxError", "expected 'except' or 'finally' block", lines.fileName(), l, c + 1, l,
                        0, lines.line(l));
            }
        }
        if (t.getType() == PythonLexer.INDENT) {
            throw new CompileError("IndentationError", "unexpected indent", lines.fileName(), t.getLine(),
                    Math.max(1, t.getCharPositionInLine()), t.getLine(), 0, lines.line(t.getLine()));
        }
        if (prev != null && prev.getType() == PythonLexer.NEWLINE && expected != null && expected.contains(PythonLexer.INDENT)) {
            throw indentedBlock(t, ctx);
        }
        if (prev != null && prev.getType() == PythonLexer.NEWLINE && t.getType() != PythonLexer.INDENT
                && inRule(ctx, PythonParser.RULE_block)) {
            throw indentedBlock(t, ctx);
        }
        if (e instanceof org.antlr.v4.runtime.NoViableAltException nv) {
            Token start = nv.getStartToken();
            Token first = statementStart(ts, start);
            if (first.getType() == PythonLexer.NAME && (first.getText().equals("print") || first.getText().equals("exec"))) {
                Token next = next(ts, first);
                if (next != null && startsExpression(next)) {
                    String name = first.getText();
                    throw spanError("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?",
                            first, lineEnd(ts, next));
                }
            }
            if (t.getType() == PythonLexer.EQ && insideBrackets(ts, t)) {
                throw spanError("expression cannot contain assignment, perhaps you meant \"==\"?", argumentStart(ts, t),
                        next(ts, t));
            }
            Token bad = firstBadPair(ts, start);
            if (bad != null) t = bad;
        }
        if (ctx instanceof PythonParser.ParamContext pc && t.getType() == PythonLexer.EQ) {
            if (pc.STAR() != null) throw spanError("var-positional argument cannot have default value", t, t);
            if (pc.STAR_STAR() != null) throw spanError("var-keyword argument cannot have default value", t, t);
        }
        if (parser.getContext() instanceof PythonParser.Dict_itemContext di
                && (t.getType() == PythonLexer.RBRACE || t.getType() == PythonLexer.COMMA)) {
            Token k = di.getStart();
            throw new CompileError("SyntaxError", "':' expected after dictionary key", lines.fileName(), k.getLine(),
                    k.getCharPositionInLine() + 1, k.getLine(), 0, lines.line(k.getLine()));
        }
        Token first = statementStart(ts, t);
        if (first != null && first.getType() == PythonLexer.NAME && first != t
                && (first.getText().equals("print") || first.getText().equals("exec")) && startsExpression(t)
                && previous(ts, t) == first) {
            Token end = lineEnd(ts, t);
            String name = first.getText();
            throw spanError("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?", first, end);
        }
        if (expected != null && expected.contains(PythonLexer.COLON) && prev != null && isHeader(ctx)) {
            int l = prev.getLine();
            int c = Positions.endCol(prev);
            throw new CompileError("SyntaxError", "expected ':'", lines.fileName(), l, c + 1, l, c + 1, lines.line(l));
        }
        if (ctx instanceof PythonParser.Try_stmtContext && prev != null) {
            throw new CompileError("SyntaxError", "expected 'except' or 'finally' block", lines.fileName(), t.getLine(),
                    t.getCharPositionInLine() + 1, t.getLine(), 0, lines.line(t.getLine()));
        }
        if (ctx instanceof PythonParser.FuncdefContext && expected != null && expected.contains(PythonLexer.LPAR)) {
            throw spanError("expected '('", t, t);
        }
        if (prev != null && startsExpression(t) && endsExpression(prev) && insideBrackets(ts, t)) {
            throw spanError("invalid syntax. Perhaps you forgot a comma?", prev, t);
        }
        if (t.getType() == Token.EOF || t.getType() == PythonLexer.NEWLINE) {
            Token at = prev != null ? prev : t;
            int l = at.getLine();
            int c = Positions.endCol(at);
            throw new CompileError("SyntaxError", "invalid syntax", lines.fileName(), l, c + 1, l, c + 1, lines.line(l));
        }
        throw spanError("invalid syntax", t, t);
    }

    private static IntervalSet safeExpected(RecognitionException e) {
        try {
            return e == null ? null : e.getExpectedTokens();
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private CompileError spanError(String msg, Token a, Token b) {
        int l = a.getLine();
        int end = b.getLine() == l ? Positions.endCol(b) + 1 : 0;
        return new CompileError("SyntaxError", msg, lines.fileName(), l, a.getCharPositionInLine() + 1, l, end, lines.line(l));
    }

    private CompileError indentedBlock(Token t, ParserRuleContext ctx) {
        String what = "statement";
        int line = t.getLine();
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            String kind = headerKind(c);
            if (kind != null) {
                what = kind;
                line = c.getStart().getLine();
                if (c instanceof PythonParser.FuncdefContext || c instanceof PythonParser.ClassdefContext) {
                    ParserRuleContext p = c.getParent();
                    if (p instanceof PythonParser.Async_stmtContext || p instanceof PythonParser.Async_funcdefContext) {
                        line = p.getStart().getLine();
                    }
                }
                break;
            }
        }
        String msg = "expected an indented block after " + what + " on line " + line;
        int l = t.getLine();
        // CPython marks one character: the start of the statement that should have been indented.
        return new CompileError("IndentationError", msg, lines.fileName(), l, t.getCharPositionInLine() + 1, l,
                t.getCharPositionInLine() + 2, lines.line(l));
    }

    private static String headerKind(ParserRuleContext c) {
        if (c instanceof PythonParser.If_stmtContext) return "'if' statement";
        if (c instanceof PythonParser.Elif_clauseContext) return "'elif' statement";
        if (c instanceof PythonParser.Else_clauseContext) return "'else' statement";
        if (c instanceof PythonParser.While_stmtContext) return "'while' statement";
        if (c instanceof PythonParser.For_stmtContext) return "'for' statement";
        if (c instanceof PythonParser.Try_stmtContext) return "'try' statement";
        if (c instanceof PythonParser.Except_blockContext) return "'except' statement";
        if (c instanceof PythonParser.Finally_clauseContext) return "'finally' statement";
        if (c instanceof PythonParser.With_stmtContext) return "'with' statement";
        if (c instanceof PythonParser.FuncdefContext) return "function definition";
        if (c instanceof PythonParser.ClassdefContext) return "class definition";
        if (c instanceof PythonParser.Case_blockContext) return "'case' statement";
        if (c instanceof PythonParser.Match_stmtContext) return "'match' statement";
        return null;
    }

    private static boolean isHeader(ParserRuleContext c) {
        return headerKind(c) != null;
    }

    private static boolean inRule(ParserRuleContext c, int rule) {
        return c != null && c.getRuleIndex() == rule;
    }

    private static Token previous(TokenStream ts, Token t) {
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = ts.get(i);
            if (p.getChannel() == Token.DEFAULT_CHANNEL) return p;
        }
        return null;
    }

    /** The first token of the logical line containing t. */
    private static Token next(TokenStream ts, Token t) {
        for (int i = t.getTokenIndex() + 1; i < ts.size(); i++) {
            Token p = ts.get(i);
            if (p.getChannel() == Token.DEFAULT_CHANNEL) return p;
        }
        return t;
    }

    /** The first token of the call argument containing t (after the nearest unmatched '(' or ','). */
    private static Token argumentStart(TokenStream ts, Token t) {
        int depth = 0;
        Token start = t;
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = ts.get(i);
            if (p.getChannel() != Token.DEFAULT_CHANNEL) continue;
            int ty = p.getType();
            if (ty == PythonLexer.RPAR || ty == PythonLexer.RSQB || ty == PythonLexer.RBRACE) depth++;
            else if (ty == PythonLexer.LPAR || ty == PythonLexer.LSQB || ty == PythonLexer.LBRACE) {
                if (depth == 0) break;
                depth--;
            } else if (ty == PythonLexer.COMMA && depth == 0) {
                break;
            }
            start = p;
        }
        return start;
    }

    /** The second token of the first pair on the line that no expression syntax allows side by side. */
    private static Token firstBadPair(TokenStream ts, Token from) {
        Token prev = null;
        int depth = 0;
        for (int i = from.getTokenIndex(); i < ts.size(); i++) {
            Token p = ts.get(i);
            if (p.getChannel() != Token.DEFAULT_CHANNEL) continue;
            int ty = p.getType();
            if (ty == PythonLexer.NEWLINE || ty == Token.EOF) return null;
            if (prev != null && endsExpression(prev) && startsExpression(p) && ty != PythonLexer.LPAR
                    && ty != PythonLexer.LSQB && ty != PythonLexer.MINUS && !(prev.getType() == PythonLexer.STRING
                    && ty == PythonLexer.STRING)) {
                return p;
            }
            prev = p;
        }
        return null;
    }

    private static Token statementStart(TokenStream ts, Token t) {
        Token first = t;
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = ts.get(i);
            if (p.getChannel() != Token.DEFAULT_CHANNEL) continue;
            int ty = p.getType();
            if (ty == PythonLexer.NEWLINE || ty == PythonLexer.INDENT || ty == PythonLexer.DEDENT || ty == PythonLexer.SEMI
                    || ty == PythonLexer.COLON) {
                break;
            }
            first = p;
        }
        return first;
    }

    private static Token lineEnd(TokenStream ts, Token t) {
        Token last = t;
        for (int i = t.getTokenIndex(); i < ts.size(); i++) {
            Token p = ts.get(i);
            if (p.getType() == PythonLexer.NEWLINE || p.getType() == Token.EOF) break;
            if (p.getChannel() == Token.DEFAULT_CHANNEL) last = p;
        }
        return last;
    }

    private static boolean startsExpression(Token t) {
        switch (t.getType()) {
            case PythonLexer.NAME: case PythonLexer.NUMBER: case PythonLexer.STRING: case PythonLexer.NONE:
            case PythonLexer.TRUE: case PythonLexer.FALSE: case PythonLexer.LPAR: case PythonLexer.LSQB:
            case PythonLexer.LBRACE: case PythonLexer.MINUS: case PythonLexer.TILDE: case PythonLexer.ELLIPSIS:
                return true;
            default:
                return false;
        }
    }

    private static boolean endsExpression(Token t) {
        switch (t.getType()) {
            case PythonLexer.NAME: case PythonLexer.NUMBER: case PythonLexer.STRING: case PythonLexer.NONE:
            case PythonLexer.TRUE: case PythonLexer.FALSE: case PythonLexer.RPAR: case PythonLexer.RSQB:
            case PythonLexer.RBRACE: case PythonLexer.ELLIPSIS:
                return true;
            default:
                return false;
        }
    }

    private static boolean insideBrackets(TokenStream ts, Token t) {
        int depth = 0;
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = ts.get(i);
            int ty = p.getType();
            if (ty == PythonLexer.NEWLINE || ty == PythonLexer.INDENT || ty == PythonLexer.DEDENT) return false;
            if (ty == PythonLexer.RPAR || ty == PythonLexer.RSQB || ty == PythonLexer.RBRACE) depth++;
            if (ty == PythonLexer.LPAR || ty == PythonLexer.LSQB || ty == PythonLexer.LBRACE) {
                if (depth == 0) return true;
                depth--;
            }
        }
        return false;
    }
}
