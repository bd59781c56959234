package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;

/** The {@code binascii} module: hex, base64, CRC-32 and CRC-CCITT, with CPython's errors (no uu or quoted-printable). */
final class BinasciiModule {
    private BinasciiModule() {}

    static PyType error;
    static PyType incomplete;

    private static final byte[] HEX = "0123456789abcdef".getBytes();
    private static final byte[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes();

    static PyModule create() {
        ModuleDef d = new ModuleDef("binascii");
        error = new PyType(PyType.TYPE, "Error", new PyType[] {ExceptionTypes.VALUE_ERROR}, new PyDict());
        error.module = "binascii";
        error.dict().setStr("__module__", PyStr.of("binascii"));
        incomplete = new PyType(PyType.TYPE, "Incomplete", new PyType[] {ExceptionTypes.EXCEPTION}, new PyDict());
        incomplete.module = "binascii";
        incomplete.dict().setStr("__module__", PyStr.of("binascii"));
        d.set("Error", error).set("Incomplete", incomplete);
        for (String name : new String[] {"hexlify", "b2a_hex"}) {
            d.fnv(name, (a, kw) -> {
                ArgParser p = new ArgParser(name, a, kw, 0, "data", "sep", "bytes_per_sep");
                return new PyBytes(hexlify(buffer(p.required(0, "data")), p.get(1, PyNone.NONE),
                        (int) Protocol.index(p.get(2, PyInt.ONE))));
            });
        }
        for (String name : new String[] {"unhexlify", "a2b_hex"}) {
            d.fn(name, h -> new PyBytes(unhexlify(ascii(h))));
        }
        d.fnv("b2a_base64", (a, kw) -> {
            ArgParser p = new ArgParser("b2a_base64", a, kw, 0, "$data", "*", "newline");
            return new PyBytes(b2aBase64(buffer(p.required(0, "data")), p.get(2, PyBool.TRUE).isTrue()));
        });
        d.fnv("a2b_base64", (a, kw) -> {
            ArgParser p = new ArgParser("a2b_base64", a, kw, 0, "$data", "*", "strict_mode");
            return new PyBytes(a2bBase64(ascii(p.required(0, "data")), p.get(2, PyBool.FALSE).isTrue()));
        });
        d.fn("crc32", b -> PyInt.of(crc32(buffer(b), 0))).also("crc32", (b, v) -> PyInt.of(crc32(buffer(b), Protocol.indexBig(v).longValue())));
        d.fn("crc_hqx", (b, v) -> PyInt.of(crcHqx(buffer(b), (int) (Protocol.indexBig(v).longValue() & 0xffff))));
        return d.module;
    }

    static PyException err(String msg) {
        return Errors.make(error, msg);
    }

    /** A bytes-like argument. */
    static byte[] buffer(PyObject o) {
        if (o instanceof PyBytes || o instanceof PyByteArray) return PyBytes.bytesOf(o);
        if (o instanceof PyArray a) return a.toBytes();
        if (o instanceof PyMemoryView m) return m.toBytes();
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    /** An argument that may also be an ASCII-only str, as the a2b functions accept. */
    private static byte[] ascii(PyObject o) {
        if (o instanceof PyStr s) {
            String v = s.value();
            byte[] b = new byte[v.length()];
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c > 127) throw Errors.valueError("string argument should contain only ASCII characters");
                b[i] = (byte) c;
            }
            return b;
        }
        if (o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyArray) return buffer(o);
        throw Errors.typeError("argument should be bytes, buffer or ASCII string, not '" + o.type().name + "'");
    }

    static byte[] hexlify(byte[] data, PyObject sep, int perSep) {
        if (sep == PyNone.NONE || data.length == 0) {
            byte[] out = new byte[data.length * 2];
            for (int i = 0; i < data.length; i++) {
                out[2 * i] = HEX[(data[i] >> 4) & 15];
                out[2 * i + 1] = HEX[data[i] & 15];
            }
            return out;
        }
        byte[] sb;
        if (sep instanceof PyStr s) {
            sb = s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (s.value().length() == 1 && s.value().charAt(0) > 127) {
                throw Errors.valueError("sep must be ASCII.");
            }
        } else {
            sb = buffer(sep);
        }
        if (sb.length != 1) throw Errors.valueError("sep must be length 1.");
        int group = Math.max(1, Math.abs(perSep));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = data.length;
        for (int i = 0; i < n; i++) {
            // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
            boolean boundary = perSep > 0 ? i > 0 && (n - i) % group == 0 : i > 0 && i % group == 0;
            if (boundary && perSep != 0) out.write(sb[0]);
            out.write(HEX[(data[i] >> 4) & 15]);
            out.write(HEX[data[i] & 15]);
        }
        return out.toByteArray();
    }

    static byte[] unhexlify(byte[] h) {
        if (h.length % 2 != 0) throw err("Odd-length string");
        byte[] out = new byte[h.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(h[2 * i], 16);
            int lo = Character.digit(h[2 * i + 1], 16);
            if (hi < 0 || lo < 0) throw err("Non-hexadecimal digit found");
            out[i] = (byte) (hi * 16 + lo);
        }
        return out;
    }

    static byte[] b2aBase64(byte[] d, boolean newline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        for (; i + 2 < d.length; i += 3) {
            int v = (d[i] & 0xff) << 16 | (d[i + 1] & 0xff) << 8 | (d[i + 2] & 0xff);
            out.write(B64[v >> 18]);
            out.write(B64[(v >> 12) & 63]);
            out.write(B64[(v >> 6) & 63]);
            out.write(B64[v & 63]);
        }
        int rest = d.length - i;
        if (rest == 1) {
            int v = (d[i] & 0xff) << 16;
            out.write(B64[v >> 18]);
            out.write(B64[(v >> 12) & 63]);
            out.write('=');
            out.write('=');
        } else if (rest == 2) {
            int v = (d[i] & 0xff) << 16 | (d[i + 1] & 0xff) << 8;
            out.write(B64[v >> 18]);
            out.write(B64[(v >> 12) & 63]);
            out.write(B64[(v >> 6) & 63]);
            out.write('=');
        }
        if (newline) out.write('\n');
        return out.toByteArray();
    }

    private static int b64Value(int c) {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+') return 62;
        if (c == '/') return 63;
        return -1;
    }

    /** Base64 decoding as CPython's: characters outside the alphabet skipped (unless strict), padding checked. */
    static byte[] a2bBase64(byte[] s, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int quad = 0;
        int acc = 0;
        int pads = 0;
        int dataChars = 0;
        boolean padStarted = false;
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xff;
            if (c == '=') {
                padStarted = true;
                if (strict && dataChars == 0) throw err("Leading padding not allowed");
                if (quad >= 2 && quad + ++pads >= 4) {
                    // A complete final quad ends the data.
                    if (strict && i + 1 < s.length) throw err("Excess data after padding");
                    return out.toByteArray();
                }
                continue;
            }
            int v = b64Value(c);
            if (v < 0) {
                if (strict) throw err("Only base64 data is allowed");
                continue;
            }
            if (strict && padStarted) throw err("Discontinuous padding not allowed");
            padStarted = false;
            pads = 0;
            dataChars++;
            acc = (acc << 6) | v;
            quad++;
            if (quad == 2) {
                out.write((acc >> 4) & 0xff);
            } else if (quad == 3) {
                out.write((acc >> 2) & 0xff);
            } else if (quad == 4) {
                out.write(acc & 0xff);
                quad = 0;
                acc = 0;
            }
        }
        if (quad != 0) {
            if (quad == 1) {
                throw err("Invalid base64-encoded string: number of data characters (" + dataChars
                        + ") cannot be 1 more than a multiple of 4");
            }
            throw err("Incorrect padding");
        }
        return out.toByteArray();
    }

    static long crc32(byte[] data, long start) {
        // java.util.zip.CRC32 cannot resume from a given value: combine by running the table algorithm.
        if (start == 0) {
            CRC32 c = new CRC32();
            c.update(data);
            return c.getValue();
        }
        long crc = ~start & 0xffffffffL;
        for (byte b : data) {
            crc ^= b & 0xff;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xEDB88320L : crc >>> 1;
        }
        return ~crc & 0xffffffffL;
    }

    static int crcHqx(byte[] data, int crc) {
        for (byte b : data) {
            crc ^= (b & 0xff) << 8;
            for (int k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
        }
        return crc;
    }
}
