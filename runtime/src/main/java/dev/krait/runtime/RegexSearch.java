package dev.krait.runtime;

import java.util.regex.Matcher;

/**
 * Successive non-overlapping matches over a matcher's region: Matcher.find, or, when the texts a match must start
 * with are known (RegexPrefixes), a jump to the nearest occurrence of one of them with the pattern tried only there.
 * Every such match is non-empty, so no empty match needs the step past it that find makes.
 */
final class RegexSearch {
    final Matcher m;
    private final String text;
    private final String[] prefixes;
    /** Where each prefix next occurs at or after the last position looked from (end when it does not). */
    private final int[] at;
    private final int end;
    private int next;

    RegexSearch(Matcher m, String text, String[] prefixes) {
        this.m = m;
        this.text = text;
        this.prefixes = prefixes;
        this.end = m.regionEnd();
        this.next = m.regionStart();
        this.at = prefixes == null ? null : new int[prefixes.length];
        if (at != null) java.util.Arrays.fill(at, -1);
    }

    boolean find() {
        if (prefixes == null) return m.find();
        while (true) {
            int best = end;
            for (int k = 0; k < prefixes.length; k++) {
                int p = at[k];
                if (p < next) {
                    p = text.indexOf(prefixes[k], next);
                    if (p < 0 || p + prefixes[k].length() > end) p = end;
                    at[k] = p;
                }
                if (p < best) best = p;
            }
            if (best >= end) {
                next = end;
                return false;
            }
            // region() keeps the transparent, non-anchoring bounds: look-behind still sees before best.
            m.region(best, end);
            if (m.lookingAt()) {
                next = m.end();
                return true;
            }
            next = best + 1;
        }
    }
}
