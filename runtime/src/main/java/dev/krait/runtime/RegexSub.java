package dev.krait.runtime;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

/**
 * {@code Pattern.subn}'s loop in Java: the replacement is a callable (given a Match per substitution) or a
 * template parsed by re.py (literals and group numbers), and the result is built in one StringBuilder.
 */
final class RegexSub {
    private RegexSub() {}

    /** (new string, number of substitutions); count 0 means all, a negative count none (as CPython's loop). */
    static PyObject subn(RegexModule.Compiled c, PyObject pattern, PyObject s, PyObject fn, PyObject template, int count) {
        RegexMatch.Subject sub = RegexModule.subject(c, s);
        String text = sub.text;
        Template t = template == PyNone.NONE ? null : new Template(template, sub.bytes != null);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        RegexSearch search = new RegexModule.Window(sub, 0, PyNone.NONE).search(c, sub);
        Matcher m = search.m;
        int last = 0;
        int n = 0;
        // CPython joins a list of the pieces; its TypeError for a bad replacement gives the piece's index.
        int pieces = 0;
        int end = sub.cp.length;
        while ((count == 0 || n < count) && search.find()) {
            int st = m.start();
            if (st > last) {
                copy(sb, text, last, st);
                pieces++;
            }
            if (t != null) {
                t.apply(m, text, sb);
            } else {
                PyObject r = fn.call1(new RegexMatch(pattern, c, sub, 0, end, m));
                if (r != PyNone.NONE) {
                    append(sb, r, sub.bytes != null, pieces);
                    pieces++;
                }
            }
            last = m.end();
            n++;
        }
        copy(sb, text, last, text.length());
        String out = sb.toString();
        PyObject result = sub.bytes != null ? new PyBytes(out.getBytes(StandardCharsets.ISO_8859_1)) : PyStr.of(out);
        return PyTuple.of(result, PyInt.of(n));
    }

    /** text[from:to] onto sb: Java 17's append(CharSequence, int, int) copies char by char, a substring in bulk. */
    static void copy(StringBuilder sb, String text, int from, int to) {
        sb.append(text.substring(from, to));
    }

    private static void append(StringBuilder sb, PyObject r, boolean bytes, int index) {
        if (!bytes) {
            if (!(r instanceof PyStr ps)) {
                throw Errors.typeError("sequence item " + index + ": expected str instance, " + r.type().name + " found");
            }
            sb.append(ps.value());
        } else {
            if (!(r instanceof PyBytes || r instanceof PyByteArray || r instanceof PyMemoryView)) {
                throw Errors.typeError("sequence item " + index + ": expected a bytes-like object, " + r.type().name + " found");
            }
            sb.append(new String(PyBytes.bytesOf(r), StandardCharsets.ISO_8859_1));
        }
    }

    /** A replacement template: literal text, and group numbers whose text (or nothing) goes between. */
    private static final class Template {
        final String[] literals;
        final int[] groups;

        Template(PyObject items, boolean bytes) {
            PyObject[] a = Protocol.toArray(items);
            literals = new String[a.length];
            groups = new int[a.length];
            for (int i = 0; i < a.length; i++) {
                if (a[i] instanceof PyStr ps) {
                    literals[i] = ps.value();
                    groups[i] = -1;
                } else if (a[i] instanceof PyBytes b) {
                    literals[i] = new String(b.value, StandardCharsets.ISO_8859_1);
                    groups[i] = -1;
                } else {
                    groups[i] = (int) Protocol.index(a[i]);
                }
            }
        }

        void apply(Matcher m, String text, StringBuilder sb) {
            for (int i = 0; i < groups.length; i++) {
                int g = groups[i];
                if (g < 0) {
                    sb.append(literals[i]);
                } else if (g <= m.groupCount() && m.start(g) >= 0) {
                    copy(sb, text, m.start(g), m.end(g));
                }
            }
        }
    }
}
