package dev.krait.runtime;

import java.util.Arrays;

/** Construction and the common methods of {@code bytes} and {@code bytearray}. */
final class BytesMethods {
    private BytesMethods() {}

    static byte[] b(PyObject o) {
        return PyBytes.bytesOf(o);
    }

    static PyObject wrap(PyObject self, byte[] r) {
        return self instanceof PyByteArray ? new PyByteArray(r) : new PyBytes(r);
    }

    static byte[] fromIterable(PyObject o) {
        PyObject it = o.iter();
        PyByteArray out = new PyByteArray(new byte[0]);
        for (PyObject x = it.next(); x != null; x = it.next()) out.append(PyByteArray.byteValue(x));
        return out.toBytes();
    }

    /** bytes(x) / bytearray(x) source handling. */
    static byte[] source(PyObject[] args, String[] kw, String who) {
        ArgParser p = new ArgParser(who, args, kw, 0, "source", "encoding", "errors");
        PyObject src = p.get(0, null);
        if (src == null) {
            if (p.has(1)) throw Errors.typeError("encoding without a string argument");
            return new byte[0];
        }
        if (src instanceof PyStr s) {
            if (!p.has(1)) throw Errors.typeError("string argument without an encoding");
            return PyBytes.encode(s.value(), p.get(1, null).str(), p.get(2, PyStr.of("strict")).str());
        }
        if (p.has(1)) throw Errors.typeError("encoding without a string argument");
        if (src instanceof PyBytes || src instanceof PyByteArray) return b(src).clone();
        if (src instanceof PyMemoryView m) return m.toBytes();
        if (src instanceof PyInt n) {
            long k = n.asIndex();
            if (k < 0) throw Errors.valueError("negative count");
            return new byte[(int) k];
        }
        PyObject bytesHook = src.type().lookup("__bytes__");
        if (bytesHook != null) return b(Protocol.call0(bytesHook, src));
        if (src.type().lookup("__iter__") == null && src.type().lookup("__getitem__") == null) {
            throw Errors.typeError("cannot convert '" + src.type().name + "' object to bytes");
        }
        if (who.equals("bytes")) {
            PyObject it = src.iter();
            PyByteArray out = new PyByteArray(new byte[0]);
            for (PyObject x = it.next(); x != null; x = it.next()) {
                long v = Protocol.index(x);
                if (v < 0 || v > 255) throw Errors.valueError("bytes must be in range(0, 256)");
                out.append((int) v);
            }
            return out.toBytes();
        }
        return fromIterable(src);
    }

    static int indexOf(byte[] hay, int n, byte[] needle, int from) {
        int m = needle.length;
        int start = Math.max(from, 0);
        if (m == 0) return start <= n ? start : -1;
        byte first = needle[0];
        int last = n - m;
        for (int i = start; i <= last; i++) {
            if (hay[i] != first) continue; // tight scan for the first byte, then compare the rest
            int j = 1;
            while (j < m && hay[i + j] == needle[j]) j++;
            if (j == m) return i;
        }
        return -1;
    }

    private static int size(PyObject o) {
        return o instanceof PyByteArray ba ? ba.size : ((PyBytes) o).value.length;
    }

    private static byte[] raw(PyObject o) {
        return o instanceof PyByteArray ba ? ba.data : ((PyBytes) o).value;
    }

    static void common(PyType t) {
        BuiltinSetup.containerDunders(t);
        t.method("__add__", (Fn.F2) (a, o) -> PyBytes.isBytesLike(o) ? a.add(o) : Singletons.NOT_IMPLEMENTED);
        t.method("__mul__", (Fn.F2) (a, n) -> n instanceof PyInt ? a.mul(n) : Singletons.NOT_IMPLEMENTED);
        t.method("__rmul__", (Fn.F2) (a, n) -> n instanceof PyInt ? a.mul(n) : Singletons.NOT_IMPLEMENTED);
        BuiltinSetup.compareDunders(t, o -> o instanceof PyBytes || o instanceof PyByteArray);
        t.method("decode", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("decode", a, k, 1, "encoding", "errors");
            return PyStr.of(Codecs.decode(raw(a[0]), size(a[0]), PyBytes.normalizeEncoding(p.get(0, PyStr.of("utf-8")).str()),
                    p.get(1, PyStr.of("strict")).str()));
        });
        t.method("hex", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("hex", a, k, 1, "sep", "bytes_per_sep");
            return PyStr.of(hex(raw(a[0]), size(a[0]), p.get(0, null), Protocol.index(p.get(1, PyInt.ONE))));
        });
        t.def("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (Fn.F2) (c, str) -> {
            if (!(str instanceof PyStr)) throw Errors.typeError("fromhex() argument must be str, not " + str.type().name);
            String s = str.str();
            PyByteArray out = new PyByteArray(new byte[s.length() / 2]);
            out.size = 0;
            int i = 0;
            while (i < s.length()) {
                char ch = s.charAt(i);
                if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\u000b' || ch == '\f') {
                    i++;
                    continue;
                }
                int hi = ch < 128 ? Character.digit(ch, 16) : -1;
                if (hi < 0) throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
                int lo = i + 1 < s.length() && s.charAt(i + 1) < 128 ? Character.digit(s.charAt(i + 1), 16) : -1;
                if (lo < 0) throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
                out.append(hi * 16 + lo);
                i += 2;
            }
            return c == PyByteArray.TYPE ? out : new PyBytes(out.toBytes());
        })));
        search(t);
        t.method("join", (Fn.F2) (s, it) -> {
            PyByteArray out = new PyByteArray(new byte[0]);
            PyObject[] items = Protocol.toArray(it);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) out.extend(Arrays.copyOf(raw(s), size(s)));
                if (!(items[i] instanceof PyBytes || items[i] instanceof PyByteArray || items[i] instanceof PyMemoryView)) {
                    throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, " + items[i].type().name + " found");
                }
                out.extend(b(items[i]));
            }
            return wrap(s, out.toBytes());
        });
        viaStr(t);
        asciiCase(t);
    }

    /**
     * Methods whose bytes semantics are the str method's on the Latin-1 decoding: arguments and results are
     * converted (bytes to str and back), so one implementation serves both types.
     */
    private static final String[] VIA_STR = {"center", "ljust", "rjust", "zfill", "expandtabs", "partition",
        "rpartition", "split", "rsplit", "splitlines", "removeprefix", "removesuffix", "strip", "lstrip", "rstrip",
        "replace"};

    static void viaStr(PyType t) {
        for (String name : VIA_STR) {
            boolean fills = name.equals("center") || name.equals("ljust") || name.equals("rjust");
            t.method(name, (Fn.FV) (a, k) -> {
                if (fills && a.length > 2) {
                    PyObject f = a[2];
                    if (!(f instanceof PyBytes || f instanceof PyByteArray) || f.len() != 1) {
                        throw Errors.typeError(name + "() argument 2 must be a byte string of length 1, not " + f.type().name);
                    }
                }
                PyObject asciiResult = asciiWhitespace(name, a, k);
                if (asciiResult != null) return asciiResult;
                PyObject f = PyStr.TYPE.lookup(name);
                PyObject[] conv = new PyObject[a.length];
                conv[0] = PyStr.of(latin(a[0]));
                int firstKw = a.length - (k == null ? 0 : k.length);
                for (int i = 1; i < a.length; i++) {
                    boolean bytesArg = i < firstKw ? isBytesPosition(name, i) : k[i - firstKw].equals("sep");
                    conv[i] = bytesArg ? bytesAsStr(a[i]) : a[i];
                }
                return fromStrResult(a[0], f.call(conv, k));
            });
        }
    }

    private static boolean isWs(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    /**
     * The forms whose bytes semantics differ from str's: white space is ASCII only (split/strip without
     * separator) and only \n, \r, \r\n end lines. Null when the str-backed path applies.
     */
    private static PyObject asciiWhitespace(String name, PyObject[] a, String[] k) {
        switch (name) {
            case "strip": case "lstrip": case "rstrip": {
                if (k != null && k.length > 0) return null;
                if (a.length > 2 || (a.length == 2 && a[1] != PyNone.NONE)) return null;
                byte[] b = raw(a[0]);
                int lo = 0;
                int hi = size(a[0]);
                if (!name.equals("rstrip")) while (lo < hi && isWs(b[lo])) lo++;
                if (!name.equals("lstrip")) while (hi > lo && isWs(b[hi - 1])) hi--;
                return wrap(a[0], Arrays.copyOfRange(b, lo, hi));
            }
            case "split": case "rsplit": {
                ArgParser p = new ArgParser(name, a, k, 1, "sep", "maxsplit");
                if (p.get(0, PyNone.NONE) != PyNone.NONE) return null;
                long max = Protocol.index(p.get(1, PyInt.MINUS_ONE));
                if (max < 0) max = Long.MAX_VALUE;
                byte[] b = raw(a[0]);
                int n = size(a[0]);
                java.util.ArrayList<PyObject> parts = new java.util.ArrayList<>();
                if (name.equals("split")) {
                    int i = 0;
                    while (true) {
                        while (i < n && isWs(b[i])) i++;
                        if (i >= n) break;
                        if (max-- == 0) {
                            parts.add(wrap(a[0], Arrays.copyOfRange(b, i, n)));
                            break;
                        }
                        int j = i;
                        while (j < n && !isWs(b[j])) j++;
                        parts.add(wrap(a[0], Arrays.copyOfRange(b, i, j)));
                        i = j;
                    }
                } else {
                    int e = n;
                    while (true) {
                        while (e > 0 && isWs(b[e - 1])) e--;
                        if (e <= 0) break;
                        if (max-- == 0) {
                            parts.add(wrap(a[0], Arrays.copyOfRange(b, 0, e)));
                            break;
                        }
                        int j = e;
                        while (j > 0 && !isWs(b[j - 1])) j--;
                        parts.add(wrap(a[0], Arrays.copyOfRange(b, j, e)));
                        e = j;
                    }
                    java.util.Collections.reverse(parts);
                }
                return new PyList(parts.toArray(new PyObject[0]));
            }
            case "splitlines": {
                ArgParser p = new ArgParser(name, a, k, 1, "keepends");
                PyObject keepObj = p.get(0, PyBool.FALSE);
                boolean keep = keepObj instanceof PyInt ? keepObj.isTrue() : Protocol.index(keepObj) != 0;
                byte[] b = raw(a[0]);
                int n = size(a[0]);
                PyList out = new PyList();
                int i = 0;
                while (i < n) {
                    int j = i;
                    while (j < n && b[j] != '\n' && b[j] != '\r') j++;
                    int eol = j;
                    if (j < n) j += b[j] == '\r' && j + 1 < n && b[j + 1] == '\n' ? 2 : 1;
                    out.append(wrap(a[0], Arrays.copyOfRange(b, i, keep ? j : eol)));
                    i = j;
                }
                return out;
            }
            default:
                return null;
        }
    }

    /** Whether positional argument i of a str-backed bytes method is bytes-like (others are ints, passed through). */
    private static boolean isBytesPosition(String name, int i) {
        switch (name) {
            case "replace": return i <= 2;
            case "center": case "ljust": case "rjust": return i == 2;
            case "split": case "rsplit": case "partition": case "rpartition": case "removeprefix": case "removesuffix":
            case "strip": case "lstrip": case "rstrip":
                return i == 1;
            default: return false;
        }
    }

    /** A bytes-like argument as its Latin-1 str (None stays None); CPython's TypeError otherwise. */
    private static PyObject bytesAsStr(PyObject o) {
        if (o == PyNone.NONE) return o;
        if (PyBytes.isBytesLike(o)) return PyStr.of(latin1(b(o)));
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    private static PyObject fromStrResult(PyObject self, PyObject r) {
        if (r instanceof PyStr s) return wrap(self, latin1b(s.value()));
        if (r instanceof PyList l) {
            PyList out = new PyList(l.size);
            for (int i = 0; i < l.size; i++) out.append(fromStrResult(self, l.items[i]));
            return out;
        }
        if (r instanceof PyTuple tu) {
            PyObject[] items = new PyObject[tu.items.length];
            for (int i = 0; i < items.length; i++) items[i] = fromStrResult(self, tu.items[i]);
            return PyTuple.of(items);
        }
        return r;
    }

    /** The needle of find/index/count: a byte value or a bytes-like object. */
    private static byte[] needle(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof PyByteArray || o instanceof PyMemoryView) return b(o);
        if (o instanceof PyInt || o.type().lookup("__index__") != null) return new byte[] {(byte) PyByteArray.byteValue(o)};
        throw Errors.typeError("argument should be integer or bytes-like object, not '" + o.type().name + "'");
    }

    /** Slice bounds {@code [start, end)} of the optional arguments a[from], a[from+1] (None allowed), as CPython adjusts them. */
    private static int[] bounds(PyObject[] a, int from, int len) {
        long start = 0;
        long end = len;
        if (a.length > from && a[from] != PyNone.NONE) start = sliceIndex(a[from]);
        if (a.length > from + 1 && a[from + 1] != PyNone.NONE) end = sliceIndex(a[from + 1]);
        if (end > len) end = len;
        else if (end < 0) end = Math.max(0, end + len);
        if (start < 0) start = Math.max(0, start + len);
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    private static long sliceIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        java.math.BigInteger b = Protocol.indexBig(o);
        if (b.bitLength() < 63) return b.longValue();
        return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    static int lastIndexOf(byte[] hay, int from, int to, byte[] needle) {
        outer:
        for (int i = to - needle.length; i >= from; i--) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** find/rfind: the index of {@code sub} in {@code self[start:end]}, or -1. */
    private static int find(PyObject[] a, boolean reverse) {
        StrMethods.argCount(a, reverse ? "rfind" : "find");
        byte[] sub = needle(a[1]);
        byte[] hay = raw(a[0]);
        int[] r = bounds(a, 2, size(a[0]));
        if (r[1] - r[0] < sub.length) return -1;
        if (reverse) return lastIndexOf(hay, r[0], r[1], sub);
        if (sub.length == 1) {
            byte x = sub[0];
            for (int i = r[0]; i < r[1]; i++) if (hay[i] == x) return i;
            return -1;
        }
        int i = indexOf(hay, r[1], sub, r[0]);
        return i;
    }

    private static boolean tailMatch(byte[] hay, int[] r, byte[] sub, boolean atEnd) {
        if (r[1] - r[0] < sub.length) return false;
        int at = atEnd ? r[1] - sub.length : r[0];
        for (int j = 0; j < sub.length; j++) if (hay[at + j] != sub[j]) return false;
        return true;
    }

    private static PyObject startsEnds(PyObject[] a, boolean atEnd) {
        String name = atEnd ? "endswith" : "startswith";
        StrMethods.argCount(a, name);
        int[] r = bounds(a, 2, size(a[0]));
        byte[] hay = raw(a[0]);
        if (a[1] instanceof PyTuple tu) {
            for (PyObject q : tu.items) {
                if (!PyBytes.isBytesLike(q)) {
                    throw Errors.typeError("a bytes-like object is required, not '" + q.type().name + "'");
                }
                if (tailMatch(hay, r, b(q), atEnd)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        }
        if (!PyBytes.isBytesLike(a[1])) {
            throw Errors.typeError(name + " first arg must be bytes or a tuple of bytes, not " + a[1].type().name);
        }
        return PyBool.of(tailMatch(hay, r, b(a[1]), atEnd));
    }

    /** Native find, rfind, index, rindex, count, startswith, endswith (no copies of the haystack). */
    static void search(PyType t) {
        t.method("find", (Fn.FV) (a, k) -> PyInt.of(find(a, false)));
        t.method("rfind", (Fn.FV) (a, k) -> PyInt.of(find(a, true)));
        t.method("index", (Fn.FV) (a, k) -> {
            StrMethods.argCount(a, "index");
            int i = find(a, false);
            if (i < 0) throw Errors.valueError("subsection not found");
            return PyInt.of(i);
        });
        t.method("rindex", (Fn.FV) (a, k) -> {
            StrMethods.argCount(a, "rindex");
            int i = find(a, true);
            if (i < 0) throw Errors.valueError("subsection not found");
            return PyInt.of(i);
        });
        t.method("count", (Fn.FV) (a, k) -> {
            StrMethods.argCount(a, "count");
            byte[] sub = needle(a[1]);
            byte[] hay = raw(a[0]);
            int[] r = bounds(a, 2, size(a[0]));
            if (r[1] - r[0] < sub.length) return PyInt.ZERO;
            if (sub.length == 0) return PyInt.of(r[1] - r[0] + 1);
            long n = 0;
            if (sub.length == 1) {
                byte x = sub[0];
                for (int i = r[0]; i < r[1]; i++) if (hay[i] == x) n++;
                return PyInt.of(n);
            }
            for (int i = indexOf(hay, r[1], sub, r[0]); i >= 0; i = indexOf(hay, r[1], sub, i + sub.length)) n++;
            return PyInt.of(n);
        });
        t.method("startswith", (Fn.FV) (a, k) -> startsEnds(a, false));
        t.method("endswith", (Fn.FV) (a, k) -> startsEnds(a, true));
        t.staticMethod("maketrans", new PyBuiltinFunction("maketrans", (Fn.F2) (from, to) -> {
            byte[] f = b(from);
            byte[] g = b(to);
            if (f.length != g.length) throw Errors.valueError("maketrans arguments must have same length");
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte) i;
            for (int i = 0; i < f.length; i++) table[f[i] & 0xff] = g[i];
            return new PyBytes(table);
        }));
        t.method("translate", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("translate", a, k, 1, "table", "delete");
            PyObject tableObj = p.required(0, "table");
            byte[] table = null;
            if (tableObj != PyNone.NONE) {
                table = b(tableObj);
                if (table.length != 256) throw Errors.valueError("translation table must be 256 characters long");
            }
            boolean[] drop = new boolean[256];
            if (p.has(1)) for (byte x : b(p.get(1, null))) drop[x & 0xff] = true;
            byte[] src = raw(a[0]);
            int n = size(a[0]);
            byte[] out = new byte[n];
            int w = 0;
            for (int i = 0; i < n; i++) {
                int c = src[i] & 0xff;
                if (drop[c]) continue;
                out[w++] = table == null ? (byte) c : table[c];
            }
            return wrap(a[0], w == n ? out : Arrays.copyOf(out, w));
        });
    }

    /** The ASCII-only character classes and case mappings of bytes. */
    static void asciiCase(PyType t) {
        t.method("upper", (Fn.F1) s -> wrap(s, mapAscii(s, 1)));
        t.method("lower", (Fn.F1) s -> wrap(s, mapAscii(s, 2)));
        t.method("swapcase", (Fn.F1) s -> wrap(s, mapAscii(s, 3)));
        t.method("capitalize", (Fn.F1) s -> {
            byte[] r = mapAscii(s, 2);
            if (r.length > 0 && r[0] >= 'a' && r[0] <= 'z') r[0] -= 32;
            return wrap(s, r);
        });
        t.method("title", (Fn.F1) s -> {
            byte[] r = Arrays.copyOf(raw(s), size(s));
            boolean prev = false;
            for (int i = 0; i < r.length; i++) {
                boolean lower = r[i] >= 'a' && r[i] <= 'z';
                boolean upper = r[i] >= 'A' && r[i] <= 'Z';
                if (prev && upper) r[i] += 32;
                else if (!prev && lower) r[i] -= 32;
                prev = lower || upper;
            }
            return wrap(s, r);
        });
        t.method("isalnum", (Fn.F1) s -> allAscii(s, c -> Character.isLetterOrDigit(c)));
        t.method("isalpha", (Fn.F1) s -> allAscii(s, Character::isLetter));
        t.method("isdigit", (Fn.F1) s -> allAscii(s, c -> c >= '0' && c <= '9'));
        t.method("isspace", (Fn.F1) s -> allAscii(s, c -> " \t\n\r\u000b\f".indexOf(c) >= 0));
        t.method("isascii", (Fn.F1) s -> {
            for (int i = 0; i < size(s); i++) if (raw(s)[i] < 0) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        t.method("islower", (Fn.F1) s -> PyBool.of(hasCase(s, 'a') && !hasCase(s, 'A')));
        t.method("isupper", (Fn.F1) s -> PyBool.of(hasCase(s, 'A') && !hasCase(s, 'a')));
        t.method("istitle", (Fn.F1) s -> {
            String str = latin(s);
            return PyBool.of(StrCase.isAscii(str) ? StrCase.title(str).equals(str) && (hasCase(s, 'A')) : false);
        });
    }

    private static byte[] mapAscii(PyObject s, int mode) {
        byte[] r = Arrays.copyOf(raw(s), size(s));
        for (int i = 0; i < r.length; i++) {
            byte c = r[i];
            if ((mode & 1) != 0 && c >= 'a' && c <= 'z') r[i] = (byte) (c - 32);
            else if ((mode & 2) != 0 && c >= 'A' && c <= 'Z') r[i] = (byte) (c + 32);
        }
        return r;
    }

    private static PyObject allAscii(PyObject s, java.util.function.IntPredicate p) {
        int n = size(s);
        if (n == 0) return PyBool.FALSE;
        for (int i = 0; i < n; i++) {
            int c = raw(s)[i];
            if (c < 0 || !p.test(c)) return PyBool.FALSE;
        }
        return PyBool.TRUE;
    }

    private static boolean hasCase(PyObject s, char base) {
        for (int i = 0; i < size(s); i++) {
            int c = raw(s)[i];
            if (c >= base && c < base + 26) return true;
        }
        return false;
    }

    static String latin(PyObject o) {
        return new String(raw(o), 0, size(o), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static String latin1(byte[] b) {
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static byte[] latin1b(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** bytes.hex(sep, bytes_per_sep): groups counted from the right (from the left for a negative count). */
    static String hex(byte[] b, int n, PyObject sepObj, long per) {
        String sep = null;
        if (sepObj != null) {
            if (sepObj instanceof PyStr s) sep = s.value();
            else if (sepObj instanceof PyBytes bs) sep = bs.asLatin1();
            else throw Errors.typeError("sep must be str or bytes.");
            if (sep.length() != 1) throw Errors.valueError("sep must be length 1.");
        }
        StringBuilder sb = new StringBuilder(n * 3);
        long group = Math.abs(per);
        for (int i = 0; i < n; i++) {
            if (sep != null && i > 0 && group > 0) {
                boolean boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) sb.append(sep);
            }
            sb.append(HEX[(b[i] >> 4) & 15]).append(HEX[b[i] & 15]);
        }
        return sb.toString();
    }

    static void setup(PyType t) {
        t.setConstructor((cls, a, k) -> {
            if (a.length == 1 && (k == null || k.length == 0) && a[0].getClass() == PyBytes.class) return a[0];
            return new PyBytes(source(a, k, "bytes"));
        });
        Subclasses.defineNew(t);
        common(t);
        t.method("__hash__", (Fn.F1) s -> PyInt.of(s.hash()));
        t.method("__bytes__", (Fn.F1) s -> s);
        t.method("__mod__", (Fn.F2) PyObject::mod);
    }

    static void setupByteArray(PyType t) {
        t.setConstructor((cls, a, k) -> new PyByteArray(source(a, k, "bytearray")));
        Subclasses.defineNew(t);
        Subclasses.defineByteArrayInit(t);
        common(t);
        t.method("__str__", (Fn.F1) s -> PyStr.of(((PyByteArray) s).reprText()));
        t.def("__hash__", PyNone.NONE);
        t.method("__setitem__", (Fn.F3) (s, k, v) -> {
            s.setItem(k, v);
            return PyNone.NONE;
        });
        t.method("__delitem__", (Fn.F2) (s, k) -> {
            s.delItem(k);
            return PyNone.NONE;
        });
        t.method("__iadd__", (Fn.F2) PyObject::iadd);
        t.method("append", (Fn.F2) (s, x) -> {
            ((PyByteArray) s).append(PyByteArray.byteValue(x));
            return PyNone.NONE;
        });
        t.method("extend", (Fn.F2) (s, x) -> {
            if (!PyBytes.isBytesLike(x) && x.type().lookup("__iter__") == null && x.type().lookup("__getitem__") == null) {
                throw Errors.typeError("can't extend bytearray with " + x.type().name);
            }
            ((PyByteArray) s).extend(PyBytes.isBytesLike(x) ? b(x) : fromIterable(x));
            return PyNone.NONE;
        });
        t.method(new PyBuiltinFunction("pop").with((Fn.F1) s -> {
            PyByteArray ba = (PyByteArray) s;
            if (ba.size == 0) throw Errors.indexError("pop from empty bytearray");
            return PyInt.of(ba.data[--ba.size] & 0xff);
        }).with((Fn.F2) (s, i) -> {
            PyByteArray ba = (PyByteArray) s;
            if (ba.size == 0) throw Errors.indexError("pop from empty bytearray");
            long k = Protocol.index(i);
            if (k < 0) k += ba.size;
            if (k < 0 || k >= ba.size) throw Errors.indexError("pop index out of range");
            int v = ba.data[(int) k] & 0xff;
            System.arraycopy(ba.data, (int) k + 1, ba.data, (int) k, ba.size - (int) k - 1);
            ba.size--;
            return PyInt.of(v);
        }));
        t.method("insert", (Fn.F3) (s, i, x) -> {
            PyByteArray ba = (PyByteArray) s;
            int v = PyByteArray.byteValue(x);
            long k = Protocol.index(i);
            if (k < 0) k = Math.max(0, k + ba.size);
            k = Math.min(k, ba.size);
            ba.append(0);
            System.arraycopy(ba.data, (int) k, ba.data, (int) k + 1, ba.size - (int) k - 1);
            ba.data[(int) k] = (byte) v;
            return PyNone.NONE;
        });
        t.method("remove", (Fn.F2) (s, x) -> {
            PyByteArray ba = (PyByteArray) s;
            int v = PyByteArray.byteValue(x);
            for (int k = 0; k < ba.size; k++) {
                if ((ba.data[k] & 0xff) == v) {
                    System.arraycopy(ba.data, k + 1, ba.data, k, ba.size - k - 1);
                    ba.size--;
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        t.method("clear", (Fn.F1) s -> {
            ((PyByteArray) s).size = 0;
            return PyNone.NONE;
        });
        t.method("copy", (Fn.F1) s -> new PyByteArray(((PyByteArray) s).toBytes()));
        t.method("reverse", (Fn.F1) s -> {
            PyByteArray ba = (PyByteArray) s;
            for (int i = 0, j = ba.size - 1; i < j; i++, j--) {
                byte x = ba.data[i];
                ba.data[i] = ba.data[j];
                ba.data[j] = x;
            }
            return PyNone.NONE;
        });
    }
}
