package dev.krait.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.krait.frontend.ast.AstDump;
import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Stmt;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Values of literals: numbers, escapes, prefixes, concatenation and f-string structure. */
class LiteralsTest {
    static Expr expr(String src) {
        Stmt s = Frontend.parse(src + "\n", "t.py").body().get(0);
        return ((Stmt.ExprStmt) s).value();
    }

    static Object value(String src) {
        return ((Expr.Constant) expr(src)).value();
    }

    @Test
    void integers_everyBaseWithUnderscores() {
        assertEquals(new BigInteger("255"), value("0xFF"));
        assertEquals(new BigInteger("15"), value("0o17"));
        assertEquals(new BigInteger("10"), value("0b1_010"));
        assertEquals(new BigInteger("1000000"), value("1_000_000"));
        assertEquals(new BigInteger("123456789012345678901234567890"), value("123456789012345678901234567890"));
    }

    @Test
    void floats_andImaginary() {
        assertEquals(0.001, value("1e-3"));
        assertEquals(0.5, value(".5"));
        assertEquals(new Expr.Imaginary(2.5), value("2.5j"));
        assertEquals(0.1, value("0.1"));
    }

    @Test
    void strings_escapesAndRaw() {
        assertEquals("a\nb\t\\'\"\u0007\u0000A", value("'a\\nb\\t\\\\\\'\\\"\\a\\0\\x41'"));
        assertEquals("\u00e9\u20ac\ud83d\ude00", value("'\\u00e9\\N{EURO SIGN}\\U0001F600'"));
        assertEquals("\\d\\n", value("r'\\d\\n'"));
        assertEquals("\\q", value("'\\q'"));
        assertEquals("line1\nline2", value("'''line1\nline2'''"));
    }

    @Test
    void implicitConcatenation() {
        assertEquals("abc", value("'a' \"b\" '''c'''"));
    }

    @Test
    void bytes_literals() {
        assertEquals(new Expr.Bytes(new byte[] {'a', 0, (byte) 0xff}), value("b'a\\x00\\xff'"));
        assertEquals(new Expr.Bytes(new byte[] {'\\', 'n'}), value("rb'\\n'"));
    }

    @Test
    void fstrings_fieldsConversionsSpecsAndDebug() {
        Expr e = expr("f'x{a!r:>{w}} {b=}'");
        assertInstanceOf(Expr.JoinedStr.class, e);
        String dump = AstDump.dump(e);
        assertEquals(true, dump.contains("conversion=114"), dump);
        assertEquals(true, dump.contains("id='w'"), dump);
        assertEquals(true, dump.contains("value=' b='"), dump);
    }

    @Test
    void fstrings_fieldPositionsPointIntoTheSource() {
        Expr.JoinedStr j = (Expr.JoinedStr) expr("x = 1\nf'ab{name}'".substring(6));
        Expr.FormattedValue fv = (Expr.FormattedValue) j.values().get(1);
        Expr.Name n = (Expr.Name) fv.value();
        assertEquals(1, n.pos().line());
        assertEquals(5, n.pos().col());
    }
}
