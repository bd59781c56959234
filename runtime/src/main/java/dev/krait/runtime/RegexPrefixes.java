package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The literal texts one of which every match of a pattern must start with, when the Python source shows them
 * plainly: a run of literal characters, or a group whose branches all start with such runs (word boundaries before
 * them allowed). Searching then jumps between occurrences of those texts (String.indexOf) and tries the pattern only
 * there; java.util.regex alone enters the pattern at every position, which made a search for
 * {@code (error|warning) ...} slower than CPython's, whose engine skips the same way. Anything less plain (classes,
 * escapes, quantifiers that allow zero, inline flags, case-insensitive or verbose patterns) gives none.
 */
final class RegexPrefixes {
    /** More alternatives than this cost more to look for than the pattern itself. */
    private static final int MAX = 8;

    private final String src;
    private final List<String> found = new ArrayList<>();

    private RegexPrefixes(String src) {
        this.src = src;
    }

    /** The prefixes, or null when the pattern does not show them. */
    static String[] of(String src, int flags) {
        if ((flags & (RegexModule.IGNORECASE | RegexModule.VERBOSE)) != 0) return null;
        for (int k = src.indexOf("(?"); k >= 0; k = src.indexOf("(?", k + 1)) {
            if (k + 2 < src.length() && "aiLmsux-".indexOf(src.charAt(k + 2)) >= 0) return null;
        }
        RegexPrefixes p = new RegexPrefixes(src);
        int end = p.branches(0);
        return end == src.length() && p.found.size() <= MAX ? p.found.toArray(new String[0]) : null;
    }

    /** Collects the prefixes of each '|'-separated branch from i; returns where they end (a ')' or the end), or -1. */
    private int branches(int i) {
        while (true) {
            if (!first(i) || found.size() > MAX) return -1;
            int j = skipBranch(i);
            if (j < 0) return -1;
            if (j < src.length() && src.charAt(j) == '|') {
                i = j + 1;
                continue;
            }
            return j;
        }
    }

    /** Collects the prefixes of the sequence starting at i; false when they are not plain. */
    private boolean first(int i) {
        if (i >= src.length()) return false;
        if (src.startsWith("\\b", i) || src.startsWith("\\B", i)) return !quantified(i + 2) && first(i + 2);
        if (src.charAt(i) != '(') return literals(i);
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
        int close = branches(body);
        return close >= 0 && close < src.length() && src.charAt(close) == ')' && !quantified(close + 1);
    }

    /** The run of literal characters at i (each present at least once), as one prefix; false when empty. */
    private boolean literals(int i) {
        StringBuilder run = new StringBuilder();
        while (i < src.length()) {
            char c = src.charAt(i);
            int width = 1;
            if (c == '\\') {
                if (i + 1 >= src.length()) break;
                c = src.charAt(i + 1);
                if (Character.isLetterOrDigit(c) || c >= 128) break;
                width = 2;
            } else if ("|)([].^$*+?{}#".indexOf(c) >= 0) {
                break;
            }
            if (Character.isSurrogate(c) || quantified(i + width)) break;
            run.append(c);
            i += width;
            if (i < src.length() && src.charAt(i) == '+') break;
        }
        if (run.length() == 0) return false;
        found.add(run.toString());
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
