package dev.krait.frontend.ast;

/** Comparison operators. */
public enum CmpOperator {
    EQ("=="), NOT_EQ("!="), LT("<"), LT_E("<="), GT(">"), GT_E(">="), IS("is"), IS_NOT("is not"), IN("in"),
    NOT_IN("not in");

    public final String symbol;

    CmpOperator(String symbol) {
        this.symbol = symbol;
    }
}
