package dev.krait.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A parsed {@code struct} format: one entry per run of a code (its code, byte offset, length of one value, repeat
 * count, and for integer codes the range a machine long may take without further checks), laid out once so that
 * pack and unpack only walk the arrays. Runs, not values, so that "100000000i" costs no memory until packed.
 */
final class StructFormat {
    /** Byte orders: native ('@', sizes and alignment of the platform), little-endian standard, big-endian standard. */
    static final int NATIVE = 0;
    static final int LITTLE = 1;
    static final int BIG = 2;

    final int order;
    final int size;
    /** The number of values packed or unpacked. */
    final int items;
    final char[] codes;
    /** Byte offset of each run's first value. */
    final int[] offsets;
    /** Bytes of each value of the run; for 's' and 'p' the field's length. */
    final int[] lengths;
    /** Values in the run; 1 for 's' and 'p'. */
    final int[] repeats;
    /** For integer codes, the range a non-big int may take (the rest goes through BigInteger and the errors). */
    final long[] lo;
    final long[] hi;

    private StructFormat(int order, int size, int items, char[] codes, int[] offsets, int[] lengths, int[] repeats) {
        this.order = order;
        this.size = size;
        this.items = items;
        this.codes = codes;
        this.offsets = offsets;
        this.lengths = lengths;
        this.repeats = repeats;
        this.lo = new long[codes.length];
        this.hi = new long[codes.length];
        for (int k = 0; k < codes.length; k++) {
            char c = codes[k];
            int bits = 8 * lengths[k];
            if (c == 'P') {
                lo[k] = Long.MIN_VALUE;
                hi[k] = Long.MAX_VALUE;
            } else if (isUnsigned(c)) {
                hi[k] = bits == 64 ? Long.MAX_VALUE : (1L << bits) - 1;
            } else {
                lo[k] = bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
                hi[k] = bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
            }
        }
    }

    boolean little() {
        return order != BIG;
    }

    static boolean isUnsigned(char c) {
        return c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N';
    }

    /** Parses a format (whitespace between items allowed, counts before codes), with CPython's errors. */
    static StructFormat parse(String fmt) {
        int i = 0;
        int order = NATIVE;
        if (!fmt.isEmpty()) {
            switch (fmt.charAt(0)) {
                case '@': i = 1; break;
                case '<': case '=': order = LITTLE; i = 1; break;
                case '>': case '!': order = BIG; i = 1; break;
                default: break;
            }
        }
        int n = 0;
        int items = 0;
        char[] codes = new char[8];
        int[] offsets = new int[8];
        int[] lengths = new int[8];
        int[] repeats = new int[8];
        int size = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int count = 1;
            if (c >= '0' && c <= '9') {
                int j = i;
                while (j < fmt.length() && fmt.charAt(j) >= '0' && fmt.charAt(j) <= '9') j++;
                count = Integer.parseInt(fmt.substring(i, j));
                if (j >= fmt.length()) throw StructModule.error("repeat count given without format specifier");
                i = j;
                c = fmt.charAt(i);
            }
            int sz = codeSize(c, order);
            if (order == NATIVE && sz > 1) size = (size + sz - 1) / sz * sz;
            // A string field is one value whatever its length; other codes repeat count times.
            boolean string = c == 's' || c == 'p';
            if (c != 'x' && (string || count > 0)) {
                if (n == codes.length) {
                    codes = java.util.Arrays.copyOf(codes, 2 * n);
                    offsets = java.util.Arrays.copyOf(offsets, 2 * n);
                    lengths = java.util.Arrays.copyOf(lengths, 2 * n);
                    repeats = java.util.Arrays.copyOf(repeats, 2 * n);
                }
                codes[n] = c;
                offsets[n] = size;
                lengths[n] = string ? count : sz;
                repeats[n++] = string ? 1 : count;
                items += string ? 1 : count;
            }
            size += string || c == 'x' ? count : sz * count;
            i++;
        }
        return new StructFormat(order, size, items, java.util.Arrays.copyOf(codes, n), java.util.Arrays.copyOf(offsets, n),
                java.util.Arrays.copyOf(lengths, n), java.util.Arrays.copyOf(repeats, n));
    }

    private static int codeSize(char c, int order) {
        switch (c) {
            case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
            case 'h': case 'H': case 'e': return 2;
            case 'i': case 'I': case 'f': return 4;
            case 'l': case 'L': return order == NATIVE ? 8 : 4;
            case 'q': case 'Q': case 'd': return 8;
            case 'n': case 'N': case 'P':
                if (order != NATIVE) throw StructModule.error("bad char in struct format");
                return 8;
            default: throw StructModule.error("bad char in struct format");
        }
    }

    /** Parsed formats by their text, as CPython's struct caches them (most programs use a handful). */
    private static final Map<String, StructFormat> CACHE = new ConcurrentHashMap<>();

    /** The last format object looked up and its parse: a loop packing with one constant format skips the map. */
    private static final class Last {
        final PyObject key;
        final StructFormat format;

        Last(PyObject key, StructFormat format) {
            this.key = key;
            this.format = format;
        }
    }

    private static Last last = new Last(null, null);

    static StructFormat of(PyObject f) {
        Last l = last;
        if (l.key == f) return l.format;
        String text;
        if (f instanceof PyStr s) {
            text = s.value();
        } else if (f instanceof PyBytes b) {
            text = b.asLatin1();
        } else {
            throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not " + f.type().name);
        }
        StructFormat sf = CACHE.get(text);
        if (sf == null) {
            sf = parse(text);
            if (CACHE.size() < 256) CACHE.put(text, sf);
        }
        // Only immutable exact str/bytes keys: the same object then always means the same format.
        if (f.getClass() == PyStr.class || f.getClass() == PyBytes.class) last = new Last(f, sf);
        return sf;
    }
}
