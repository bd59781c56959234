package dev.krait.runtime;

/**
 * The ASCII characters every match of a pattern must start with, when the Python source shows them plainly: a
 * literal, or a group whose branches all start with literals (word boundaries before them allowed). Searching then
 * skips to those characters and tries the pattern only there; java.util.regex would enter the pattern at every
 * position, which made a search for {@code (error|warning) ...} slower than CPython's, whose engine does the same skip.
 * Anything less plain (classes, escapes, quantifiers that allow zero, inline flags, case-insensitive or verbose
 * patterns) gives no set and the ordinary search.
 */
final class RegexFirstChars {
    private final String src;

    private RegexFirstChars(String src) {
        this.src = src;
    }

    /** A 128-bit set ({@code [low 64, high 64]}) of the possible first chars, or null when not known. */
    static long[] of(String src, int flags) {
        if ((flags & (RegexModule.IGNORECASE | RegexModule.VERBOSE)) != 0) return null;
        for (int k = src.indexOf("(?"); k >= 0; k = src.indexOf("(?", k + 1)) {
            if (k + 2 < src.length() && "aiLmsux-".indexOf(src.charAt(k + 2)) >= 0) return null;
        }
        long[] set = new long[2];
        RegexFirstChars a = new RegexFirstChars(src);
        int end = a.branches(0, set);
        return end == src.length() ? set : null;
    }

    /** Adds the first chars of each '|'-separated branch from i; returns where they end (a ')' or the end), or -1. */
    private int branches(int i, long[] set) {
        while (true) {
            if (!first(i, set)) return -1;
            int j = skipBranch(i);
            if (j < 0) return -1;
            if (j < src.length() && src.charAt(j) == '|') {
                i = j + 1;
                continue;
            }
            return j;
        }
    }

    /** Adds the first chars of the sequence starting at i; false when they are not plain. */
    private boolean first(int i, long[] set) {
        if (i >= src.length()) return false;
        char c = src.charAt(i);
        if (c == '\\') {
            if (i + 1 >= src.length()) return false;
            char n = src.charAt(i + 1);
            if (n == 'b' || n == 'B') return !quantified(i + 2) && first(i + 2, set);
            if (Character.isLetterOrDigit(n) || n >= 128) return false;
            return add(n, i + 2, set);
        }
        if (c == '(') {
            int body;
            if (src.startsWith("(?:", i)) {
                body = i + 3;
            } else if (src.startsWith("(?P<", i)) {
                body = src.indexOf('>', i);
                if (body < 0) return false;
                body++;
            } else if (src.startsWith("(?", i)) {
                return false;
            } else {
                body = i + 1;
            }
            int close = branches(body, set);
            return close >= 0 && close < src.length() && src.charAt(close) == ')' && !quantified(close + 1);
        }
        if ("|)[].^$*+?{}#".indexOf(c) >= 0) return false;
        return add(c, i + 1, set);
    }

    private boolean add(char c, int next, long[] set) {
        if (c >= 128 || quantified(next)) return false;
        set[c >> 6] |= 1L << (c & 63);
        return true;
    }

    /** True when the item ending before i may be repeated zero times (or the quantifier is not plain). */
    private boolean quantified(int i) {
        if (i >= src.length()) return false;
        char c = src.charAt(i);
        return c == '?' || c == '*' || c == '{';
    }

    /** The index of the '|' or ')' ending the branch that starts at i (or the end), skipping nested parts; -1 if malformed. */
    private int skipBranch(int i) {
        int depth = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = skipClass(i);
                if (i < 0) return -1;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) return i;
                depth--;
            } else if (c == '|' && depth == 0) {
                return i;
            }
            i++;
        }
        return depth == 0 ? i : -1;
    }

    private int skipClass(int i) {
        int j = i + 1;
        if (j < src.length() && src.charAt(j) == '^') j++;
        if (j < src.length() && src.charAt(j) == ']') j++;
        while (j < src.length()) {
            char c = src.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (c == ']') {
                return j + 1;
            } else {
                j++;
            }
        }
        return -1;
    }
}
