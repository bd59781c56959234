package dev.krait.frontend.ast;

import java.util.List;

/** Expressions, one record per kind of CPython's {@code ast.expr}. Optional children are {@code null}. */
public sealed interface Expr extends Node {

    record BoolOp(Pos pos, BoolOperator op, List<Expr> values) implements Expr {}

    record NamedExpr(Pos pos, Name target, Expr value) implements Expr {}

    record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {}

    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {}

    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {}

    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}

    /** A dict display; a {@code null} key marks a {@code **value} unpacking. */
    record Dict(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

    record Set(Pos pos, List<Expr> elts) implements Expr {}

    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record Await(Pos pos, Expr value) implements Expr {}

    record Yield(Pos pos, Expr value) implements Expr {}

    record YieldFrom(Pos pos, Expr value) implements Expr {}

    record Compare(Pos pos, Expr left, List<CmpOperator> ops, List<Expr> comparators) implements Expr {}

    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    /** One {@code {...}} field of an f-string; conversion is -1, 's', 'r' or 'a'; formatSpec is a JoinedStr or null. */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {}

    record JoinedStr(Pos pos, List<Expr> values) implements Expr {}

    /**
     * A literal. The value is a {@link java.math.BigInteger} (int), {@link Double} (float), {@link Imaginary},
     * {@link String} (str, may hold lone surrogates), {@link Bytes}, {@link Boolean}, {@link #NONE} or
     * {@link #ELLIPSIS}.
     */
    record Constant(Pos pos, Object value) implements Expr {
        public static final Object NONE = new Object() {
            @Override
            public String toString() {
                return "None";
            }
        };
        public static final Object ELLIPSIS = new Object() {
            @Override
            public String toString() {
                return "Ellipsis";
            }
        };
    }

    record Attribute(Pos pos, Expr value, String attr, Ctx ctx) implements Expr {}

    record Subscript(Pos pos, Expr value, Expr slice, Ctx ctx) implements Expr {}

    record Starred(Pos pos, Expr value, Ctx ctx) implements Expr {}

    record Name(Pos pos, String id, Ctx ctx) implements Expr {}

    record List_(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}

    record Tuple(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}

    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}

    /** The imaginary part of an imaginary literal such as {@code 3j}. */
    record Imaginary(double value) {}

    /** Immutable bytes of a bytes literal. */
    record Bytes(byte[] value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && java.util.Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("b'");
            for (byte x : value) {
                int c = x & 0xff;
                if (c == '\\' || c == '\'') sb.append('\\').append((char) c);
                else if (c >= 32 && c < 127) sb.append((char) c);
                else sb.append(String.format("\\x%02x", c));
            }
            return sb.append('\'').toString();
        }
    }
}
