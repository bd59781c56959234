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
        /** The texts a match must start with (RegexPrefixes), or null. */
        final String[] prefixes;
        /** A bytes pattern (it only searches bytes-like subjects; a str pattern only str). */
        final boolean bytes;

        Compiled(Pattern pattern, int groups, PyDict groupIndex, String[] prefixes, boolean bytes) {
            this.bytes = bytes;
            this.pattern = pattern;
            this.groups = groups;
            this.groupIndex = groupIndex;
            this.prefixes = prefixes;
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
        d.fnv("match", (a, k) -> match((Compiled) a[0], a[1], a[2], index(a[3]), a[4], index(a[5])));
        d.fnv("all", (a, k) -> all((Compiled) a[0], a[1], a[2], index(a[3]), a[4], index(a[5])));
        d.fnv("findall", (a, k) -> findall((Compiled) a[0], a[1], index(a[2]), a[3]));
        d.fnv("subn", (a, k) -> RegexSub.subn((Compiled) a[0], a[1], a[2], a[3], a[4], index(a[5])));
        d.set("Match", RegexMatch.TYPE);
        return d.module;
    }

    /** A position or count argument; beyond int range it is clamped (every position there is past the end). */
    private static int index(PyObject o) {
        long v = o instanceof PyInt i && !i.isBig() ? i.v : Protocol.index(o);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** The subject of a search with c, refused (as CPython) when its kind is not the pattern's. */
    static RegexMatch.Subject subject(Compiled c, PyObject s) {
        RegexMatch.Subject sub = subject(s);
        if (c.bytes != (sub.bytes != null)) {
            throw Errors.typeError(c.bytes ? "cannot use a bytes pattern on a string-like object"
                    : "cannot use a string pattern on a bytes-like object");
        }
        return sub;
    }

    /** The subject of a search: its text for java.util.regex and, for bytes-like subjects, the bytes. */
    static RegexMatch.Subject subject(PyObject s) {
        if (s instanceof PyStr ps) return new RegexMatch.Subject(s, ps.value(), null);
        if (s instanceof PyBytes || s instanceof PyByteArray || s instanceof PyMemoryView) {
            byte[] b = PyBytes.bytesOf(s);
            return new RegexMatch.Subject(s, new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), b);
        }
        throw Errors.typeError("expected string or bytes-like object, got '" + s.type().name + "'");
    }

    /** A search window: string[pos:endpos] clamped to the subject as CPython clamps it, in code points. */
    static final class Window {
        final int pos;
        final int endpos;

        Window(RegexMatch.Subject sub, int pos, PyObject endpos) {
            int n = sub.cp.length;
            int end = endpos == PyNone.NONE ? n : index(endpos);
            this.pos = Math.max(0, Math.min(pos, n));
            this.endpos = Math.max(0, Math.min(end, n));
        }

        /** A matcher over the window with Python's bounds (look-around sees past them), or null when empty. */
        Matcher matcher(Compiled c, RegexMatch.Subject sub) {
            if (endpos < pos) return null;
            Matcher m = c.pattern.matcher(sub.text);
            m.region(sub.cp.toChar(pos), sub.cp.toChar(endpos));
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            return m;
        }

        /** Successive matches in the window, or null when it is empty. */
        RegexSearch search(Compiled c, RegexMatch.Subject sub) {
            Matcher m = matcher(c, sub);
            return m == null ? null : new RegexSearch(m, sub.text, c.prefixes);
        }
    }

    /** Pattern.findall without Match objects: the whole matches, the one group, or tuples of the groups. */
    static PyObject findall(Compiled c, PyObject s, int pos, PyObject endpos) {
        RegexMatch.Subject sub = subject(c, s);
        PyList out = new PyList();
        RegexSearch search = new Window(sub, pos, endpos).search(c, sub);
        if (search == null) return out;
        Matcher m = search.m;
        int n = c.groups;
        while (search.find()) {
            if (n == 0) {
                out.append(sub.slice(m.start(), m.end()));
            } else if (n == 1) {
                out.append(piece(sub, m, 1));
            } else {
                PyObject[] t = new PyObject[n];
                for (int g = 1; g <= n; g++) t[g - 1] = piece(sub, m, g);
                out.append(PyTuple.of(t));
            }
        }
        return out;
    }

    /** A group's text for findall: empty when it did not participate. */
    private static PyObject piece(RegexMatch.Subject sub, Matcher m, int g) {
        int st = g <= m.groupCount() ? m.start(g) : -1;
        return st < 0 ? sub.slice(0, 0) : sub.slice(st, m.end(g));
    }

    private static String text(PyObject s) {
        if (s instanceof PyStr ps) return ps.value();
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
            return new Compiled(p, t.groups, names, RegexPrefixes.of(src, flags), bytes);
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

    /** One match: mode 0 searches, 1 matches at pos, 2 must match all of [pos, endpos); a Match or None. */
    static PyObject match(Compiled c, PyObject pattern, PyObject s, int pos, PyObject endpos, int mode) {
        RegexMatch.Subject sub = subject(c, s);
        Window w = new Window(sub, pos, endpos);
        RegexSearch search = w.search(c, sub);
        if (search == null) return PyNone.NONE;
        Matcher m = search.m;
        boolean ok = mode == 0 ? search.find() : mode == 1 ? m.lookingAt() : m.matches();
        return ok ? new RegexMatch(pattern, c, sub, w.pos, w.endpos, m) : PyNone.NONE;
    }

    /** Every match in the window (as finditer sees them), at most limit of them when limit > 0. */
    static PyObject all(Compiled c, PyObject pattern, PyObject s, int pos, PyObject endpos, int limit) {
        RegexMatch.Subject sub = subject(c, s);
        Window w = new Window(sub, pos, endpos);
        RegexSearch search = w.search(c, sub);
        PyList out = new PyList();
        if (search == null) return out;
        while ((limit <= 0 || out.size < limit) && search.find()) {
            out.append(new RegexMatch(pattern, c, sub, w.pos, w.endpos, search.m));
        }
        return out;
    }

    /** Converts between char and code point offsets (identity when the string has no surrogate pairs). */
    static final class CodePoints {
        final String s;
        final boolean bmp;
        final int length;

        CodePoints(PyObject original, String s) {
            this.s = s;
            // A str knows (and caches) its code point count; bytes are one char per byte.
            this.length = original instanceof PyStr ps ? ps.cpLength() : s.length();
            this.bmp = length == s.length();
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
