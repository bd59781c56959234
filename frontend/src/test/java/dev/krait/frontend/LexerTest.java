package dev.krait.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.krait.grammar.PythonLexer;
import dev.krait.grammar.PythonLexerBase;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** The logical token stream: NEWLINE, INDENT and DEDENT as CPython's tokenizer produces them. */
class LexerTest {
    /** Token names (or text for operators and names) of the default channel, joined by spaces. */
    static String tokens(String src) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(src));
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            switch (t.getType()) {
                case PythonLexer.NEWLINE: out.add("NL"); break;
                case PythonLexer.INDENT: out.add("IN"); break;
                case PythonLexer.DEDENT: out.add("DE"); break;
                default: out.add(t.getText());
            }
        }
        return String.join(" ", out);
    }

    @Test
    void indentation_blocksProduceIndentAndDedent() {
        assertEquals("if x : NL IN a NL DE b NL", tokens("if x:\n    a\nb\n"));
    }

    @Test
    void indentation_nestedBlocksCloseTogether() {
        assertEquals("if a : NL IN if b : NL IN c NL DE DE d NL", tokens("if a:\n  if b:\n    c\nd"));
    }

    @Test
    void newline_suppressedInsideBrackets() {
        assertEquals("x = ( 1 , 2 ) NL", tokens("x = (1,\n     2)\n"));
    }

    @Test
    void newline_blankAndCommentLinesIgnored() {
        assertEquals("a NL b NL", tokens("a\n\n   \n# comment\n    # indented comment\nb\n"));
    }

    @Test
    void backslashContinuationJoinsLines() {
        assertEquals("x = 1 + 2 NL", tokens("x = 1 + \\\n    2\n"));
    }

    @Test
    void tabs_countToNextMultipleOfEight() {
        assertEquals("if x : NL IN if y : NL IN z NL DE w NL DE", tokens("if x:\n\tif y:\n\t\tz\n\tw\n"));
    }

    @Test
    void eof_addsNewlineAndDedents() {
        assertEquals("def f ( ) : NL IN pass NL DE", tokens("def f():\n    pass"));
    }

    @Test
    void literals_allKindsAreSingleTokens() {
        assertEquals("0x_ff 0o17 0b1_0 1_000 1.5e-3 .5 10. 3j 1.5J NL", tokens("0x_ff 0o17 0b1_0 1_000 1.5e-3 .5 10. 3j 1.5J"));
        assertEquals("'a' \"b\" r'\\d' b'x' Rb'y' f'{z}' '''t\nq''' u'v' NL",
                tokens("'a' \"b\" r'\\d' b'x' Rb'y' f'{z}' '''t\nq''' u'v'"));
    }

    @Test
    void softKeywordsAreNames() {
        assertEquals("match = case + _ NL", tokens("match = case + _\n"));
    }

    @Test
    void inconsistentDedent_isIndentationError() {
        PythonLexerBase.LexError e = assertThrows(PythonLexerBase.LexError.class, () -> tokens("if x:\n    a\n  b\n"));
        assertEquals("IndentationError", e.kind);
        assertEquals("unindent does not match any outer indentation level", e.msg);
        assertEquals(3, e.line);
    }

    @Test
    void tabsMixedInconsistently_isTabError() {
        PythonLexerBase.LexError e = assertThrows(PythonLexerBase.LexError.class,
                () -> tokens("if x:\n        a\n\tb\n"));
        assertEquals("TabError", e.kind);
    }

    @Test
    void unclosedBracket_isReportedAtTheBracket() {
        PythonLexerBase.LexError e = assertThrows(PythonLexerBase.LexError.class, () -> tokens("x = [1,\n2\n"));
        assertEquals("'[' was never closed", e.msg);
        assertEquals(1, e.line);
        assertEquals(4, e.col);
    }

    @Test
    void unterminatedString_reportsDetectionLine() {
        PythonLexerBase.LexError e = assertThrows(PythonLexerBase.LexError.class, () -> tokens("a\nb = 'oops\n"));
        assertEquals("unterminated string literal (detected at line 2)", e.msg);
        PythonLexerBase.LexError t = assertThrows(PythonLexerBase.LexError.class, () -> tokens("x = '''abc\n\n"));
        assertEquals("unterminated triple-quoted string literal (detected at line 2)", t.msg);
    }

    @Test
    void invalidCharacter_namesTheCodePoint() {
        PythonLexerBase.LexError e = assertThrows(PythonLexerBase.LexError.class, () -> tokens("x = 1 € 2"));
        assertEquals("invalid character '€' (U+20AC)", e.msg);
    }
}
