package dev.krait.grammar;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.TokenStream;

/** Semantic predicates of the parser: soft keywords are NAME tokens with a given text. */
public abstract class PythonParserBase extends Parser {
    protected PythonParserBase(TokenStream input) {
        super(input);
    }

    protected boolean isSoftKeyword(String word) {
        return word.equals(getTokenStream().LT(1).getText());
    }
}
