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
        try {
            // The rest of the line is needed to find where an expression ends; a later lexical error is not this one.
            if (ts instanceof org.antlr.v4.runtime.BufferedTokenStream b) b.fill();
        } catch (RuntimeException later) {
            // keep the tokens read so far
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
                // At the end of the file CPython's tokenizer has no column left: offset 0, no caret.
                int l = real.getLine();
                throw new CompileError("SyntaxError", "expected 'except' or 'finally' block", lines.fileName(), l, 0, l,
                        0, lines.line(l));
            }
        }
        if (t.getType() == PythonLexer.INDENT) {
            throw new CompileError("IndentationError", "unexpected indent", lines.fileName(), t.getLine(),
                    Math.max(1, t.getCharPositionInLine()), t.getLine(), -1, lines.line(t.getLine()));
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
                if (next != null && startsExpression(next) && next.getType() != PythonLexer.LPAR) {
                    String name = first.getText();
                    throw spanError("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?",
                            first, lineEnd(ts, next));
                }
            }
            if (t.getType() == PythonLexer.EQ && insideCall(ts, t)) {
                throw spanError("expression cannot contain assignment, perhaps you meant \"==\"?", argumentStart(ts, t), t);
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
                && t.getType() != PythonLexer.LPAR && previous(ts, t) == first) {
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
        if (t.getType() == PythonLexer.EQ && prev != null) {
            CompileError eq = assignmentInCondition(ts, t, prev);
            if (eq != null) throw eq;
        }
        if (prev != null && startsExpression(t) && endsExpression(prev) && insideBrackets(ts, t)) {
            Token from = expressionStart(ts, prev);
            if (from != null) throw spanError("invalid syntax. Perhaps you forgot a comma?", from, expressionEnd(ts, t));
        }
        if (prev != null) {
            CompileError ternary = ternaryWithoutElse(ts, prev);
            if (ternary != null) throw ternary;
        }
        if (t.getType() == Token.EOF || t.getType() == PythonLexer.NEWLINE) {
            Token at = prev != null ? prev : t;
            int l = at.getLine();
            int c = Positions.endCol(at);
            // A line break token stands after any trailing blanks: CPython points there.
            if (t.getType() == PythonLexer.NEWLINE && t.getLine() == l && t.getCharPositionInLine() > c) {
                c = t.getCharPositionInLine();
            }
            throw new CompileError("SyntaxError", "invalid syntax", lines.fileName(), l, c + 1, l, c + 1, lines.line(l));
        }
        throw spanError("invalid syntax", t, t);
    }

    /**
     * The first token of the operand expression that ends at {@code last} (CPython's disjunction), walking back
     * over brackets to an unmatched opening bracket or a token no expression contains; null inside a
     * comprehension's clauses, where CPython gives no hint.
     */
    private static Token expressionStart(TokenStream ts, Token last) {
        Token b = operandBoundary(ts, last);
        if (b == last) return last;
        if (b != null && b.getType() == PythonLexer.FOR) return null;
        for (int i = b == null ? 0 : b.getTokenIndex() + 1; i <= last.getTokenIndex(); i++) {
            if (ts.get(i).getChannel() == Token.DEFAULT_CHANNEL) return ts.get(i);
        }
        return last;
    }

    /**
     * Walking back from {@code from} over bracketed groups: the first token that ends the operand there (an
     * unmatched opening bracket, a 'for', or a token no operand contains), or null at the start of the input.
     */
    private static Token operandBoundary(TokenStream ts, Token from) {
        int depth = 0;
        for (int i = from.getTokenIndex(); i >= 0; i--) {
            Token p = ts.get(i);
            if (p.getChannel() != Token.DEFAULT_CHANNEL) continue;
            int ty = p.getType();
            if (isClose(ty)) {
                depth++;
            } else if (isOpen(ty)) {
                if (depth == 0) return p;
                depth--;
            } else if (depth == 0 && (ty == PythonLexer.FOR || endsOperand(ty))) {
                return p;
            }
        }
        return null;
    }

    /** The last token of the expression starting at {@code first}: up to a separator or a juxtaposed operand. */
    private static Token expressionEnd(TokenStream ts, Token first) {
        int depth = 0;
        Token end = first;
        Token before = null;
        for (int i = first.getTokenIndex(); i < ts.size(); i++) {
            Token p = ts.get(i);
            if (p.getChannel() != Token.DEFAULT_CHANNEL) continue;
            int ty = p.getType();
            if (ty == Token.EOF) break;
            if (depth == 0) {
                if (isClose(ty) || endsOperand(ty) || ty == PythonLexer.FOR) break;
                if (before != null && endsExpression(before) && startsExpression(p) && ty != PythonLexer.LPAR
                        && ty != PythonLexer.LSQB) {
                    break;
                }
            }
            if (isOpen(ty)) depth++;
            else if (isClose(ty)) depth--;
            end = p;
            before = p;
        }
        return end;
    }

    /** Tokens that no operand of a binary or comparison operator contains at its own bracket depth. */
    private static boolean endsOperand(int ty) {
        switch (ty) {
            case PythonLexer.COMMA: case PythonLexer.EQ: case PythonLexer.COLON: case PythonLexer.SEMI:
            case PythonLexer.NEWLINE: case PythonLexer.INDENT: case PythonLexer.DEDENT: case PythonLexer.COLONEQ:
            case PythonLexer.IF: case PythonLexer.ELSE: case PythonLexer.ELIF: case PythonLexer.WHILE:
            case PythonLexer.LAMBDA: case PythonLexer.RETURN: case PythonLexer.YIELD: case PythonLexer.ASSERT:
            case PythonLexer.DEL: case PythonLexer.IMPORT: case PythonLexer.FROM: case PythonLexer.WITH:
            case PythonLexer.AS: case PythonLexer.ASYNC: case PythonLexer.ARROW:
            case PythonLexer.PLUS_EQ: case PythonLexer.MINUS_EQ: case PythonLexer.STAR_EQ: case PythonLexer.SLASH_EQ:
            case PythonLexer.PERCENT_EQ: case PythonLexer.AMP_EQ: case PythonLexer.PIPE_EQ: case PythonLexer.CARET_EQ:
            case PythonLexer.AT_EQ: case PythonLexer.STAR_STAR_EQ: case PythonLexer.SLASH_SLASH_EQ:
            case PythonLexer.LSHIFT_EQ: case PythonLexer.RSHIFT_EQ:
                return true;
            default:
                return false;
        }
    }

    private static boolean isOpen(int ty) {
        return ty == PythonLexer.LPAR || ty == PythonLexer.LSQB || ty == PythonLexer.LBRACE;
    }

    private static boolean isClose(int ty) {
        return ty == PythonLexer.RPAR || ty == PythonLexer.RSQB || ty == PythonLexer.RBRACE;
    }

    /** {@code a if b} with no else before the error: CPython's "expected 'else' after 'if' expression". */
    private CompileError ternaryWithoutElse(TokenStream ts, Token prev) {
        Token b = operandBoundary(ts, prev);
        if (b == null || b == prev || b.getType() != PythonLexer.IF) return null;
        Token before = previous(ts, b);
        if (before == null || !endsExpression(before)) return null;
        Token from = expressionStart(ts, before);
        return from == null ? null : spanError("expected 'else' after 'if' expression", from, prev);
    }

    /**
     * {@code if x = 1:} (or the same in parentheses): CPython suggests '==' (and ':=' when a name stands before
     * the '='), naming what cannot be assigned to.
     */
    private CompileError assignmentInCondition(TokenStream ts, Token eq, Token prev) {
        Token first = statementStart(ts, eq);
        boolean header = first != null && (first.getType() == PythonLexer.IF || first.getType() == PythonLexer.ELIF
                || first.getType() == PythonLexer.WHILE) && !insideBrackets(ts, eq);
        boolean parens = false;
        if (!header) {
            Token open = openingBracket(ts, eq);
            parens = open != null && open.getType() == PythonLexer.LPAR && !insideCall(ts, eq);
        }
        if (!header && !parens) return null;
        Token from = expressionStart(ts, prev);
        if (from == null || from == eq) return null;
        int depth = 0;
        for (int i = from.getTokenIndex(); i < eq.getTokenIndex(); i++) {
            int ty = ts.get(i).getType();
            if (isOpen(ty)) depth++;
            else if (isClose(ty)) depth--;
            else if (depth == 0 && (ty == PythonLexer.AND || ty == PythonLexer.OR || ty == PythonLexer.NOT
                    || ty == PythonLexer.IN || ty == PythonLexer.IS || ty == PythonLexer.EQEQ || ty == PythonLexer.NOTEQ
                    || ty == PythonLexer.LT || ty == PythonLexer.GT || ty == PythonLexer.LTE || ty == PythonLexer.GTE)) {
                return null;
            }
        }
        if (from == prev && from.getType() == PythonLexer.NAME) {
            Token rhs = next(ts, eq);
            Token end = rhs == eq ? eq : expressionEnd(ts, rhs);
            return spanError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from, end);
        }
        String what = "expression";
        Token before = previous(ts, prev);
        if (prev.getType() == PythonLexer.NAME && before != null && before.getType() == PythonLexer.DOT) {
            what = "attribute";
        } else if (prev.getType() == PythonLexer.RPAR || prev.getType() == PythonLexer.RSQB) {
            Token open = matchingOpen(ts, prev);
            Token lead = open == null ? null : previous(ts, open);
            if (open != null && open != from && lead != null && endsExpression(lead)) {
                what = prev.getType() == PythonLexer.RPAR ? "function call" : "subscript";
            }
        } else if (from == prev && (prev.getType() == PythonLexer.NUMBER || prev.getType() == PythonLexer.STRING)) {
            what = "literal";
        }
        return spanError("cannot assign to " + what + " here. Maybe you meant '==' instead of '='?", from, prev);
    }

    /** Whether t is inside the parentheses of a call. */
    private static boolean insideCall(TokenStream ts, Token t) {
        Token open = openingBracket(ts, t);
        Token before = open == null ? null : previous(ts, open);
        return open != null && open.getType() == PythonLexer.LPAR && before != null && endsExpression(before);
    }

    /** The unmatched opening bracket enclosing t on its line, or null. */
    private static Token openingBracket(TokenStream ts, Token t) {
        int depth = 0;
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = ts.get(i);
            int ty = p.getType();
            if (ty == PythonLexer.NEWLINE || ty == PythonLexer.INDENT || ty == PythonLexer.DEDENT) return null;
            if (isClose(ty)) depth++;
            else if (isOpen(ty)) {
                if (depth == 0) return p;
                depth--;
            }
        }
        return null;
    }

    private static Token matchingOpen(TokenStream ts, Token close) {
        int depth = 0;
        for (int i = close.getTokenIndex(); i >= 0; i--) {
            Token p = ts.get(i);
            if (isClose(p.getType())) depth++;
            else if (isOpen(p.getType()) && --depth == 0) return p;
        }
        return null;
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
