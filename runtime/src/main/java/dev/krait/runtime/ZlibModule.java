package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * {@code zlib} on the JDK's deflate implementation (the same zlib, so compressed bytes match CPython's): one-shot
 * and streaming compression in zlib, raw and gzip formats, crc32 and adler32.
 */
final class ZlibModule {
    private ZlibModule() {}

    static final PyType ERROR = ExceptionTypes.moduleError("zlib", "error", ExceptionTypes.EXCEPTION);

    static PyModule create() {
        ModuleDef d = new ModuleDef("zlib");
        d.set("error", ERROR);
        d.set("MAX_WBITS", PyInt.of(15)).set("DEFLATED", PyInt.of(8)).set("DEF_MEM_LEVEL", PyInt.of(8))
                .set("DEF_BUF_SIZE", PyInt.of(16384)).set("Z_NO_COMPRESSION", PyInt.of(0))
                .set("Z_BEST_SPEED", PyInt.of(1)).set("Z_BEST_COMPRESSION", PyInt.of(9))
                .set("Z_DEFAULT_COMPRESSION", PyInt.of(-1)).set("Z_FILTERED", PyInt.of(1))
                .set("Z_HUFFMAN_ONLY", PyInt.of(2)).set("Z_RLE", PyInt.of(3)).set("Z_FIXED", PyInt.of(4))
                .set("Z_DEFAULT_STRATEGY", PyInt.of(0)).set("Z_NO_FLUSH", PyInt.of(0)).set("Z_PARTIAL_FLUSH", PyInt.of(1))
                .set("Z_SYNC_FLUSH", PyInt.of(2)).set("Z_FULL_FLUSH", PyInt.of(3)).set("Z_FINISH", PyInt.of(4))
                .set("Z_BLOCK", PyInt.of(5)).set("Z_TREES", PyInt.of(6))
                .set("ZLIB_VERSION", PyStr.of("1.2.13")).set("ZLIB_RUNTIME_VERSION", PyStr.of("1.2.13"));
        d.fnv("compress", (a, k) -> {
            ArgParser p = new ArgParser("compress", a, k, 0, "$data", "level", "wbits");
            byte[] data = PyBytes.bytesOf(p.required(0, "data"));
            int level = (int) Protocol.index(p.get(1, PyInt.of(-1)));
            int wbits = (int) Protocol.index(p.get(2, PyInt.of(15)));
            return new PyBytes(compress(data, level, wbits));
        });
        d.fnv("decompress", (a, k) -> {
            ArgParser p = new ArgParser("decompress", a, k, 0, "$data", "wbits", "bufsize");
            byte[] data = PyBytes.bytesOf(p.required(0, "data"));
            int wbits = (int) Protocol.index(p.get(1, PyInt.of(15)));
            return new PyBytes(decompress(data, wbits));
        });
        d.fn("crc32", (Fn.F1) data -> crc32(data, 0)).also("crc32", (Fn.F2) (data, v) -> crc32(data, Protocol.index(v)));
        d.fn("adler32", (Fn.F1) data -> adler32(data, 1)).also("adler32", (Fn.F2) (data, v) -> adler32(data, Protocol.index(v)));
        return d.module;
    }

    static PyObject crc32(PyObject data, long start) {
        byte[] b = PyBytes.bytesOf(data);
        if (start == 0) {
            CRC32 c = new CRC32();
            c.update(b);
            return PyInt.of(c.getValue());
        }
        // Continue a running CRC: the table-driven update with the previous value as the starting state.
        long crc = ~start & 0xffffffffL;
        for (byte x : b) {
            crc ^= x & 0xff;
            for (int i = 0; i < 8; i++) crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xEDB88320L : crc >>> 1;
        }
        return PyInt.of(~crc & 0xffffffffL);
    }

    static PyObject adler32(PyObject data, long start) {
        byte[] b = PyBytes.bytesOf(data);
        long a = start & 0xffff;
        long s = (start >>> 16) & 0xffff;
        for (byte x : b) {
            a = (a + (x & 0xff)) % 65521;
            s = (s + a) % 65521;
        }
        return PyInt.of((s << 16) | a);
    }

    static byte[] compress(byte[] data, int level, int wbits) {
        if (level < -1 || level > 9) throw Errors.make(ERROR, "Bad compression level");
        boolean gzip = wbits > 15;
        boolean raw = wbits < 0;
        int bits = gzip ? wbits - 16 : raw ? -wbits : wbits;
        if (bits < 9 || bits > 15) throw Errors.make(ERROR, "Error -2 while compressing data: inconsistent stream state");
        Deflater def = new Deflater(level, raw || gzip);
        try {
            def.setInput(data);
            def.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (gzip) out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) (level == 9 ? 2 : level == 1 ? 4 : 0), 3});
            byte[] buf = new byte[8192];
            while (!def.finished()) {
                int n = def.deflate(buf);
                out.write(buf, 0, n);
            }
            if (gzip) {
                CRC32 c = new CRC32();
                c.update(data);
                writeLe(out, c.getValue());
                writeLe(out, data.length & 0xffffffffL);
            }
            return out.toByteArray();
        } finally {
            def.end();
        }
    }

    private static void writeLe(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) out.write((int) (v >>> (8 * i)) & 0xff);
    }

    static byte[] decompress(byte[] data, int wbits) {
        boolean raw = wbits < 0;
        int offset = 0;
        boolean gzip = wbits > 15 && wbits < 32 || wbits >= 32 && data.length > 1 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b;
        if (gzip) offset = gzipHeader(data);
        Inflater inf = new Inflater(raw || gzip);
        try {
            inf.setInput(data, offset, data.length - offset);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0) {
                    if (inf.needsInput()) {
                        throw Errors.make(ERROR, "Error -5 while decompressing data: incomplete or truncated stream");
                    }
                    if (inf.needsDictionary()) throw Errors.make(ERROR, "Error 2 while decompressing data");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            String m = e.getMessage() == null ? "invalid data" : e.getMessage();
            throw Errors.make(ERROR, "Error -3 while decompressing data: " + m);
        } finally {
            inf.end();
        }
    }

    private static int gzipHeader(byte[] d) {
        if (d.length < 10 || (d[0] & 0xff) != 0x1f || (d[1] & 0xff) != 0x8b) {
            throw Errors.make(ERROR, "Error -3 while decompressing data: incorrect header check");
        }
        int flags = d[3] & 0xff;
        int i = 10;
        if ((flags & 4) != 0) i += 2 + ((d[i] & 0xff) | (d[i + 1] & 0xff) << 8);
        if ((flags & 8) != 0) while (i < d.length && d[i++] != 0) { }
        if ((flags & 16) != 0) while (i < d.length && d[i++] != 0) { }
        if ((flags & 2) != 0) i += 2;
        return i;
    }
}
