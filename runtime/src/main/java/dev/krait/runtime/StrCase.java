package dev.krait.runtime;

import java.util.function.IntPredicate;

/** Unicode case mapping and character classes as Python defines them. */
final class StrCase {
    private StrCase() {}

    static String upper(String s) {
        if (isAscii(s)) {
            char[] c = s.toCharArray();
            for (int i = 0; i < c.length; i++) if (c[i] >= 'a' && c[i] <= 'z') c[i] -= 32;
            return new String(c);
        }
        return s.toUpperCase(java.util.Locale.ROOT);
    }

    static String lower(String s) {
        if (isAscii(s)) {
            char[] c = s.toCharArray();
            for (int i = 0; i < c.length; i++) if (c[i] >= 'A' && c[i] <= 'Z') c[i] += 32;
            return new String(c);
        }
        // Java's root-locale lowering has Python's special cases (final sigma, dotted capital I).
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    static String casefold(String s) {
        return lower(s.toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT)).replace("ς", "σ").replace("ß", "ss");
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isUpperCase(cp)) sb.append(lower(new String(Character.toChars(cp))));
            else if (Character.isLowerCase(cp)) sb.append(upper(new String(Character.toChars(cp))));
            else sb.appendCodePoint(cp);
        });
        return sb.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) return s;
        int first = s.codePointAt(0);
        int n = Character.charCount(first);
        return titleChar(first) + lower(s.substring(n));
    }

    static String titleChar(int cp) {
        if (Character.isTitleCase(cp)) return new String(Character.toChars(cp));
        int t = Character.toTitleCase(cp);
        if (t != cp) return new String(Character.toChars(t));
        String u = upper(new String(Character.toChars(cp)));
        // Full title case of ligatures and ß is the upper case with the later letters lowered (ß -> Ss);
        // U+0149 keeps its upper case.
        if (u.length() > 1 && cp != 0x149) {
            int f = Character.charCount(u.codePointAt(0));
            return u.substring(0, f) + lower(u.substring(f));
        }
        return u;
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (prevCased) sb.append(lower(new String(Character.toChars(cp))));
            else sb.append(titleChar(cp));
            prevCased = isCased(cp);
        }
        return sb.toString();
    }

    static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    static boolean all(String s, IntPredicate p) {
        if (s.isEmpty()) return false;
        return s.codePoints().allMatch(p);
    }

    static boolean isDigit(int cp) {
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) return true;
        return (cp >= 0x2070 && cp <= 0x2079) || cp == 0xb2 || cp == 0xb3 || cp == 0xb9 || (cp >= 0x2080 && cp <= 0x2089)
                || (cp >= 0x2460 && cp <= 0x2468) || (cp >= 0x2474 && cp <= 0x247c) || (cp >= 0x2488 && cp <= 0x2490)
                || (cp >= 0x24f5 && cp <= 0x24fd) || cp == 0x24ea || cp == 0x24ff || (cp >= 0x2776 && cp <= 0x277e)
                || (cp >= 0x2780 && cp <= 0x2788) || (cp >= 0x278a && cp <= 0x2792) || (cp >= 0x1369 && cp <= 0x1371);
    }

    static boolean isNumeric(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || isDigit(cp) || (cp >= 0x4e00 && "\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u96f6".indexOf(cp) >= 0);
    }

    /** isSpace for one UTF-16 char, with the ASCII cases first. */
    static boolean isSpaceChar(char c) {
        if (c <= ' ') return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
        return c >= 0x85 && isSpace(c);
    }

    static boolean isSpace(int cp) {
        switch (cp) {
            case ' ': case '\t': case '\n': case '\r': case 0x0b: case 0x0c: case 0x1c: case 0x1d: case 0x1e: case 0x1f:
            case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200a;
        }
    }

    static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) return false;
            if (Character.isUpperCase(cp)) cased = true;
        }
        return cased;
    }

    static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) return false;
            if (Character.isLowerCase(cp)) cased = true;
        }
        return cased;
    }

    static boolean isTitle(String s) {
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (prevCased) return false;
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!prevCased) return false;
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int first = s.codePointAt(0);
        if (!(first == '_' || Character.isUnicodeIdentifierStart(first))) return false;
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!(Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp))) return false;
        }
        return true;
    }
}
