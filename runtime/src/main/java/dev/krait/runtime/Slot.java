package dev.krait.runtime;

/** A binary operator: its special method names and how its errors name it. */
public enum Slot {
    ADD("__add__", "__radd__", "__iadd__", "+"),
    SUB("__sub__", "__rsub__", "__isub__", "-"),
    MUL("__mul__", "__rmul__", "__imul__", "*"),
    TRUEDIV("__truediv__", "__rtruediv__", "__itruediv__", "/"),
    FLOORDIV("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
    MOD("__mod__", "__rmod__", "__imod__", "%"),
    POW("__pow__", "__rpow__", "__ipow__", "** or pow()"),
    MATMUL("__matmul__", "__rmatmul__", "__imatmul__", "@"),
    LSHIFT("__lshift__", "__rlshift__", "__ilshift__", "<<"),
    RSHIFT("__rshift__", "__rrshift__", "__irshift__", ">>"),
    AND("__and__", "__rand__", "__iand__", "&"),
    OR("__or__", "__ror__", "__ior__", "|"),
    XOR("__xor__", "__rxor__", "__ixor__", "^"),
    DIVMOD("__divmod__", "__rdivmod__", null, "divmod()");

    public final String name;
    public final String rname;
    public final String iname;
    public final String symbol;

    Slot(String name, String rname, String iname, String symbol) {
        this.name = name;
        this.rname = rname;
        this.iname = iname;
        this.symbol = symbol;
    }

    /** The symbol in an in-place operation's error message, e.g. {@code +=} or {@code **=}. */
    public String inplaceSymbol() {
        return this == POW ? "**=" : symbol + "=";
    }
}
