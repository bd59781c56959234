package dev.krait.frontend.ast;

/** Unary operators. */
public enum UnaryOperator {
    INVERT("~"), NOT("not"), UADD("+"), USUB("-");

    public final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }
}
