package dev.krait.frontend.parse;

import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * f-string bodies: literal text (with {@code {{}}} and escapes), and replacement fields {@code {expr=!c:spec}}
 * whose expression is parsed by the real parser at its true line and column.
 */
final class FStrings {
    /** Parses an expression's source text, positioned at (line, col) of the original file. */
    interface ExprParser {
        Expr parse(String text, int line, int col);
    }

    private final AstBuilder b;
    private final ExprParser parser;

    FStrings(AstBuilder b, ExprParser parser) {
        this.b = b;
        this.parser = parser;
    }

    /** The parts of one f-string literal: str Constants and FormattedValues. */
    List<Expr> parse(Strings.Literal l) {
        Locator loc = new Locator(l);
        List<Expr> out = new ArrayList<>();
        parseBody(l, l.body(), 0, out, loc, 0);
        return out;
    }

    /** Maps an offset in the body to a (line, col) in the file. */
    private static final class Locator {
        final int baseLine;
        final int baseCol;
        final String body;

        Locator(Strings.Literal l) {
            this.baseLine = l.token().getLine();
            this.baseCol = l.token().getCharPositionInLine() + l.prefixLen() + l.quoteLen();
            this.body = l.body();
        }

        int[] at(int offset) {
            int line = baseLine;
            int col = baseCol;
            for (int i = 0; i < offset && i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '\n') {
                    line++;
                    col = 0;
                } else if (!Character.isLowSurrogate(c)) {
                    col++;
                }
            }
            return new int[] {line, col};
        }
    }

    private Pos whole(Strings.Literal l) {
        return Positions.of(l.token());
    }

    /** Where CPython 3.11 reports an error inside an f-string: just past the string's closing quote. */
    private Pos after(Strings.Literal l) {
        // The parser has read the next token when it checks the string: CPython points at that token.
        Pos p = whole(l);
        String line = b.src.line(p.endLine());
        int c = p.endCol();
        while (line != null && c < line.length() && (line.charAt(c) == ' ' || line.charAt(c) == '\t')) c++;
        return new Pos(p.endLine(), c, p.endLine(), c);
    }

    /** Parses body[from..] into out; returns the index just past the parsed part. */
    private int parseBody(Strings.Literal l, String body, int from, List<Expr> out, Locator loc, int depth) {
        StringBuilder lit = new StringBuilder();
        int i = from;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c == '\\' && !l.raw() && i + 2 < n && body.charAt(i + 1) == 'N' && body.charAt(i + 2) == '{') {
                int close = body.indexOf('}', i);
                if (close > 0) {
                    lit.append(body, i, close + 1);
                    i = close + 1;
                    continue;
                }
            }
            if (c == '{') {
                if (depth == 0 && i + 1 < n && body.charAt(i + 1) == '{') {
                    lit.append('{');
                    i += 2;
                    continue;
                }
                flush(l, lit, out);
                i = field(l, body, i, out, loc, depth);
                continue;
            }
            if (c == '}') {
                if (depth > 0) break;
                if (i + 1 < n && body.charAt(i + 1) == '}') {
                    lit.append('}');
                    i += 2;
                    continue;
                }
                throw b.error("f-string: single '}' is not allowed", after(l));
            }
            lit.append(c);
            i++;
        }
        flush(l, lit, out);
        return i;
    }

    private void flush(Strings.Literal l, StringBuilder lit, List<Expr> out) {
        if (lit.length() == 0) return;
        out.add(new Expr.Constant(whole(l), Strings.decode(b, l, lit.toString(), l.raw())));
        lit.setLength(0);
    }

    /** One replacement field starting at body[start] == '{'; returns the index past its '}'. */
    private int field(Strings.Literal l, String body, int start, List<Expr> out, Locator loc, int depth) {
        if (depth >= 2) throw b.error("f-string: expressions nested too deeply", after(l));
        int n = body.length();
        int i = start + 1;
        int nest = 0;
        char quote = 0;
        boolean tripleQuote = false;
        int exprEnd = -1;
        boolean debug = false;
        while (i < n) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote && (!tripleQuote || (i + 2 < n && body.charAt(i + 1) == quote && body.charAt(i + 2) == quote))) {
                    quote = 0;
                    if (tripleQuote) i += 2;
                }
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                tripleQuote = i + 2 < n && body.charAt(i + 1) == c && body.charAt(i + 2) == c;
                if (tripleQuote) i += 2;
            } else if (c == '[' || c == '(' || c == '{') {
                nest++;
            } else if (c == ']' || c == ')' || c == '}') {
                if (nest == 0) {
                    if (c != '}') throw b.error("f-string: unmatched '" + c + "'", after(l));
                    exprEnd = i;
                    break;
                }
                nest--;
            } else if (nest == 0 && c == '!' && i + 1 < n && body.charAt(i + 1) != '=') {
                exprEnd = i;
                break;
            } else if (nest == 0 && c == ':') {
                exprEnd = i;
                break;
            } else if (nest == 0 && c == '=' && i + 1 < n && body.charAt(i + 1) != '='
                    && "=!<>".indexOf(body.charAt(i - 1)) < 0) {
                debug = true;
                exprEnd = i;
                break;
            } else if (c == '\\') {
                throw b.error("f-string expression part cannot include a backslash", after(l));
            } else if (c == '#') {
                throw b.error("f-string expression part cannot include '#'", after(l));
            }
            i++;
        }
        if (exprEnd < 0) {
            throw b.error(quote != 0 ? "f-string: unterminated string" : "f-string: expecting '}'", after(l));
        }
        String exprText = body.substring(start + 1, exprEnd);
        if (exprText.isBlank()) {
            throw b.error(debug ? "f-string: expression required before '='" : "f-string: empty expression not allowed",
                    after(l));
        }
        int[] at = loc.at(start + 1);
        Expr value = parser.parse(exprText, at[0], at[1]);
        i = exprEnd;
        String debugText = null;
        if (debug) {
            i++;
            while (i < n && Character.isWhitespace(body.charAt(i))) i++;
            debugText = body.substring(start + 1, i);
        }
        int conversion = -1;
        if (i < n && body.charAt(i) == '!') {
            if (i + 1 >= n) throw b.error("f-string: expecting '}'", after(l));
            char conv = body.charAt(i + 1);
            if (conv != 's' && conv != 'r' && conv != 'a') {
                throw b.error("f-string: invalid conversion character: expected 's', 'r', or 'a'", after(l));
            }
            conversion = conv;
            i += 2;
        }
        Expr spec = null;
        if (i < n && body.charAt(i) == ':') {
            List<Expr> specParts = new ArrayList<>();
            i = parseBody(l, body, i + 1, specParts, loc, depth + 1);
            spec = new Expr.JoinedStr(whole(l), specParts);
        }
        if (i >= n || body.charAt(i) != '}') throw b.error("f-string: expecting '}'", after(l));
        if (debugText != null) {
            out.add(new Expr.Constant(whole(l), debugText));
            if (conversion == -1 && spec == null) conversion = 'r';
        }
        out.add(new Expr.FormattedValue(whole(l), value, conversion, spec));
        return i + 1;
    }
}
