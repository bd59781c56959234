package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Text encodings with Python's error handlers (strict, ignore, replace, backslashreplace, surrogateescape). */
final class Codecs {
    private Codecs() {}

    static byte[] encode(String s, String enc, String errors) {
        switch (enc) {
            case "utf-8": return encodeUtf8(s, errors);
            case "ascii": return encodeLimited(s, 128, "ascii", errors);
            case "latin-1": return encodeLimited(s, 256, "latin-1", errors);
            case "utf-16": return concat(new byte[] {(byte) 0xff, (byte) 0xfe}, encodeWide(s, 2, true, "utf-16", errors));
            case "utf-16-le": return encodeWide(s, 2, true, enc, errors);
            case "utf-16-be": return encodeWide(s, 2, false, enc, errors);
            case "utf-32": return concat(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0}, encodeWide(s, 4, true, "utf-32", errors));
            case "utf-32-le": return encodeWide(s, 4, true, enc, errors);
            default: return encodeWide(s, 4, false, enc, errors);
        }
    }

    /** UTF-16 or UTF-32 (unit width 2 or 4): lone surrogates go to the error handler. */
    private static byte[] encodeWide(String s, int width, boolean little, String enc, String errors) {
        boolean clean = true;
        for (int i = 0; i < s.length() && clean; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) clean = false;
        }
        if (clean && width == 2) return s.getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        if (clean) return utf32(s, little);
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * width);
        int pos = 0;
        for (int i = 0; i < s.length(); pos++) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0xd800 || cp > 0xdfff) {
                putWide(out, cp, width, little);
                continue;
            }
            switch (errors) {
                case "ignore": break;
                case "replace": putWide(out, '?', width, little); break;
                case "surrogatepass": putUnit(out, cp, width, little); break;
                case "backslashreplace":
                    for (char ch : String.format("\\u%04x", cp).toCharArray()) putWide(out, ch, width, little);
                    break;
                case "xmlcharrefreplace":
                    for (char ch : ("&#" + cp + ";").toCharArray()) putWide(out, ch, width, little);
                    break;
                default:
                    checkHandler(errors);
                    throw encodeError(enc, s, pos, "surrogates not allowed");
            }
        }
        return out.toByteArray();
    }

    private static void putWide(ByteArrayOutputStream out, int cp, int width, boolean little) {
        if (width == 2 && cp >= 0x10000) {
            putUnit(out, Character.highSurrogate(cp), 2, little);
            putUnit(out, Character.lowSurrogate(cp), 2, little);
        } else {
            putUnit(out, cp, width, little);
        }
    }

    private static void putUnit(ByteArrayOutputStream out, int u, int width, boolean little) {
        for (int k = 0; k < width; k++) out.write(u >>> (8 * (little ? k : width - 1 - k)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static byte[] utf32(String s, boolean little) {
        int[] cps = s.codePoints().toArray();
        byte[] r = new byte[cps.length * 4];
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            for (int k = 0; k < 4; k++) {
                int shift = little ? 8 * k : 8 * (3 - k);
                r[i * 4 + k] = (byte) (c >>> shift);
            }
        }
        return r;
    }

    private static byte[] encodeUtf8(String s, String errors) {
        boolean clean = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                clean = false;
                break;
            }
        }
        if (clean) return s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp >= 0xd800 && cp <= 0xdfff) {
                switch (errors) {
                    case "ignore": break;
                    case "replace": out.write('?'); break;
                    case "surrogateescape":
                        if (cp >= 0xdc80 && cp <= 0xdcff) {
                            out.write(cp - 0xdc00);
                            break;
                        }
                        throw encodeError("utf-8", s, pos, "surrogates not allowed");
                    case "surrogatepass": {
                        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                        out.write(0xe0 | (cp >> 12));
                        out.write(0x80 | ((cp >> 6) & 0x3f));
                        out.write(0x80 | (cp & 0x3f));
                        break;
                    }
                    case "backslashreplace": out.writeBytes(String.format("\\u%04x", cp).getBytes(StandardCharsets.US_ASCII)); break;
                    case "xmlcharrefreplace": out.writeBytes(("&#" + cp + ";").getBytes(StandardCharsets.US_ASCII)); break;
                    default:
                        checkHandler(errors);
                        throw encodeError("utf-8", s, pos, "surrogates not allowed");
                }
            } else {
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
            }
            i += n;
            pos++;
        }
        return out.toByteArray();
    }

    private static byte[] encodeLimited(String s, int limit, String name, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int pos = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < limit) {
                out.write(cp);
            } else {
                switch (errors) {
                    case "ignore": break;
                    case "replace": out.write('?'); break;
                    case "backslashreplace":
                        String esc = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp)
                                : String.format("\\U%08x", cp);
                        out.writeBytes(esc.getBytes(StandardCharsets.US_ASCII));
                        break;
                    case "xmlcharrefreplace": out.writeBytes(("&#" + cp + ";").getBytes(StandardCharsets.US_ASCII)); break;
                    case "surrogateescape":
                        if (cp >= 0xdc80 && cp <= 0xdcff) {
                            out.write(cp - 0xdc00);
                            break;
                        }
                        throw encodeError(name, s, pos, runEnd(s, i, pos, limit), "ordinal not in range(" + limit + ")");
                    default:
                        checkHandler(errors);
                        throw encodeError(name, s, pos, runEnd(s, i, pos, limit), "ordinal not in range(" + limit + ")");
                }
            }
            pos++;
        }
        return out.toByteArray();
    }

    /** The code point index after the run of unencodable code points that starts at {@code pos} (char index i is after it). */
    private static int runEnd(String s, int i, int pos, int limit) {
        int end = pos + 1;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (cp < limit) break;
            i += Character.charCount(cp);
            end++;
        }
        return end;
    }

    static PyException encodeError(String enc, String s, int pos, int end, String reason) {
        return Errors.make(ExceptionTypes.UNICODE_ENCODE_ERROR, PyStr.of(enc), PyStr.of(s), PyInt.of(pos), PyInt.of(end),
                PyStr.of(reason));
    }

    static PyException encodeError(String enc, String s, int pos, String reason) {
        PyException e = Errors.make(ExceptionTypes.UNICODE_ENCODE_ERROR, PyStr.of(enc), PyStr.of(s), PyInt.of(pos),
                PyInt.of(pos + 1), PyStr.of(reason));
        return e;
    }

    static String decode(byte[] b, int n, String enc, String errors) {
        switch (enc) {
            case "utf-8": return decodeUtf8(b, n, errors);
            case "ascii": return decodeLimited(b, n, 128, "ascii", errors);
            case "latin-1": return new String(b, 0, n, StandardCharsets.ISO_8859_1);
            case "utf-16": {
                if (n >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) return decodeUtf16(b, n, 2, false, errors);
                if (n >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) return decodeUtf16(b, n, 2, true, errors);
                return decodeUtf16(b, n, 0, true, errors);
            }
            case "utf-16-le": return decodeUtf16(b, n, 0, true, errors);
            case "utf-16-be": return decodeUtf16(b, n, 0, false, errors);
            case "utf-32-be": return decodeUtf32(b, n, 0, false, errors);
            case "utf-32": {
                if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
                    return decodeUtf32(b, n, 4, false, errors);
                }
                if (n >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
                    return decodeUtf32(b, n, 4, true, errors);
                }
                return decodeUtf32(b, n, 0, true, errors);
            }
            default: return decodeUtf32(b, n, 0, true, errors);
        }
    }

    private static String decodeUtf16(byte[] b, int n, int i, boolean little, String errors) {
        String name = little ? "utf-16-le" : "utf-16-be";
        StringBuilder sb = new StringBuilder(n / 2);
        while (i + 1 < n) {
            char u = unit16(b, i, little);
            if (!Character.isSurrogate(u)) {
                sb.append(u);
                i += 2;
            } else if (Character.isLowSurrogate(u)) {
                i = decodeFailure(sb, b, n, i, 2, "illegal encoding", errors, name);
            } else if (i + 3 >= n) {
                i = decodeFailure(sb, b, n, i, n - i, "unexpected end of data", errors, name);
            } else {
                char v = unit16(b, i + 2, little);
                if (Character.isLowSurrogate(v)) {
                    sb.append(u).append(v);
                    i += 4;
                } else {
                    i = decodeFailure(sb, b, n, i, 2, "illegal UTF-16 surrogate", errors, name);
                }
            }
        }
        if (i < n) decodeFailure(sb, b, n, i, n - i, "truncated data", errors, name);
        return sb.toString();
    }

    private static char unit16(byte[] b, int i, boolean little) {
        return little ? (char) ((b[i] & 0xff) | (b[i + 1] & 0xff) << 8) : (char) ((b[i] & 0xff) << 8 | (b[i + 1] & 0xff));
    }

    private static String decodeUtf32(byte[] b, int n, int i, boolean little, String errors) {
        String name = little ? "utf-32-le" : "utf-32-be";
        StringBuilder sb = new StringBuilder(n / 4);
        while (i + 3 < n) {
            long c = 0;
            for (int k = 0; k < 4; k++) {
                int shift = little ? 8 * k : 8 * (3 - k);
                c |= (long) (b[i + k] & 0xff) << shift;
            }
            if (c > 0x10ffff) {
                i = decodeFailure(sb, b, n, i, 4, "code point not in range(0x110000)", errors, name);
            } else if (c >= 0xd800 && c < 0xe000) {
                i = decodeFailure(sb, b, n, i, 4, "code point in surrogate code point range(0xd800, 0xe000)", errors, name);
            } else {
                sb.appendCodePoint((int) c);
                i += 4;
            }
        }
        if (i < n) decodeFailure(sb, b, n, i, n - i, "truncated data", errors, name);
        return sb.toString();
    }

    private static String decodeLimited(byte[] b, int n, int limit, String name, String errors) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c < limit) {
                sb.append((char) c);
                continue;
            }
            switch (errors) {
                case "ignore": break;
                case "replace": sb.append('\ufffd'); break;
                case "backslashreplace": sb.append(String.format("\\x%02x", c)); break;
                case "surrogateescape": sb.append((char) (0xdc00 + c)); break;
                default:
                    checkHandler(errors);
                    throw decodeError(name, b, n, i, i + 1, "ordinal not in range(" + limit + ")");
            }
        }
        return sb.toString();
    }

    static PyException decodeError(String enc, byte[] b, int n, int start, int end, String reason) {
        PyException e = Errors.make(ExceptionTypes.UNICODE_DECODE_ERROR, PyStr.of(enc),
                new PyBytes(java.util.Arrays.copyOf(b, n)), PyInt.of(start), PyInt.of(end), PyStr.of(reason));
        return e;
    }

    private static String decodeUtf8(byte[] b, int n, String errors) {
        StringBuilder sb = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int cp;
            int min;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
                min = 0x10000;
            } else {
                i = decodeFailure(sb, b, n, i, 1, "invalid start byte", errors);
                continue;
            }
            int j = 1;
            boolean bad = false;
            for (; j <= need; j++) {
                if (i + j >= n) {
                    bad = true;
                    break;
                }
                int d = b[i + j] & 0xff;
                if ((d & 0xc0) != 0x80) {
                    bad = true;
                    break;
                }
                if (j == 1 && ((c == 0xe0 && d < 0xa0) || (c == 0xed && d > 0x9f) || (c == 0xf0 && d < 0x90) || (c == 0xf4 && d > 0x8f))) {
                    bad = true;
                    break;
                }
                cp = (cp << 6) | (d & 0x3f);
            }
            if (bad) {
                String reason = i + j >= n ? "unexpected end of data" : "invalid continuation byte";
                i = decodeFailure(sb, b, n, i, j, reason, errors);
                continue;
            }
            if (cp < min) {
                i = decodeFailure(sb, b, n, i, 1, "invalid start byte", errors);
                continue;
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }

    private static int decodeFailure(StringBuilder sb, byte[] b, int n, int i, int len, String reason, String errors) {
        return decodeFailure(sb, b, n, i, len, reason, errors, "utf-8");
    }

    private static int decodeFailure(StringBuilder sb, byte[] b, int n, int i, int len, String reason, String errors, String enc) {
        switch (errors) {
            case "ignore": return i + len;
            case "replace":
                sb.append('\ufffd');
                return i + len;
            case "backslashreplace":
                for (int k = 0; k < len; k++) sb.append(String.format("\\x%02x", b[i + k] & 0xff));
                return i + len;
            case "surrogateescape":
                for (int k = 0; k < len; k++) sb.append((char) (0xdc00 + (b[i + k] & 0xff)));
                return i + len;
            default:
                checkHandler(errors);
                throw decodeError(enc, b, n, i, i + len, reason);
        }
    }

    /** LookupError for an error handler name Python does not know (checked when an error occurs, as CPython). */
    static void checkHandler(String errors) {
        switch (errors) {
            case "strict": case "ignore": case "replace": case "backslashreplace": case "xmlcharrefreplace":
            case "surrogateescape": case "surrogatepass": case "namereplace":
                return;
            default:
                throw Errors.make(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
        }
    }
}
