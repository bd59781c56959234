package dev.krait.frontend.ast;

import java.lang.reflect.RecordComponent;
import java.util.List;

/** A readable, indented dump of an AST in the style of CPython's {@code ast.dump(indent=2)}. */
public final class AstDump {
    private AstDump() {}

    public static String dump(Object node) {
        StringBuilder sb = new StringBuilder();
        write(sb, node, 0);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v, int depth) {
        if (v == null) {
            sb.append("None");
        } else if (v instanceof List<?> list) {
            if (list.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                indent(sb, depth + 1);
                write(sb, list.get(i), depth + 1);
                sb.append(i + 1 < list.size() ? ",\n" : "]");
            }
        } else if (v instanceof String s) {
            sb.append(pyRepr(s));
        } else if (v instanceof Pos) {
            sb.append(v);
        } else if (v instanceof Enum<?> e) {
            sb.append(e.name());
        } else if (v instanceof Record r && !(v instanceof Expr.Bytes) && !(v instanceof Expr.Imaginary)) {
            writeRecord(sb, r, depth);
        } else if (v instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (v instanceof Expr.Imaginary im) {
            sb.append(im.value()).append('j');
        } else {
            sb.append(v);
        }
    }

    private static void writeRecord(StringBuilder sb, Record r, int depth) {
        String name = r.getClass().getSimpleName();
        if (name.endsWith("_")) name = name.substring(0, name.length() - 1);
        sb.append(name).append('(');
        RecordComponent[] comps = r.getClass().getRecordComponents();
        boolean first = true;
        for (RecordComponent c : comps) {
            if (c.getName().equals("pos")) continue;
            Object val;
            try {
                val = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            sb.append(first ? "\n" : ",\n");
            first = false;
            indent(sb, depth + 1);
            sb.append(c.getName()).append('=');
            write(sb, val, depth + 1);
        }
        sb.append(')');
        if (r instanceof Node n && n.pos() != null && n.pos() != Pos.NONE) {
            Pos p = n.pos();
            sb.append(" @").append(p.line()).append(':').append(p.col()).append('-').append(p.endLine()).append(':')
                    .append(p.endCol());
        }
    }

    private static void indent(StringBuilder sb, int depth) {
        sb.append("  ".repeat(depth));
    }

    private static String pyRepr(String s) {
        StringBuilder sb = new StringBuilder("'");
        s.codePoints().forEach(c -> {
            if (c == '\'' || c == '\\') sb.append('\\').appendCodePoint(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\t') sb.append("\\t");
            else if (c == '\r') sb.append("\\r");
            else if (c < 32 || c == 127) sb.append(String.format("\\x%02x", c));
            else sb.appendCodePoint(c);
        });
        return sb.append('\'').toString();
    }
}
