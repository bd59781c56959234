package dev.krait.frontend.ast;

/** Binary operators, with the source symbol and the dunder names the runtime dispatches on. */
public enum Operator {
    ADD("+", "add"), SUB("-", "sub"), MULT("*", "mul"), MATMULT("@", "matmul"), DIV("/", "truediv"),
    MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"), RSHIFT(">>", "rshift"), BITOR("|", "or"),
    BITXOR("^", "xor"), BITAND("&", "and"), FLOORDIV("//", "floordiv");

    public final String symbol;
    /** Name stem: {@code __add__}, {@code __radd__}, {@code __iadd__}. */
    public final String stem;

    Operator(String symbol, String stem) {
        this.symbol = symbol;
        this.stem = stem;
    }
}
