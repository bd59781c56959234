package dev.krait.frontend;

import dev.krait.frontend.ast.Module;
import dev.krait.frontend.parse.PythonParser;
import dev.krait.frontend.scope.ScopeAnalyzer;
import dev.krait.frontend.scope.SymbolTable;

/**
 * Entry points of the front end: source text to AST, AST to resolved scopes. Both throw {@link CompileError}
 * for invalid programs, never anything else.
 */
public final class Frontend {
    private Frontend() {}

    /** Parses a whole file's text (already decoded) into a module AST. */
    public static Module parse(String source, String fileName) {
        return PythonParser.parseModule(source, fileName);
    }

    /** Decodes source bytes honouring a PEP 263 coding declaration and a UTF-8 BOM, then parses them. */
    public static Module parse(byte[] source, String fileName) {
        return parse(SourceDecoder.decode(source, fileName), fileName);
    }

    /** Resolves every scope of a parsed module, raising CPython's compile-time SyntaxErrors. */
    public static SymbolTable analyze(Module module, String source) {
        return ScopeAnalyzer.analyze(module, source);
    }
}
