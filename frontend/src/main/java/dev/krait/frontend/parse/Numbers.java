package dev.krait.frontend.parse;

import dev.krait.frontend.ast.Expr;
import java.math.BigInteger;

/** Values of numeric literals: ints as BigInteger, floats as correctly rounded doubles, imaginaries. */
final class Numbers {
    private Numbers() {}

    static Object parse(String text) {
        String t = text.replace("_", "");
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') return new Expr.Imaginary(Double.parseDouble(t.substring(0, t.length() - 1)));
        String low = t.toLowerCase();
        if (low.startsWith("0x")) return new BigInteger(t.substring(2), 16);
        if (low.startsWith("0o")) return new BigInteger(t.substring(2), 8);
        if (low.startsWith("0b")) return new BigInteger(t.substring(2), 2);
        if (low.indexOf('.') >= 0 || low.indexOf('e') >= 0) return Double.parseDouble(t);
        return new BigInteger(t);
    }
}
