package dev.krait.runtime;

import java.text.Normalizer;

/**
 * {@code unicodedata} over the JDK's Unicode tables: names (with CPython's algorithmic names of CJK ideographs
 * and Hangul syllables), categories, bidirectional classes, numeric values, mirroring, normalisation. The
 * canonical combining class, East Asian width and decomposition are approximations (the JDK has no such tables);
 * unidata_version is the JDK's Unicode version.
 */
final class UnicodedataModule {
    private UnicodedataModule() {}

    private static final String[] CATEGORY = new String[31];

    static {
        CATEGORY[Character.UNASSIGNED] = "Cn";
        CATEGORY[Character.UPPERCASE_LETTER] = "Lu";
        CATEGORY[Character.LOWERCASE_LETTER] = "Ll";
        CATEGORY[Character.TITLECASE_LETTER] = "Lt";
        CATEGORY[Character.MODIFIER_LETTER] = "Lm";
        CATEGORY[Character.OTHER_LETTER] = "Lo";
        CATEGORY[Character.NON_SPACING_MARK] = "Mn";
        CATEGORY[Character.ENCLOSING_MARK] = "Me";
        CATEGORY[Character.COMBINING_SPACING_MARK] = "Mc";
        CATEGORY[Character.DECIMAL_DIGIT_NUMBER] = "Nd";
        CATEGORY[Character.LETTER_NUMBER] = "Nl";
        CATEGORY[Character.OTHER_NUMBER] = "No";
        CATEGORY[Character.SPACE_SEPARATOR] = "Zs";
        CATEGORY[Character.LINE_SEPARATOR] = "Zl";
        CATEGORY[Character.PARAGRAPH_SEPARATOR] = "Zp";
        CATEGORY[Character.CONTROL] = "Cc";
        CATEGORY[Character.FORMAT] = "Cf";
        CATEGORY[Character.PRIVATE_USE] = "Co";
        CATEGORY[Character.SURROGATE] = "Cs";
        CATEGORY[Character.DASH_PUNCTUATION] = "Pd";
        CATEGORY[Character.START_PUNCTUATION] = "Ps";
        CATEGORY[Character.END_PUNCTUATION] = "Pe";
        CATEGORY[Character.CONNECTOR_PUNCTUATION] = "Pc";
        CATEGORY[Character.OTHER_PUNCTUATION] = "Po";
        CATEGORY[Character.MATH_SYMBOL] = "Sm";
        CATEGORY[Character.CURRENCY_SYMBOL] = "Sc";
        CATEGORY[Character.MODIFIER_SYMBOL] = "Sk";
        CATEGORY[Character.OTHER_SYMBOL] = "So";
        CATEGORY[Character.INITIAL_QUOTE_PUNCTUATION] = "Pi";
        CATEGORY[Character.FINAL_QUOTE_PUNCTUATION] = "Pf";
    }

    private static final String[] BIDI = {"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS",
        "ON", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"};

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    static PyModule create() {
        return new ModuleDef("unicodedata")
                .set("unidata_version", PyStr.of(unicodeVersion()))
                .fn("name", (Fn.F1) c -> {
                    String n = name(cp(c, "name"));
                    if (n == null) throw Errors.valueError("no such name");
                    return PyStr.of(n);
                })
                .also("name", (Fn.F2) (c, dflt) -> {
                    String n = name(cp(c, "name"));
                    return n == null ? dflt : PyStr.of(n);
                })
                .fn("lookup", (Fn.F1) n -> PyStr.ofCodePoint(lookup(n.str())))
                .fn("category", (Fn.F1) c -> PyStr.of(category(cp(c, "category"))))
                .fn("bidirectional", (Fn.F1) c -> {
                    byte d = Character.getDirectionality(cp(c, "bidirectional"));
                    return PyStr.of(d >= 0 && d < BIDI.length ? BIDI[d] : "");
                })
                .fn("mirrored", (Fn.F1) c -> PyInt.of(Character.isMirrored(cp(c, "mirrored")) ? 1 : 0))
                .fn("combining", (Fn.F1) c -> PyInt.of(Character.getType(cp(c, "combining")) == Character.NON_SPACING_MARK ? 230 : 0))
                .fn("east_asian_width", (Fn.F1) c -> PyStr.of(eastAsianWidth(cp(c, "east_asian_width"))))
                .fn("decomposition", (Fn.F1) c -> PyStr.of(decomposition(cp(c, "decomposition"))))
                .fn("decimal", (Fn.F1) c -> number(c, "decimal", null, 0))
                .also("decimal", (Fn.F2) (c, d) -> number(c, "decimal", d, 0))
                .fn("digit", (Fn.F1) c -> number(c, "digit", null, 1))
                .also("digit", (Fn.F2) (c, d) -> number(c, "digit", d, 1))
                .fn("numeric", (Fn.F1) c -> number(c, "numeric", null, 2))
                .also("numeric", (Fn.F2) (c, d) -> number(c, "numeric", d, 2))
                .fn("normalize", (Fn.F2) (f, s) -> PyStr.of(Normalizer.normalize(str(s, "normalize"), form(f))))
                .fn("is_normalized", (Fn.F2) (f, s) -> PyBool.of(Normalizer.isNormalized(str(s, "is_normalized"), form(f))))
                .module;
    }

    private static String unicodeVersion() {
        int v = Runtime.version().feature();
        return v >= 22 ? "15.1.0" : v >= 20 ? "15.0.0" : v >= 19 ? "14.0.0" : "13.0.0";
    }

    private static int cp(PyObject c, String fn) {
        if (!(c instanceof PyStr s)) {
            throw Errors.typeError(fn + "() argument must be a unicode character, not " + c.type().name());
        }
        if (s.value().codePointCount(0, s.value().length()) != 1) {
            throw Errors.typeError(fn + "() argument must be a unicode character, not str");
        }
        return s.value().codePointAt(0);
    }

    private static String str(PyObject s, String fn) {
        if (!(s instanceof PyStr p)) throw Errors.typeError(fn + "() argument 2 must be str, not " + s.type().name());
        return p.value();
    }

    private static Normalizer.Form form(PyObject f) {
        if (!(f instanceof PyStr s)) throw Errors.typeError("normalize() argument 1 must be str, not " + f.type().name());
        return switch (s.value()) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw Errors.valueError("invalid normalization form");
        };
    }

    static String category(int cp) {
        String c = CATEGORY[Character.getType(cp)];
        return c == null ? "Cn" : c;
    }

    private static boolean ideograph(int cp) {
        return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2EBEF) || (cp >= 0x30000 && cp <= 0x3134F);
    }

    static String name(int cp) {
        int t = Character.getType(cp);
        if (t == Character.CONTROL || t == Character.UNASSIGNED || t == Character.PRIVATE_USE || t == Character.SURROGATE) {
            return null;
        }
        if (ideograph(cp) && Character.isDefined(cp)) return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(cp).toUpperCase();
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            int s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO_L[s / (21 * 28)] + JAMO_V[(s % (21 * 28)) / 28] + JAMO_T[s % 28];
        }
        return Character.getName(cp);
    }

    private static int lookup(String name) {
        String n = name.toUpperCase();
        try {
            if (n.startsWith("CJK UNIFIED IDEOGRAPH-")) {
                int cp = Integer.parseInt(n.substring("CJK UNIFIED IDEOGRAPH-".length()), 16);
                if (ideograph(cp)) return cp;
            }
            if (n.startsWith("HANGUL SYLLABLE ")) {
                for (int cp = 0xAC00; cp <= 0xD7A3; cp++) if (n.equals(name(cp))) return cp;
            }
            int cp = Character.codePointOf(n);
            int t = Character.getType(cp);
            if (t != Character.UNASSIGNED && t != Character.PRIVATE_USE && t != Character.SURROGATE) return cp;
        } catch (IllegalArgumentException e) {
            // Not a name the JDK knows.
        }
        throw Errors.keyError("undefined character name '" + name + "'");
    }

    /** kind: 0 decimal, 1 digit, 2 numeric. */
    private static PyObject number(PyObject c, String fn, PyObject dflt, int kind) {
        int cp = cp(c, fn);
        int t = Character.getType(cp);
        int v = Character.getNumericValue(cp);
        if (kind == 0 && t == Character.DECIMAL_DIGIT_NUMBER && v >= 0) return PyInt.of(v);
        if (kind == 1 && v >= 0 && v <= 9 && (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.OTHER_NUMBER)) {
            return PyInt.of(v);
        }
        if (kind == 2) {
            double f = fraction(cp);
            if (!Double.isNaN(f)) return new PyFloat(f);
            if (v >= 0 && (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.OTHER_NUMBER
                    || t == Character.LETTER_NUMBER || t == Character.OTHER_LETTER)) {
                return new PyFloat(v);
            }
        }
        if (dflt != null) return dflt;
        throw Errors.valueError(kind == 0 ? "not a decimal" : kind == 1 ? "not a digit" : "not a numeric character");
    }

    /** Values of the vulgar fraction characters (the JDK reports -2 for them). */
    private static double fraction(int cp) {
        return switch (cp) {
            case 0xBC -> 0.25;
            case 0xBD -> 0.5;
            case 0xBE -> 0.75;
            case 0x2150 -> 1.0 / 7;
            case 0x2151 -> 1.0 / 9;
            case 0x2152 -> 0.1;
            case 0x2153 -> 1.0 / 3;
            case 0x2154 -> 2.0 / 3;
            case 0x2155 -> 0.2;
            case 0x2156 -> 0.4;
            case 0x2157 -> 0.6;
            case 0x2158 -> 0.8;
            case 0x2159 -> 1.0 / 6;
            case 0x215A -> 5.0 / 6;
            case 0x215B -> 0.125;
            case 0x215C -> 0.375;
            case 0x215D -> 0.625;
            case 0x215E -> 0.875;
            case 0x215F -> 1.0;
            case 0x2189 -> 0.0;
            default -> Double.NaN;
        };
    }

    private static String eastAsianWidth(int cp) {
        if (cp >= 0xFF01 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp == 0x3000) return "F";
        if (cp >= 0xFF61 && cp <= 0xFFDC || cp >= 0xFFE8 && cp <= 0xFFEE) return "H";
        if (cp >= 0x20 && cp <= 0x7E || cp == 0xA2 || cp == 0xA3 || cp == 0xA5 || cp == 0xA6 || cp == 0xAC || cp == 0xAF) {
            return "Na";
        }
        if (ambiguous(cp)) return "A";
        if (cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0x303E || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0x1F300 && cp <= 0x1F64F || cp >= 0x1F900 && cp <= 0x1F9FF || cp >= 0x20000 && cp <= 0x3FFFD) {
            return "W";
        }
        return "N";
    }

    /** The common East Asian Ambiguous characters: Latin-1 symbols and letters, Greek, Cyrillic, marks, arrows. */
    private static boolean ambiguous(int cp) {
        if (cp >= 0xA1 && cp <= 0xFF) {
            return "\u00a1\u00a4\u00a7\u00a8\u00aa\u00ad\u00ae\u00b0\u00b1\u00b2\u00b3\u00b4\u00b6\u00b7\u00b8\u00b9\u00ba\u00bc\u00bd\u00be\u00bf\u00c6\u00d0\u00d7\u00d8\u00de\u00df\u00e0\u00e1\u00e6\u00e8\u00e9\u00ea\u00ec\u00ed\u00f0\u00f2\u00f3\u00f7\u00f8\u00f9\u00fa\u00fc\u00fe"
                    .indexOf(cp) >= 0;
        }
        return cp >= 0x300 && cp <= 0x36F || cp >= 0x391 && cp <= 0x3A9 || cp >= 0x3B1 && cp <= 0x3C9
                || cp == 0x401 || cp >= 0x410 && cp <= 0x44F || cp == 0x451 || cp == 0x2010 || cp >= 0x2013 && cp <= 0x2016
                || cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D || cp >= 0x2020 && cp <= 0x2022
                || cp >= 0x2024 && cp <= 0x2027 || cp == 0x2030 || cp == 0x2032 || cp == 0x2033 || cp == 0x2035
                || cp == 0x203B || cp == 0x203E || cp == 0x20AC || cp == 0x2103 || cp == 0x2109 || cp == 0x2113
                || cp == 0x2116 || cp == 0x2121 || cp == 0x2122 || cp == 0x2126 || cp == 0x212B
                || cp >= 0x2153 && cp <= 0x2154 || cp >= 0x215B && cp <= 0x215E || cp >= 0x2160 && cp <= 0x216B
                || cp >= 0x2170 && cp <= 0x2179 || cp >= 0x2190 && cp <= 0x2199 || cp >= 0x2460 && cp <= 0x24E9
                || cp >= 0x2500 && cp <= 0x257F || cp >= 0x25A0 && cp <= 0x25A1 || cp >= 0x25B2 && cp <= 0x25B3
                || cp == 0x25CB || cp == 0x25CF || cp >= 0x2605 && cp <= 0x2606 || cp == 0x2640 || cp == 0x2642
                || cp >= 0xE000 && cp <= 0xF8FF || cp == 0xFFFD;
    }

    private static String decomposition(int cp) {
        String s = new String(Character.toChars(cp));
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder();
        if (d.equals(s)) {
            d = Normalizer.normalize(s, Normalizer.Form.NFKD);
            if (d.equals(s)) return "";
            sb.append("<compat>");
        }
        for (int c : d.codePoints().toArray()) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(String.format("%04X", c));
        }
        return sb.toString();
    }
}
