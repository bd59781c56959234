package dev.krait.frontend.parse;

import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Pos;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** String and bytes literals: prefixes, quotes, escapes, and implicit concatenation (with f-strings). */
final class Strings {
    private Strings() {}

    /** A literal token split into its prefix flags, body and where the body starts. */
    record Literal(Token token, boolean raw, boolean bytes, boolean fstring, String body, int quoteLen, int prefixLen) {
        static Literal of(Token t) {
            String s = t.getText();
            int i = 0;
            boolean raw = false;
            boolean bytes = false;
            boolean f = false;
            while (i < s.length() && s.charAt(i) != '\'' && s.charAt(i) != '"') {
                char c = Character.toLowerCase(s.charAt(i));
                if (c == 'r') raw = true;
                else if (c == 'b') bytes = true;
                else if (c == 'f') f = true;
                i++;
            }
            int q = s.startsWith("'''", i) || s.startsWith("\"\"\"", i) ? 3 : 1;
            String body = s.substring(i + q, s.length() - q);
            return new Literal(t, raw, bytes, f, body, q, i);
        }
    }

    static Expr concat(AstBuilder b, FStrings fs, List<TerminalNode> tokens) {
        Token first = tokens.get(0).getSymbol();
        Token last = tokens.get(tokens.size() - 1).getSymbol();
        Pos pos = Positions.span(first, last);
        List<Literal> lits = new ArrayList<>();
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        for (TerminalNode n : tokens) {
            Literal l = Literal.of(n.getSymbol());
            lits.add(l);
            if (l.bytes()) anyBytes = true;
            else anyStr = true;
            if (l.fstring()) anyF = true;
        }
        if (anyBytes && anyStr) throw b.error("cannot mix bytes and nonbytes literals", pos);
        if (anyBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Literal l : lits) out.writeBytes(decodeBytes(b, l));
            return new Expr.Constant(pos, new Expr.Bytes(out.toByteArray()));
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Literal l : lits) sb.append(decode(b, l, l.body(), l.raw()));
            return new Expr.Constant(pos, sb.toString());
        }
        List<Expr> parts = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (Literal l : lits) {
            if (!l.fstring()) {
                pending.append(decode(b, l, l.body(), l.raw()));
                continue;
            }
            for (Expr p : fs.parse(l)) {
                if (p instanceof Expr.Constant c && c.value() instanceof String s) {
                    pending.append(s);
                } else {
                    if (pending.length() > 0) {
                        parts.add(new Expr.Constant(pos, pending.toString()));
                        pending.setLength(0);
                    }
                    parts.add(p);
                }
            }
        }
        if (pending.length() > 0) parts.add(new Expr.Constant(pos, pending.toString()));
        return new Expr.JoinedStr(pos, parts);
    }

    private static Pos bodyPos(Literal l) {
        Token t = l.token();
        return new Pos(t.getLine(), t.getCharPositionInLine(), Positions.endLine(t), Positions.endCol(t));
    }

    /** Decodes escapes of a str literal body (or part of an f-string body). */
    static String decode(AstBuilder b, Literal l, String body, boolean raw) {
        if (raw || body.indexOf('\\') < 0) return normalizeNewlines(body);
        StringBuilder sb = new StringBuilder(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && body.charAt(i + 1) == '\n') i++;
                continue;
            }
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n': break;
                case '\r':
                    if (i + 1 < n && body.charAt(i + 1) == '\n') i++;
                    break;
                case '\\': sb.append('\\'); break;
                case '\'': sb.append('\''); break;
                case '"': sb.append('"'); break;
                case 'a': sb.append('\u0007'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'v': sb.append('\u000b'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    int k = 1;
                    while (k < 3 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7') {
                        v = v * 8 + (body.charAt(++i) - '0');
                        k++;
                    }
                    sb.appendCodePoint(v);
                    break;
                }
                case 'x': i = hex(b, l, body, i, 2, sb, "\\xXX"); break;
                case 'u': i = hex(b, l, body, i, 4, sb, "\\uXXXX"); break;
                case 'U': i = hex(b, l, body, i, 8, sb, "\\UXXXXXXXX"); break;
                case 'N': {
                    int close = body.indexOf('}', i);
                    if (i + 1 >= n || body.charAt(i + 1) != '{' || close < 0) {
                        throw b.error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1)
                                + "-" + i + ": malformed \\N character escape", bodyPos(l));
                    }
                    String name = body.substring(i + 2, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        cp = aliasCodePoint(name);
                        if (cp < 0) {
                            throw b.error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1)
                                    + "-" + (close) + ": unknown Unicode character name", bodyPos(l));
                        }
                    }
                    sb.appendCodePoint(cp);
                    i = close;
                    break;
                }
                default:
                    sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    private static int aliasCodePoint(String name) {
        switch (name.toUpperCase()) {
            case "NULL": case "NUL": return 0;
            case "LINE FEED": case "LF": case "NEW LINE": return 10;
            case "CARRIAGE RETURN": case "CR": return 13;
            case "TAB": case "HT": case "CHARACTER TABULATION": return 9;
            case "ESCAPE": case "ESC": return 27;
            case "SPACE": case "SP": return 32;
            case "DELETE": case "DEL": return 127;
            case "NO-BREAK SPACE": case "NBSP": return 0xa0;
            case "BYTE ORDER MARK": case "BOM": case "ZWNBSP": return 0xfeff;
            default: return -1;
        }
    }

    private static int hex(AstBuilder b, Literal l, String body, int i, int digits, StringBuilder sb, String what) {
        int v = 0;
        int k = 0;
        while (k < digits && i + 1 + k < body.length() && Character.digit(body.charAt(i + 1 + k), 16) >= 0) {
            v = v * 16 + Character.digit(body.charAt(i + 1 + k), 16);
            k++;
        }
        if (k < digits) {
            throw b.error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1) + "-" + (i + k)
                    + ": truncated " + what + " escape", bodyPos(l));
        }
        if (v > 0x10ffff) {
            throw b.error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1) + "-" + (i + k)
                    + ": illegal Unicode character", bodyPos(l));
        }
        sb.appendCodePoint(v);
        return i + k;
    }

    private static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) return s;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    static byte[] decodeBytes(AstBuilder b, Literal l) {
        String body = normalizeNewlines(l.body());
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 128) throw b.error("bytes can only contain ASCII literal characters", bodyPos(l));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        if (l.raw()) {
            for (int i = 0; i < body.length(); i++) out.write(body.charAt(i));
            return out.toByteArray();
        }
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.write(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n': break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'a': out.write(7); break;
                case 'b': out.write(8); break;
                case 'f': out.write(12); break;
                case 'n': out.write(10); break;
                case 'r': out.write(13); break;
                case 't': out.write(9); break;
                case 'v': out.write(11); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    int k = 1;
                    while (k < 3 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7') {
                        v = v * 8 + (body.charAt(++i) - '0');
                        k++;
                    }
                    out.write(v & 0xff);
                    break;
                }
                case 'x': {
                    int v = 0;
                    int k = 0;
                    while (k < 2 && i + 1 + k < n && Character.digit(body.charAt(i + 1 + k), 16) >= 0) {
                        v = v * 16 + Character.digit(body.charAt(i + 1 + k), 16);
                        k++;
                    }
                    if (k < 2) {
                        throw b.error("(value error) invalid \\x escape at position " + (i - 1), bodyPos(l));
                    }
                    out.write(v);
                    i += 2;
                    break;
                }
                default:
                    out.write('\\');
                    out.write(e);
            }
        }
        return out.toByteArray();
    }
}
