package dev.krait.frontend.parse;

import dev.krait.frontend.CompileError;
import dev.krait.frontend.SourceLines;
import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Module;
import dev.krait.frontend.ast.Stmt;
import dev.krait.grammar.PythonLexer;
import dev.krait.grammar.PythonLexerBase;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Source text to AST: the ANTLR lexer and parser (SLL prediction first, full LL only when SLL fails), then the
 * AST builder. Every error comes out as a {@link CompileError} with CPython's wording where we know it.
 */
public final class PythonParser {
    private PythonParser() {}

    public static Module parseModule(String source, String fileName) {
        SourceLines lines = new SourceLines(fileName, source);
        dev.krait.grammar.PythonParser.File_inputContext tree = parse(source, lines, 1, 0,
                dev.krait.grammar.PythonParser::file_input);
        AstBuilder b = new AstBuilder(lines, exprParser(lines));
        try {
            return new Module(fileName, b.fileInput(tree));
        } catch (PythonLexerBase.LexError e) {
            throw toCompileError(e, lines);
        }
    }

    /** Parses source for eval(): a single expression (as CPython's "eval" mode), as a one-statement module. */
    public static Module parseExpression(String source, String fileName) {
        SourceLines lines = new SourceLines(fileName, source);
        dev.krait.grammar.PythonParser.Eval_inputContext tree = parse(source, lines, 1, 0,
                dev.krait.grammar.PythonParser::eval_input);
        AstBuilder b = new AstBuilder(lines, exprParser(lines));
        Expr e = b.testlist(tree.testlist());
        return new Module(fileName, List.of(new Stmt.ExprStmt(e.pos(), e)));
    }

    private static FStrings.ExprParser exprParser(SourceLines lines) {
        return (text, line, col) -> {
            String wrapped = "(" + text + ")";
            dev.krait.grammar.PythonParser.AtomContext atom = parse(wrapped, lines, line, Math.max(0, col - 1),
                    p -> {
                        dev.krait.grammar.PythonParser.AtomContext a = p.atom();
                        if (p.getTokenStream().LA(1) != org.antlr.v4.runtime.Token.EOF
                                && p.getTokenStream().LA(1) != PythonLexer.NEWLINE) {
                            throw new CompileError("SyntaxError", "f-string: invalid syntax", lines.fileName(), line,
                                    col + 1, line, 0, lines.line(line));
                        }
                        return a;
                    });
            AstBuilder b = new AstBuilder(lines, exprParser(lines));
            Expr e = b.atom(atom);
            if (e instanceof Expr.Starred) throw lines.error("f-string: can't use starred expression here", e.pos());
            return e;
        };
    }

    /** Lexes and parses with the given start rule: SLL with bail-out first, then full LL with error reporting. */
    private static <T extends ParserRuleContext> T parse(String source, SourceLines lines, int line, int col,
                                                         Function<dev.krait.grammar.PythonParser, T> rule) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(source, lines.fileName()));
        lexer.removeErrorListeners();
        lexer.setLine(line);
        lexer.setCharPositionInLine(col);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        dev.krait.grammar.PythonParser parser = new dev.krait.grammar.PythonParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(new SyntaxErrors(lines, parser));
            try {
                return rule.apply(parser);
            } catch (PythonLexerBase.LexError e) {
                throw toCompileError(e, lines);
            }
        } catch (PythonLexerBase.LexError e) {
            throw toCompileError(e, lines);
        }
    }

    static CompileError toCompileError(PythonLexerBase.LexError e, SourceLines lines) {
        // CPython's tokenizer errors mark one column (end_offset == offset), but a bad unindent has -1 and a
        // TabError or a stray continuation character 0.
        int end = e.kind.equals("TabError") || e.msg.startsWith("unexpected character after line continuation")
                || e.msg.endsWith("was never closed") ? 0
                : e.msg.startsWith("unindent") ? -1 : e.msg.startsWith("leading zeros") ? e.col + 2 : e.col + 1;
        return new CompileError(e.kind, e.msg, lines.fileName(), e.line, e.col + 1, e.line, end, lines.line(e.line));
    }
}
