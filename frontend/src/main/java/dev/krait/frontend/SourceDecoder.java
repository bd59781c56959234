package dev.krait.frontend;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns source bytes into text as CPython does: UTF-8 by default, a BOM, or a PEP 263 coding cookie. */
public final class SourceDecoder {
    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceDecoder() {}

    public static String decode(byte[] src, String fileName) {
        int start = 0;
        boolean bom = src.length >= 3 && (src[0] & 0xff) == 0xEF && (src[1] & 0xff) == 0xBB && (src[2] & 0xff) == 0xBF;
        if (bom) start = 3;
        Charset cs = StandardCharsets.UTF_8;
        String declared = cookie(src, start);
        if (declared != null) {
            String norm = declared.toLowerCase().replace('_', '-');
            if (norm.equals("utf-8") || norm.startsWith("utf-8-") || norm.equals("utf8")) {
                cs = StandardCharsets.UTF_8;
            } else if (norm.equals("latin-1") || norm.startsWith("latin-1-") || norm.equals("iso-8859-1")
                    || norm.startsWith("iso-8859-1-") || norm.equals("iso-latin-1") || norm.equals("latin1")) {
                cs = StandardCharsets.ISO_8859_1;
            } else {
                try {
                    cs = Charset.forName(declared);
                } catch (RuntimeException e) {
                    throw CompileError.syntax("unknown encoding: " + declared, fileName, 0, 0, null);
                }
            }
            if (bom && !(norm.equals("utf-8") || norm.startsWith("utf-8-"))) {
                throw CompileError.syntax("encoding problem: " + declared + " with BOM", fileName, 0, 0, null);
            }
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(src, start, src.length - start)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int bad = firstBadUtf8(src, start);
            for (int i = start; i < bad && i < src.length; i++) if (src[i] == '\n') line++;
            String msg = cs == StandardCharsets.UTF_8
                    ? String.format("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte",
                        src[Math.min(bad, src.length - 1)] & 0xff, bad - start)
                    : "encoding problem: " + cs.name();
            if (declared == null && cs == StandardCharsets.UTF_8) {
                msg = String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                        + "see https://peps.python.org/pep-0263/ for details", src[Math.min(bad, src.length - 1)] & 0xff,
                        fileName, line);
            }
            throw CompileError.syntax(msg, fileName, line, 0, null);
        }
    }

    /** The coding cookie on line 1 or 2 (line 2 only if line 1 is a comment or blank), or null. */
    private static String cookie(byte[] src, int start) {
        int pos = start;
        for (int lineNo = 0; lineNo < 2 && pos < src.length; lineNo++) {
            int end = pos;
            while (end < src.length && src[end] != '\n') end++;
            String line = new String(src, pos, end - pos, StandardCharsets.ISO_8859_1);
            Matcher m = COOKIE.matcher(line);
            if (m.find()) return m.group(1);
            String t = line.strip();
            if (!(t.isEmpty() || t.startsWith("#"))) return null;
            pos = end + 1;
        }
        return null;
    }

    private static int firstBadUtf8(byte[] src, int start) {
        var dec = StandardCharsets.UTF_8.newDecoder();
        for (int i = start; i < src.length; ) {
            int b = src[i] & 0xff;
            int n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
            if (n == 0 || i + n > src.length) return i;
            try {
                dec.reset().decode(ByteBuffer.wrap(src, i, n));
            } catch (CharacterCodingException e) {
                return i;
            }
            i += n;
        }
        return src.length;
    }
}
