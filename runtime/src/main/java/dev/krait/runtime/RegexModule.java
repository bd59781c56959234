package dev.krait.runtime;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code _kre}: compiles Python regular expressions to java.util.regex patterns and runs them, reporting spans
 * in code points. The re module (Python, in the library) builds Pattern and Match objects on it.
 */
final class RegexModule {
    private RegexModule() {}

    static final int IGNORECASE = 2;
    static final int LOCALE = 4;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int ASCII = 256;

    /** A compiled pattern: the Java pattern, the number of groups and the group names. */
    static final class Compiled extends PyObject {
        static final PyType TYPE = new PyType("_kre_pattern", PyType.OBJECT, Compiled.class, t -> {});
        final Pattern pattern;
        final int groups;
        final PyDict groupIndex;

        Compiled(Pattern pattern, int groups, PyDict groupIndex) {
            this.pattern = pattern;
            this.groups = groups;
            this.groupIndex = groupIndex;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    static PyModule create() {
        ModuleDef d = new ModuleDef("_kre");
        d.fn("compile", (p, f) -> compile(p, (int) Protocol.index(f)));
        d.fn("groups", c -> PyInt.of(((Compiled) c).groups));
        d.fn("groupindex", c -> ((Compiled) c).groupIndex);
        d.fnv("match", (a, k) -> match((Compiled) a[0], a[1], (int) Protocol.index(a[2]), (int) Protocol.index(a[3]),
                (int) Protocol.index(a[4])));
        d.fnv("all", (a, k) -> all((Compiled) a[0], a[1], (int) Protocol.index(a[2]), (int) Protocol.index(a[3]),
                (int) Protocol.index(a[4])));
        d.fnv("findall", (a, k) -> findall((Compiled) a[0], a[1], (int) Protocol.index(a[2]), (int) Protocol.index(a[3])));
        d.fnv("sub_literal", (a, k) -> subLiteral((Compiled) a[0], a[1], a[2], (int) Protocol.index(a[3])));
        return d.module;
    }

    /** A matcher over string[pos:endpos] (code point offsets) with Python's bounds, or null when empty. */
    private static Matcher matcher(Compiled c, String str, CodePoints cp, int pos, int endpos) {
        int from = cp.toChar(Math.max(0, Math.min(pos, cp.length)));
        int to = cp.toChar(Math.max(0, Math.min(endpos, cp.length)));
        if (to < from) return null;
        Matcher m = c.pattern.matcher(str);
        m.region(from, to);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    private static PyObject piece(String x, boolean bytes) {
        if (x == null) x = "";
        return bytes ? new PyBytes(x.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : PyStr.of(x);
    }

    /** Pattern.findall without Match objects: the whole matches, the one group, or tuples of the groups. */
    static PyObject findall(Compiled c, PyObject s, int pos, int endpos) {
        String str = text(s);
        boolean bytes = !(s instanceof PyStr);
        PyList out = new PyList();
        Matcher m = matcher(c, str, new CodePoints(str), pos, endpos);
        if (m == null) return out;
        int n = c.groups;
        while (m.find()) {
            if (n == 0) {
                out.append(piece(m.group(), bytes));
            } else if (n == 1) {
                out.append(piece(m.groupCount() >= 1 ? m.group(1) : null, bytes));
            } else {
                PyObject[] t = new PyObject[n];
                for (int g = 1; g <= n; g++) t[g - 1] = piece(g <= m.groupCount() ? m.group(g) : null, bytes);
                out.append(PyTuple.of(t));
            }
        }
        return out;
    }

    /** Pattern.subn with a replacement that has no group references: (new string, number of substitutions). */
    static PyObject subLiteral(Compiled c, PyObject s, PyObject literal, int count) {
        String str = text(s);
        boolean bytes = !(s instanceof PyStr);
        String rep = text(literal);
        Matcher m = matcher(c, str, new CodePoints(str), 0, Integer.MAX_VALUE);
        StringBuilder sb = new StringBuilder(str.length());
        int last = 0;
        int n = 0;
        while ((count <= 0 || n < count) && m.find()) {
            sb.append(str, last, m.start()).append(rep);
            last = m.end();
            n++;
        }
        sb.append(str, last, str.length());
        return PyTuple.of(piece(sb.toString(), bytes), PyInt.of(n));
    }

    private static String text(PyObject s) {
        if (s instanceof PyStr ps) return ps.value;
        if (s instanceof PyBytes || s instanceof PyByteArray) {
            return new String(PyBytes.bytesOf(s), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        throw Errors.typeError("expected string or bytes-like object, got '" + s.type().name + "'");
    }

    static PyObject compile(PyObject pattern, int flags) {
        boolean bytes = !(pattern instanceof PyStr);
        String src = text(pattern);
        Translator t = new Translator(src, (flags & VERBOSE) != 0);
        String java = t.translate();
        int jf = Pattern.UNIX_LINES;
        if ((flags & IGNORECASE) != 0) jf |= Pattern.CASE_INSENSITIVE | (bytes ? 0 : Pattern.UNICODE_CASE);
        if ((flags & MULTILINE) != 0) jf |= Pattern.MULTILINE;
        if ((flags & DOTALL) != 0) jf |= Pattern.DOTALL;
        if (!bytes && (flags & ASCII) == 0 && !t.asciiInline) jf |= Pattern.UNICODE_CHARACTER_CLASS;
        try {
            Pattern p = Pattern.compile(java, jf);
            PyDict names = new PyDict();
            for (java.util.Map.Entry<String, Integer> e : t.names.entrySet()) names.setStr(e.getKey(), PyInt.of(e.getValue()));
            return new Compiled(p, t.groups, names);
        } catch (PatternSyntaxException e) {
            String msg = syntaxMessage(src);
            throw error(msg != null ? msg : e.getDescription() + " at position " + Math.max(0, e.getIndex()));
        }
    }

    /** CPython's message for the bracket and repeat errors Java reports in its own words (and positions), or null. */
    private static String syntaxMessage(String src) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int j = i + 1;
                if (j < src.length() && src.charAt(j) == '^') j++;
                if (j < src.length() && src.charAt(j) == ']') j++;
                while (j < src.length() && src.charAt(j) != ']') j += src.charAt(j) == '\\' ? 2 : 1;
                if (j >= src.length()) return "unterminated character set at position " + i;
                i = j;
            } else if (c == '(') {
                open.push(i);
            } else if (c == ')') {
                if (open.isEmpty()) return "unbalanced parenthesis at position " + i;
                open.pop();
            } else if (c == '*' || c == '+' || c == '?') {
                char prev = i == 0 ? '(' : src.charAt(i - 1);
                boolean escaped = i >= 2 && src.charAt(i - 2) == '\\';
                if (c == '?' && prev == '(') continue;
                if (prev == '(' || prev == '|') return "nothing to repeat at position " + i;
                if ((prev == '*' || prev == '+') && !escaped && c != '?') return "multiple repeat at position " + i;
            }
        }
        return open.isEmpty() ? null : "missing ), unterminated subpattern at position " + open.peek();
    }

    static PyException error(String msg) {
        PyObject re = Sys.MODULES.getStr("re");
        PyObject err = re == null ? null : re.lookupAttr("error");
        if (err instanceof PyType et) return Errors.make(et, msg);
        return Errors.make(ExceptionTypes.VALUE_ERROR, msg);
    }

    /** One match: mode 0 searches, 1 matches at pos, 2 must match all of [pos, endpos); spans or None. */
    static PyObject match(Compiled c, PyObject s, int pos, int endpos, int mode) {
        String str = text(s);
        CodePoints cp = new CodePoints(str);
        Matcher m = c.pattern.matcher(str);
        int from = cp.toChar(Math.max(0, Math.min(pos, cp.length)));
        int to = cp.toChar(Math.max(0, Math.min(endpos, cp.length)));
        if (to < from) return PyNone.NONE;
        m.region(from, to);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        boolean ok = mode == 0 ? m.find() : mode == 1 ? m.lookingAt() : m.matches();
        return ok ? spans(m, c.groups, cp) : PyNone.NONE;
    }

    /** Every match from pos (as finditer sees them), each as its spans. */
    static PyObject all(Compiled c, PyObject s, int pos, int endpos, int limit) {
        String str = text(s);
        CodePoints cp = new CodePoints(str);
        Matcher m = c.pattern.matcher(str);
        int from = cp.toChar(Math.max(0, Math.min(pos, cp.length)));
        int to = cp.toChar(Math.max(0, Math.min(endpos, cp.length)));
        PyList out = new PyList();
        if (to < from) return out;
        m.region(from, to);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        while ((limit <= 0 || out.size < limit) && m.find()) out.append(spans(m, c.groups, cp));
        return out;
    }

    private static PyObject spans(Matcher m, int groups, CodePoints cp) {
        PyObject[] r = new PyObject[2 * (groups + 1)];
        for (int g = 0; g <= groups; g++) {
            int st = g <= m.groupCount() ? m.start(g) : -1;
            r[2 * g] = PyInt.of(st < 0 ? -1 : cp.toCodePoint(st));
            r[2 * g + 1] = PyInt.of(st < 0 ? -1 : cp.toCodePoint(m.end(g)));
        }
        return PyTuple.of(r);
    }

    /** Converts between char and code point offsets (identity when the string has no surrogate pairs). */
    static final class CodePoints {
        final String s;
        final boolean bmp;
        final int length;

        CodePoints(String s) {
            this.s = s;
            boolean b = true;
            for (int i = 0; i < s.length() && b; i++) if (Character.isSurrogate(s.charAt(i))) b = false;
            this.bmp = b;
            this.length = b ? s.length() : s.codePointCount(0, s.length());
        }

        int toChar(int cpIndex) {
            return bmp ? cpIndex : s.offsetByCodePoints(0, cpIndex);
        }

        int toCodePoint(int charIndex) {
            return bmp ? charIndex : s.codePointCount(0, charIndex);
        }
    }

    /** Rewrites Python's syntax where java.util.regex differs. */
    static final class Translator {
        private final String src;
        private final boolean verbose;
        private final StringBuilder out = new StringBuilder();
        final java.util.LinkedHashMap<String, Integer> names = new java.util.LinkedHashMap<>();
        int groups;
        boolean asciiInline;
        private int i;

        Translator(String src, boolean verbose) {
            this.src = src;
            this.verbose = verbose;
        }

        String translate() {
            boolean verboseNow = verbose;
            while (i < src.length()) {
                char c = src.charAt(i);
                if (verboseNow && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b)) {
                    i++;
                } else if (verboseNow && c == '#') {
                    while (i < src.length() && src.charAt(i) != '\n') i++;
                } else if (c == '\\') {
                    escape(false);
                } else if (c == '[') {
                    charClass();
                } else if (c == '(') {
                    group();
                    if (flagVerbose) {
                        verboseNow = true;
                        flagVerbose = false;
                    }
                } else if (c == '{') {
                    brace();
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        private boolean flagVerbose;

        private void group() {
            if (src.startsWith("(?P<", i)) {
                int end = src.indexOf('>', i);
                if (end < 0) throw error("missing >, unterminated name at position " + (i + 4));
                String name = src.substring(i + 4, end);
                if (!isIdentifier(name)) throw error("bad character in group name '" + name + "' at position " + (i + 4));
                if (names.containsKey(name)) {
                    throw error("redefinition of group name '" + name + "' as group " + (groups + 1)
                            + "; was group " + names.get(name) + " at position " + (i + 4));
                }
                groups++;
                names.put(name, groups);
                out.append('(');
                i = end + 1;
            } else if (src.startsWith("(?P=", i)) {
                int end = src.indexOf(')', i);
                if (end < 0) throw error("missing ), unterminated name at position " + (i + 4));
                String name = src.substring(i + 4, end);
                Integer g = names.get(name);
                if (g == null) throw error("unknown group name '" + name + "' at position " + (i + 4));
                out.append("(?:\\").append(g).append(')');
                i = end + 1;
            } else if (src.startsWith("(?#", i)) {
                int end = src.indexOf(')', i);
                if (end < 0) throw error("missing ), unterminated comment at position " + i);
                i = end + 1;
            } else if (src.startsWith("(?", i) && i + 2 < src.length() && "aiLmsux-".indexOf(src.charAt(i + 2)) >= 0) {
                int j = i + 2;
                StringBuilder fl = new StringBuilder();
                while (j < src.length() && "aiLmsux-".indexOf(src.charAt(j)) >= 0) {
                    char f = src.charAt(j);
                    if (f == 'a') asciiInline = true;
                    else if (f == 'x') flagVerbose = true;
                    else if (f != 'L' && f != 'u') fl.append(f);
                    j++;
                }
                String flags = fl.toString();
                if (flags.equals("-") || flags.isEmpty()) flags = "";
                if (j < src.length() && src.charAt(j) == ')') {
                    if (!flags.isEmpty()) out.append("(?").append(flags).append(')');
                    i = j + 1;
                } else {
                    out.append("(?").append(flags).append(':');
                    i = j + 1;
                }
            } else if (src.startsWith("(?", i)) {
                out.append("(?");
                i += 2;
            } else {
                groups++;
                out.append('(');
                i++;
            }
        }

        private static boolean isIdentifier(String s) {
            if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0)) || s.charAt(0) == '$') return false;
            for (int k = 1; k < s.length(); k++) if (!Character.isJavaIdentifierPart(s.charAt(k))) return false;
            return true;
        }

        /** A brace that does not start a {m,n} quantifier is a literal in Python. */
        private void brace() {
            int j = i + 1;
            while (j < src.length() && Character.isDigit(src.charAt(j))) j++;
            boolean digits = j > i + 1;
            if (j < src.length() && src.charAt(j) == ',') {
                j++;
                int k = j;
                while (j < src.length() && Character.isDigit(src.charAt(j))) j++;
                digits = digits || j > k;
            }
            if (digits && j < src.length() && src.charAt(j) == '}') {
                String q = src.substring(i, j + 1);
                if (q.startsWith("{,")) q = "{0" + q.substring(1);
                out.append(q);
                i = j + 1;
            } else {
                out.append("\\{");
                i++;
            }
        }

        private void charClass() {
            int start = i;
            out.append('[');
            i++;
            if (i < src.length() && src.charAt(i) == '^') {
                out.append('^');
                i++;
            }
            boolean first = true;
            while (i < src.length()) {
                char c = src.charAt(i);
                if (c == ']' && !first) {
                    out.append(']');
                    i++;
                    return;
                }
                if (c == '\\') {
                    escape(true);
                } else if (c == '[' || c == '&' || (c == ']' && first)) {
                    out.append('\\').append(c);
                    i++;
                } else {
                    out.append(c);
                    i++;
                }
                first = false;
            }
            throw error("unterminated character set at position " + start);
        }

        private void escape(boolean inClass) {
            if (i + 1 >= src.length()) throw error("bad escape (end of pattern) at position " + i);
            char n = src.charAt(i + 1);
            switch (n) {
                case 'Z':
                    out.append(inClass ? "Z" : "\\z");
                    i += 2;
                    return;
                case 'A': case 'b': case 'B': case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
                case 'n': case 't': case 'r': case 'f': case 'v': case 'a': case '\\': case 'x': case 'u':
                    if (n == 'b' && inClass) {
                        out.append("\\x08");
                    } else if (n == 'v') {
                        out.append("\\x0B");
                    } else if (n == 'a') {
                        out.append("\\x07");
                    } else {
                        out.append('\\').append(n);
                    }
                    i += 2;
                    return;
                case 'U': {
                    String hex = src.substring(i + 2, Math.min(src.length(), i + 10));
                    out.append("\\x{").append(hex).append('}');
                    i += 10;
                    return;
                }
                case '0': {
                    int j = i + 2;
                    while (j < src.length() && j < i + 4 && src.charAt(j) >= '0' && src.charAt(j) <= '7') j++;
                    int v = Integer.parseInt("0" + src.substring(i + 2, j), 8);
                    out.append(String.format("\\x{%x}", v));
                    i = j;
                    return;
                }
                default:
                    if (n >= '1' && n <= '9') {
                        int j = i + 1;
                        while (j < src.length() && j < i + 3 && Character.isDigit(src.charAt(j))) j++;
                        String num = src.substring(i + 1, j);
                        if (inClass) {
                            out.append(String.format("\\x{%x}", Integer.parseInt(num, 8)));
                        } else {
                            if (Integer.parseInt(num) > groups) throw error("invalid group reference " + num + " at position " + (i + 1));
                            out.append("(?:\\").append(num).append(')');
                        }
                        i = j;
                        return;
                    }
                    if ((n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z')) {
                        throw error("bad escape \\" + n + " at position " + i);
                    }
                    out.append('\\').append(n);
                    i += 2;
            }
        }
    }
}
