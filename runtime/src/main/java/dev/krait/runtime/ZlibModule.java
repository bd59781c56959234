package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The {@code zlib} module on java.util.zip (the same zlib library CPython uses, so compressed bytes are
 * identical): one-shot and incremental compression and decompression in the zlib (wbits 9..15), raw (-9..-15)
 * and gzip (25..31) formats, automatic detection on decompression (40..47), crc32 and adler32.
 */
final class ZlibModule {
    private ZlibModule() {}

    static PyType error;
    static final PyType COMPRESS = new PyType("Compress", PyType.OBJECT, Compressor.class, ZlibModule::setupCompress);
    static final PyType DECOMPRESS = new PyType("Decompress", PyType.OBJECT, Decompressor.class, ZlibModule::setupDecompress);

    static {
        COMPRESS.module = "zlib";
        DECOMPRESS.module = "zlib";
    }

    static PyModule create() {
        ModuleDef d = new ModuleDef("zlib");
        error = new PyType(PyType.TYPE, "error", new PyType[] {ExceptionTypes.EXCEPTION}, new PyDict());
        error.module = "zlib";
        error.dict().setStr("__module__", PyStr.of("zlib"));
        d.set("error", error);
        Object[][] consts = {{"MAX_WBITS", 15}, {"DEFLATED", 8}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", 16384},
            {"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1}, {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1},
            {"Z_FILTERED", 1}, {"Z_HUFFMAN_ONLY", 2}, {"Z_RLE", 3}, {"Z_FIXED", 4}, {"Z_DEFAULT_STRATEGY", 0},
            {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_SYNC_FLUSH", 2}, {"Z_FULL_FLUSH", 3}, {"Z_FINISH", 4},
            {"Z_BLOCK", 5}, {"Z_TREES", 6}};
        for (Object[] c : consts) d.set((String) c[0], PyInt.of((Integer) c[1]));
        d.set("ZLIB_VERSION", PyStr.of("1.2.13")).set("ZLIB_RUNTIME_VERSION", PyStr.of("1.2.13"));
        d.fnv("compress", (a, kw) -> {
            ArgParser p = new ArgParser("compress", a, kw, 0, "$data", "level", "wbits");
            byte[] data = BinasciiModule.buffer(p.required(0, "data"));
            Compressor c = new Compressor(level(p.get(1, PyInt.of(-1)), false), wbits(p.get(2, PyInt.of(15)), 0), 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            c.compress(data, out);
            c.finish(out);
            return new PyBytes(out.toByteArray());
        });
        d.fnv("decompress", (a, kw) -> {
            ArgParser p = new ArgParser("decompress", a, kw, 0, "$data", "wbits", "bufsize");
            byte[] data = BinasciiModule.buffer(p.required(0, "data"));
            Decompressor dc = new Decompressor(wbits(p.get(1, PyInt.of(15)), 2));
            byte[] out = dc.decompress(data, 0);
            if (!dc.eof) throw err(-5, "while decompressing data", "incomplete or truncated stream");
            return new PyBytes(out);
        });
        d.fnv("compressobj", (a, kw) -> {
            ArgParser p = new ArgParser("compressobj", a, kw, 0, "level", "method", "wbits", "memLevel", "strategy", "zdict");
            Compressor c = new Compressor(level(p.get(0, PyInt.of(-1)), true), wbits(p.get(2, PyInt.of(15)), 1),
                    (int) Protocol.index(p.get(4, PyInt.ZERO)));
            PyObject zdict = p.get(5, PyNone.NONE);
            if (zdict != PyNone.NONE) c.deflater.setDictionary(BinasciiModule.buffer(zdict));
            return c;
        });
        d.fnv("decompressobj", (a, kw) -> {
            ArgParser p = new ArgParser("decompressobj", a, kw, 0, "wbits", "zdict");
            Decompressor dc = new Decompressor(wbits(p.get(0, PyInt.of(15)), 3));
            PyObject zdict = p.get(1, PyNone.NONE);
            if (zdict != PyNone.NONE) dc.zdict = BinasciiModule.buffer(zdict);
            return dc;
        });
        d.fn("crc32", b -> PyInt.of(BinasciiModule.crc32(BinasciiModule.buffer(b), 0)))
                .also("crc32", (b, v) -> PyInt.of(BinasciiModule.crc32(BinasciiModule.buffer(b), Protocol.indexBig(v).longValue())));
        d.fn("adler32", b -> PyInt.of(adler32(BinasciiModule.buffer(b), 1)))
                .also("adler32", (b, v) -> PyInt.of(adler32(BinasciiModule.buffer(b), Protocol.indexBig(v).longValue() & 0xffffffffL)));
        return d.module;
    }

    static PyException err(int code, String when, String msg) {
        return Errors.make(error, "Error " + code + " " + when + ": " + msg);
    }

    private static int level(PyObject o, boolean object) {
        int l = (int) Protocol.index(o);
        if (l < -1 || l > 9) {
            if (object) throw Errors.valueError("Invalid initialization option");
            throw Errors.make(error, "Bad compression level");
        }
        return l;
    }

    /** wbits checked as CPython reports a bad value: per function (0 compress, 1 compressobj, 2 decompress, 3 decompressobj). */
    private static int wbits(PyObject o, int where) {
        int w = (int) Protocol.index(o);
        int a = Math.abs(w);
        boolean decompress = where >= 2;
        boolean ok = (a >= 9 && a <= 15) || (w >= 25 && w <= 31) || (decompress && (w == 0 || (w >= 40 && w <= 47)));
        if (!ok) {
            if (where == 0) throw Errors.make(error, "Bad compression level");
            if (where == 2) throw err(-2, "while preparing to decompress data", "inconsistent stream state");
            throw Errors.valueError("Invalid initialization option");
        }
        return w;
    }

    static long adler32(byte[] data, long start) {
        if (start == 1) {
            Adler32 a = new Adler32();
            a.update(data);
            return a.getValue();
        }
        long s1 = start & 0xffff;
        long s2 = (start >>> 16) & 0xffff;
        for (byte b : data) {
            s1 = (s1 + (b & 0xff)) % 65521;
            s2 = (s2 + s1) % 65521;
        }
        return (s2 << 16) | s1;
    }

    /** A compression stream: zlib or raw through Deflater, gzip as a raw stream between a header and a trailer. */
    static final class Compressor extends PyObject {
        final Deflater deflater;
        private final boolean gzip;
        private final CRC32 crc = new CRC32();
        private long size;
        private boolean headerDone;
        private boolean finished;
        /** The header's XFL byte, as zlib sets it: 2 for level 9, 4 for the fastest levels or Huffman-only. */
        private final byte xfl;

        Compressor(int level, int wbits, int strategy) {
            gzip = wbits >= 25;
            int effective = level < 0 ? 6 : level;
            xfl = (byte) (effective == 9 ? 2 : strategy >= 2 || effective < 2 ? 4 : 0);
            deflater = new Deflater(level, wbits < 0 || gzip);
            deflater.setStrategy(strategy == 1 ? Deflater.FILTERED : strategy == 2 ? Deflater.HUFFMAN_ONLY : Deflater.DEFAULT_STRATEGY);
        }

        @Override
        public PyType type() {
            return COMPRESS;
        }

        private void header(ByteArrayOutputStream out) {
            if (gzip && !headerDone) {
                out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3});
            }
            headerDone = true;
        }

        void compress(byte[] data, ByteArrayOutputStream out) {
            if (finished) throw err(-2, "while compressing data", "inconsistent stream state");
            header(out);
            crc.update(data);
            size += data.length;
            deflater.setInput(data);
            byte[] buf = new byte[8192];
            while (!deflater.needsInput()) {
                int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                out.write(buf, 0, n);
            }
        }

        void flush(int mode, ByteArrayOutputStream out) {
            if (mode == 0) return;
            if (mode == 4) {
                finish(out);
                return;
            }
            header(out);
            byte[] buf = new byte[8192];
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH);
                out.write(buf, 0, n);
            } while (n == buf.length);
        }

        void finish(ByteArrayOutputStream out) {
            if (finished) return;
            header(out);
            deflater.finish();
            byte[] buf = new byte[8192];
            while (!deflater.finished()) {
                int n = deflater.deflate(buf);
                out.write(buf, 0, n);
            }
            if (gzip) {
                long c = crc.getValue();
                for (int k = 0; k < 4; k++) out.write((int) (c >>> (8 * k)));
                for (int k = 0; k < 4; k++) out.write((int) (size >>> (8 * k)));
            }
            finished = true;
            deflater.end();
        }
    }

    private static Compressor comp(PyObject o) {
        return (Compressor) o;
    }

    static void setupCompress(PyType t) {
        t.method("compress", (Fn.F2) (s, data) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            comp(s).compress(BinasciiModule.buffer(data), out);
            return new PyBytes(out.toByteArray());
        });
        t.method(new PyBuiltinFunction("flush").with((Fn.F1) s -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            comp(s).flush(4, out);
            return new PyBytes(out.toByteArray());
        }).with((Fn.F2) (s, mode) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            comp(s).flush((int) Protocol.index(mode), out);
            return new PyBytes(out.toByteArray());
        }));
    }

    /** A decompression stream; the format is decided from wbits, or from the first bytes for 40..47 and 0. */
    static final class Decompressor extends PyObject {
        private final int wbits;
        private Inflater inflater;
        private boolean gzip;
        private byte[] pending = new byte[0];
        byte[] zdict;
        boolean eof;
        byte[] unusedData = new byte[0];
        byte[] unconsumedTail = new byte[0];

        Decompressor(int wbits) {
            this.wbits = wbits;
        }

        @Override
        public PyType type() {
            return DECOMPRESS;
        }

        /** Creates the inflater once the format is known; returns the offset where deflate data begins, or -1. */
        private int start(byte[] data) {
            boolean raw = wbits < 0;
            gzip = wbits >= 25 && wbits <= 31;
            if (wbits >= 40 || wbits == 0) gzip = data.length >= 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b;
            int off = 0;
            if (gzip) {
                off = gzipHeader(data);
                if (off < 0) return -1;
            } else if (!raw && data.length >= 2) {
                int cmf = data[0] & 0xff;
                int flg = data[1] & 0xff;
                if ((cmf & 0x0f) != 8 || ((cmf << 8) | flg) % 31 != 0) throw err(-3, "while decompressing data", "incorrect header check");
            }
            inflater = new Inflater(raw || gzip);
            return off;
        }

        private static int gzipHeader(byte[] d) {
            if (d.length < 10) return -1;
            if ((d[0] & 0xff) != 0x1f || (d[1] & 0xff) != 0x8b) throw err(-3, "while decompressing data", "incorrect header check");
            int flg = d[3] & 0xff;
            int p = 10;
            if ((flg & 4) != 0) {
                if (d.length < p + 2) return -1;
                p += 2 + ((d[p] & 0xff) | (d[p + 1] & 0xff) << 8);
            }
            for (int bit : new int[] {8, 16}) {
                if ((flg & bit) != 0) {
                    while (p < d.length && d[p] != 0) p++;
                    p++;
                }
            }
            if ((flg & 2) != 0) p += 2;
            return p <= d.length ? p : -1;
        }

        byte[] decompress(byte[] input, int maxLength) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (eof) {
                unusedData = concat(unusedData, input);
                return out.toByteArray();
            }
            byte[] data = concat(pending, input);
            pending = new byte[0];
            if (inflater == null) {
                int off = start(data);
                if (off < 0) {
                    pending = data;
                    return out.toByteArray();
                }
                data = java.util.Arrays.copyOfRange(data, off, data.length);
            }
            inflater.setInput(data);
            byte[] buf = new byte[8192];
            try {
                while (!inflater.finished()) {
                    int want = maxLength > 0 ? Math.min(buf.length, maxLength - out.size()) : buf.length;
                    if (want <= 0) break;
                    int n = inflater.inflate(buf, 0, want);
                    if (n == 0) {
                        if (inflater.needsDictionary()) {
                            if (zdict == null) throw err(2, "while decompressing data", "need dictionary");
                            inflater.setDictionary(zdict);
                            continue;
                        }
                        if (inflater.needsInput()) break;
                    }
                    out.write(buf, 0, n);
                }
            } catch (DataFormatException e) {
                String msg = e.getMessage() == null ? "invalid stored block lengths" : e.getMessage();
                throw err(-3, "while decompressing data", msg);
            }
            int remaining = inflater.getRemaining();
            byte[] rest = java.util.Arrays.copyOfRange(data, data.length - remaining, data.length);
            if (inflater.finished()) {
                eof = true;
                // A gzip stream ends with its CRC-32 and size, which are not compressed data.
                if (gzip) rest = rest.length >= 8 ? java.util.Arrays.copyOfRange(rest, 8, rest.length) : new byte[0];
                unusedData = concat(unusedData, rest);
                unconsumedTail = new byte[0];
                inflater.end();
            } else {
                unconsumedTail = rest;
                if (maxLength <= 0) {
                    pending = rest;
                    unconsumedTail = new byte[0];
                }
            }
            return out.toByteArray();
        }

        private static byte[] concat(byte[] a, byte[] b) {
            if (a.length == 0) return b;
            byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return r;
        }
    }

    private static Decompressor dec(PyObject o) {
        return (Decompressor) o;
    }

    static void setupDecompress(PyType t) {
        t.method("decompress", (Fn.FV) (a, kw) -> {
            ArgParser p = new ArgParser("decompress", a, kw, 1, "$data", "max_length");
            int max = (int) Protocol.index(p.get(1, PyInt.ZERO));
            if (max < 0) throw Errors.valueError("max_length must be non-negative");
            Decompressor d = dec(a[0]);
            byte[] data = BinasciiModule.buffer(p.required(0, "data"));
            if (max > 0 && d.unconsumedTail.length > 0) {
                byte[] tail = d.unconsumedTail;
                d.unconsumedTail = new byte[0];
                d.pending = tail;
            }
            return new PyBytes(d.decompress(data, max));
        });
        t.method(new PyBuiltinFunction("flush").with((Fn.F1) s -> new PyBytes(flush(dec(s))))
                .with((Fn.F2) (s, n) -> new PyBytes(flush(dec(s)))));
        t.getter("eof", s -> PyBool.of(dec(s).eof));
        t.getter("unused_data", s -> new PyBytes(dec(s).unusedData));
        t.getter("unconsumed_tail", s -> new PyBytes(dec(s).unconsumedTail));
    }

    private static byte[] flush(Decompressor d) {
        byte[] tail = d.unconsumedTail;
        d.unconsumedTail = new byte[0];
        return d.decompress(tail, 0);
    }
}
