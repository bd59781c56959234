package dev.krait.runtime;

import java.util.function.IntPredicate;

/** Unicode case mapping and character classes as Python defines them. */
final class StrCase {
    private StrCase() {}

    static String upper(String s) {
        return s.toUpperCase(java.util.Locale.ROOT);
    }

    static String lower(String s) {
        // Java's root-locale lowering has Python's special cases (final sigma, dotted capital I).
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    static String casefold(String s) {
        if (isAscii(s)) return lower(s);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            } else if (cp == 0x131 || (cp >= 0x13a0 && cp <= 0x13f5)) {
                sb.appendCodePoint(cp); // dotless i and Cherokee capitals fold to themselves
            } else if (cp >= 0x13f8 && cp <= 0x13fd) {
                sb.appendCodePoint(cp - 8);
            } else if (cp >= 0xab70 && cp <= 0xabbf) {
                sb.appendCodePoint(cp - 0xab70 + 0x13a0); // Cherokee small letters fold to the capitals
            } else {
                // Full case folding is lowering after full upper-casing, but for the exceptions above.
                String c = new String(Character.toChars(cp));
                sb.append(c.toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return sb.toString().replace("ς", "σ").replace("ß", "ss");
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

    /** Title case of Greek letters with ypogegrammeni and perispomeni (SpecialCasing), which keep U+0345. */
    private static final java.util.Map<Integer, String> GREEK_TITLE = java.util.Map.of(
            0x1fb2, "\u1fba\u0345", 0x1fb4, "\u0386\u0345", 0x1fb7, "\u0391\u0342\u0345",
            0x1fc2, "\u1fca\u0345", 0x1fc4, "\u0389\u0345", 0x1fc7, "\u0397\u0342\u0345",
            0x1ff2, "\u1ffa\u0345", 0x1ff4, "\u038f\u0345", 0x1ff7, "\u03a9\u0342\u0345");

    static String titleChar(int cp) {
        if (Character.isTitleCase(cp)) return new String(Character.toChars(cp));
        int t = Character.toTitleCase(cp);
        if (t != Character.toUpperCase(cp)) return new String(Character.toChars(t)); // Georgian, ǆ: own title case
        String special = GREEK_TITLE.get(cp);
        if (special != null) return special;
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
        return cp < 0x10000 ? (cp >= 0xb2 && cp <= 0x2792 && isBmpDigit(cp))
                : (cp >= 0x10a40 && cp <= 0x10a43) || (cp >= 0x10e60 && cp <= 0x10e68) || (cp >= 0x11052 && cp <= 0x1105a)
                        || (cp >= 0x1f100 && cp <= 0x1f10a);
    }

    /** The BMP characters of Numeric_Type=Digit (digits that are not decimal: superscripts, circled digits, ...). */
    private static boolean isBmpDigit(int cp) {
        return cp == 0xb2 || cp == 0xb3 || cp == 0xb9 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19da || cp == 0x2070
                || (cp >= 0x2074 && cp <= 0x2079) || (cp >= 0x2080 && cp <= 0x2089) || (cp >= 0x2460 && cp <= 0x2468)
                || (cp >= 0x2474 && cp <= 0x247c) || (cp >= 0x2488 && cp <= 0x2490) || cp == 0x24ea
                || (cp >= 0x24f5 && cp <= 0x24fd) || cp == 0x24ff || (cp >= 0x2776 && cp <= 0x277e)
                || (cp >= 0x2780 && cp <= 0x2788) || (cp >= 0x278a && cp <= 0x2792);
    }

    /** Ideographs with a numeric value (Unicode's kPrimaryNumeric and friends), which str.isnumeric accepts. */
    private static final int[] NUMERIC_IDEOGRAPHS = {0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09,
        0x4e5d, 0x4e8c, 0x4e94, 0x4e96, 0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b,
        0x516d, 0x5341, 0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a,
        0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10, 0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e, 0x8086, 0x842c,
        0x8cae, 0x8cb3, 0x8d30, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1, 0xf9d3,
        0xf9fd, 0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19,
        0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890};

    static boolean isNumeric(int cp) {
        int t = Character.getType(cp);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) return true;
        if (t == Character.OTHER_LETTER && cp >= 0x3405) return java.util.Arrays.binarySearch(NUMERIC_IDEOGRAPHS, cp) >= 0;
        return isDigit(cp);
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
        if (!(first == '_' || Character.isUnicodeIdentifierStart(first)) || notXid(first) || first == 0xe33 || first == 0xeb3
                || first == 0xff9e || first == 0xff9f) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!(Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)) || notXid(cp)) return false;
        }
        return true;
    }

    /** Identifier characters that NFKC normalisation excludes from XID_Start/XID_Continue (Python uses the XID sets). */
    private static boolean notXid(int cp) {
        if (cp < 0x37a) return false;
        return cp == 0x37a || cp == 0x2e2f || cp == 0x309b || cp == 0x309c || (cp >= 0xfc5e && cp <= 0xfc63) || cp == 0xfdfa
                || cp == 0xfdfb || (cp >= 0xfe70 && cp <= 0xfe7e && (cp & 1) == 0);
    }
}
