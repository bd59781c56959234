package dev.krait.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Formats exceptions exactly as CPython 3.11 prints an uncaught one (chained exceptions included). */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    private static final Map<String, List<String>> SOURCES = new HashMap<>();

    /** Lines of a source file, from the path or from a resource embedded by {@code krait compile}. */
    static synchronized List<String> sourceLines(String file) {
        return SOURCES.computeIfAbsent(file, f -> {
            try {
                Path p = Path.of(f);
                if (Files.isRegularFile(p)) return Files.readAllLines(p, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                // Fall through to the embedded copy.
            }
            try (var in = Importer.classLoader().getResourceAsStream("krait-src/" + f.replaceFirst("^/+", ""))) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().collect(java.util.stream.Collectors.toList());
                }
            } catch (IOException e) {
                // No source available: the traceback shows no source line, as CPython does.
            }
            return List.of();
        });
    }

    /** CPython's limits on how much of a tree of exception groups is drawn. */
    private static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

    public static String format(PyBaseException e) {
        return format(e, true);
    }

    /**
     * {@code suggestions} false leaves out the "Did you mean" hints, as 3.11's {@code traceback} module
     * does (only the interpreter's own printer gives them).
     */
    public static String format(PyBaseException e, boolean suggestions) {
        StringBuilder sb = new StringBuilder();
        write(sb, e, new Ctx(suggestions));
        return sb.toString();
    }

    /** State of one printing: exceptions already drawn, and where in a tree of exception groups we are. */
    private static final class Ctx {
        final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        final boolean suggestions;
        int depth;
        /** Whether the last member's box still needs its closing line (a nested group may have drawn it). */
        boolean needClose;

        Ctx(boolean suggestions) {
            this.suggestions = suggestions;
        }
    }

    /**
     * One exception with its chain; an exception group is drawn as CPython 3.11 draws it, each member in a
     * numbered box indented by two columns per level ({@code depth}).
     */
    private static void write(StringBuilder sb, PyBaseException e, Ctx ctx) {
        IdentityHashMap<Object, Boolean> seen = ctx.seen;
        seen.put(e, Boolean.TRUE);
        if (e.cause instanceof PyBaseException c && !seen.containsKey(c)) {
            write(sb, c, ctx);
            emit(sb, ctx.depth, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
        } else if (e.context instanceof PyBaseException c && !e.suppressContext && !seen.containsKey(c)) {
            write(sb, c, ctx);
            emit(sb, ctx.depth, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
        boolean group = e.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP);
        if (group && ctx.depth > MAX_GROUP_DEPTH) {
            emit(sb, ctx.depth, "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", '|');
            return;
        }
        boolean top = group && ctx.depth == 0;
        if (top) ctx.depth++;
        if (e.traceback != null) {
            emit(sb, ctx.depth, group ? "Exception Group Traceback (most recent call last):\n"
                    : "Traceback (most recent call last):\n", top ? '+' : '|');
            emit(sb, ctx.depth, formatEntries(e.traceback), '|');
        }
        String only = formatExceptionOnly(e);
        String hint = ctx.suggestions ? Suggestions.forException(e) : null;
        if (hint != null) {
            // The hint goes on the "Type: message" line, before any notes.
            int nl = only.indexOf('\n', only.lastIndexOf(e.type().qualname));
            only = only.substring(0, nl) + ". Did you mean: '" + hint + "'?" + only.substring(nl);
        }
        emit(sb, ctx.depth, only, '|');
        if (group) {
            PyObject[] members = ExceptionGroups.members(e);
            // CPython draws at most 15 members and says how many more there are.
            int n = Math.min(members.length, MAX_GROUP_WIDTH + 1);
            ctx.needClose = false;
            for (int i = 0; i < n; i++) {
                boolean last = i == n - 1;
                // A nested group's own closing line closes this box too, so it is drawn once.
                if (last) ctx.needClose = true;
                boolean truncated = i >= MAX_GROUP_WIDTH;
                sb.append(" ".repeat(2 * ctx.depth)).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                        .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
                ctx.depth++;
                if (truncated) {
                    int remaining = members.length - MAX_GROUP_WIDTH;
                    emit(sb, ctx.depth, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", '|');
                } else if (members[i] instanceof PyBaseException m) {
                    write(sb, m, ctx);
                }
                if (last && ctx.needClose) {
                    sb.append(" ".repeat(2 * ctx.depth)).append("+------------------------------------\n");
                    ctx.needClose = false;
                }
                ctx.depth--;
            }
            if (top) ctx.depth = 0;
        }
    }

    /** Text inside an exception group's box: every line prefixed with the margin at this depth. */
    private static void emit(StringBuilder sb, int depth, String text, char margin) {
        if (depth == 0) {
            sb.append(text);
            return;
        }
        String prefix = " ".repeat(2 * depth) + margin + " ";
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i == lines.length - 1 && lines[i].isEmpty()) break;
            sb.append(prefix).append(lines[i]).append('\n');
        }
    }

    /** CPython prints a frame repeated more than three times in a row once with a count. */
    /**
     * PEP 657's markers under the failing operation: ^ under it, or ~ under the operands and ^ under the
     * operator or subscript; left out when the operation is the whole line.
     */
    private static void carets(StringBuilder sb, String raw, String stripped, Traceback t) {
        if (t.col < 0 || t.endCol < 0 || t.endLine < t.line) return;
        int len = raw.codePointCount(0, raw.length());
        int start = t.col;
        int end = t.endLine == t.line ? t.endCol : raw.stripTrailing().codePointCount(0, raw.stripTrailing().length());
        if (start >= len || end <= start) return;
        end = Math.min(end, len);
        boolean anchors = t.endLine == t.line && t.leftAnchor >= 0 && t.rightAnchor > t.leftAnchor;
        int strippedLen = stripped.codePointCount(0, stripped.length());
        if (end - start >= strippedLen && !anchors) return;
        int indent = len - raw.stripLeading().codePointCount(0, raw.stripLeading().length());
        sb.append("    ").append(" ".repeat(Math.max(0, start - indent)));
        for (int i = 0; i < end - start; i++) {
            sb.append(!anchors ? '^' : i < t.leftAnchor ? '~' : i < t.rightAnchor ? '^' : '~');
        }
        sb.append('\n');
    }

    private static void flushRepeats(StringBuilder sb, int repeats) {
        if (repeats > 2) {
            int more = repeats - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
        }
    }

    /** The "File ..., line N, in f" entries of a traceback, source lines and carets included. */
    public static String formatEntries(Traceback first) {
        StringBuilder sb = new StringBuilder();
        Traceback last = null;
        int repeats = 0;
        for (Traceback t = first; t != null; t = t.next) {
            if (last != null && last.file.equals(t.file) && last.line == t.line && last.function.equals(t.function)) {
                repeats++;
            } else {
                flushRepeats(sb, repeats);
                repeats = 0;
            }
            last = t;
            if (repeats >= 3) continue;
            sb.append("  File \"").append(t.file).append("\", line ").append(t.line).append(", in ")
                    .append(t.function).append('\n');
            List<String> lines = sourceLines(t.file);
            if (t.line >= 1 && t.line <= lines.size()) {
                String raw = lines.get(t.line - 1);
                String src = raw.strip();
                if (!src.isEmpty()) {
                    sb.append("    ").append(src).append('\n');
                    carets(sb, raw, src, t);
                }
            }
        }
        flushRepeats(sb, repeats);
        return sb.toString();
    }

    /** The last line(s): {@code Type: message} plus notes. */
    public static String formatExceptionOnly(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        PyType t = e.type();
        String name = t.qualname;
        String mod = t.module;
        if (!t.isBuiltin() && mod != null && !mod.equals("__main__") && !mod.equals("builtins")) name = mod + "." + name;
        else if (t.isBuiltin() && mod != null && !mod.equals("builtins")) name = mod + "." + name;
        if (t.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR) && e.attr("lineno") != PyNone.NONE) {
            sb.append(syntaxErrorLines(e));
        }
        String msg;
        try {
            msg = t.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR) && e.attr("msg") != PyNone.NONE ? e.attr("msg").str() : e.str();
        } catch (PyException x) {
            msg = "<exception str() failed>";
        }
        sb.append(name);
        if (!msg.isEmpty()) sb.append(": ").append(msg);
        sb.append('\n');
        PyObject notes = e.dict == null ? null : e.dict.getStr("__notes__");
        if (notes instanceof PyList l) {
            for (int i = 0; i < l.size; i++) sb.append(l.items[i].str()).append('\n');
        }
        return sb.toString();
    }

    private static String syntaxErrorLines(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        PyObject file = e.attr("filename");
        sb.append("  File \"").append(file == PyNone.NONE ? "<string>" : file.str()).append("\", line ")
                .append(e.attr("lineno").str()).append('\n');
        PyObject text = e.attr("text");
        if (text instanceof PyStr ts) {
            String raw = ts.value().replaceAll("[\r\n]+$", "");
            int strip = 0;
            while (strip < raw.length() && (raw.charAt(strip) == ' ' || raw.charAt(strip) == '\t' || raw.charAt(strip) == '\f')) strip++;
            sb.append("    ").append(raw.substring(strip)).append('\n');
            PyObject off = e.attr("offset");
            if (off instanceof PyInt o && o.signum() > 0) {
                long start = o.v - 1 - strip;
                PyObject endOff = e.attr("end_offset");
                long end = endOff instanceof PyInt eo && eo.v > o.v && e.attr("end_lineno").equalsPy(e.attr("lineno"))
                        ? eo.v - 1 - strip : start + 1;
                // As CPython's printer: no caret into the stripped indentation, none past the end of the text.
                int shown = raw.length() - strip;
                if (start > shown) start = shown;
                if (start >= 0) sb.append("    ").append(" ".repeat((int) start)).append("^".repeat((int) Math.max(1, end - start))).append('\n');
            }
        }
        return sb.toString();
    }

    /** Writes an uncaught exception's report to sys.stderr. */
    public static void printUncaught(PyBaseException e) {
        String text = format(e);
        PyObject err = Sys.stderr();
        try {
            if (err instanceof StdStream s) {
                s.write(text);
                s.flush();
            } else if (err != PyNone.NONE) {
                err.getAttr("write").call1(PyStr.of(text));
            }
        } catch (PyException x) {
            System.err.print(text);
        }
    }

}
