package dev.krait.runtime;

/** Rich comparison operators with their special methods and reflections. */
public enum CompareOp {
    LT("__lt__", "<"), LE("__le__", "<="), EQ("__eq__", "=="), NE("__ne__", "!="), GT("__gt__", ">"), GE("__ge__", ">=");

    public final String dunder;
    public final String symbol;

    CompareOp(String dunder, String symbol) {
        this.dunder = dunder;
        this.symbol = symbol;
    }

    /** The operator to try on the right operand: {@code a < b} is {@code b > a}. */
    public CompareOp reflected() {
        switch (this) {
            case LT: return GT;
            case LE: return GE;
            case GT: return LT;
            case GE: return LE;
            default: return this;
        }
    }

    /** Applies the operator to the sign of a three-way comparison. */
    public boolean test(int cmp) {
        switch (this) {
            case LT: return cmp < 0;
            case LE: return cmp <= 0;
            case EQ: return cmp == 0;
            case NE: return cmp != 0;
            case GT: return cmp > 0;
            default: return cmp >= 0;
        }
    }
}
