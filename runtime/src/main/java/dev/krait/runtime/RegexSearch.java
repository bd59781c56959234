package dev.krait.runtime;

import java.util.regex.Matcher;

/**
 * Successive non-overlapping matches over a matcher's region: Matcher.find, or, when the pattern's first chars are
 * known (RegexFirstChars), a scan for them with the pattern tried only there. Every such match consumes its first
 * char, so no empty match needs the step past it that find makes.
 */
final class RegexSearch {
    final Matcher m;
    private final String text;
    private final long low;
    private final long high;
    private final boolean scan;
    private final int end;
    private int next;

    RegexSearch(Matcher m, String text, long[] firstChars) {
        this.m = m;
        this.text = text;
        this.scan = firstChars != null;
        this.low = scan ? firstChars[0] : 0;
        this.high = scan ? firstChars[1] : 0;
        this.end = m.regionEnd();
        this.next = m.regionStart();
    }

    boolean find() {
        if (!scan) return m.find();
        String s = text;
        for (int i = next; i < end; i++) {
            char c = s.charAt(i);
            if (c < 64 ? (low >>> c & 1) != 0 : c < 128 && (high >>> (c - 64) & 1) != 0) {
                // region() keeps the transparent, non-anchoring bounds: look-behind still sees before i.
                m.region(i, end);
                if (m.lookingAt()) {
                    next = m.end();
                    return true;
                }
            }
        }
        next = end;
        return false;
    }
}
