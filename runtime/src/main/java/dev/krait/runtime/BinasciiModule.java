package dev.krait.runtime;

import java.util.Base64;

/** {@code binascii}: hex and base64 conversions of bytes, crc32 and crc_hqx, with CPython's errors. */
final class BinasciiModule {
    private BinasciiModule() {}

    static final PyType ERROR = ExceptionTypes.moduleError("binascii", "Error", ExceptionTypes.VALUE_ERROR);
    static final PyType INCOMPLETE = ExceptionTypes.moduleError("binascii", "Incomplete", ExceptionTypes.EXCEPTION);

    static PyModule create() {
        ModuleDef d = new ModuleDef("binascii");
        d.set("Error", ERROR).set("Incomplete", INCOMPLETE);
        Fn.FV hexlify = (a, k) -> {
            ArgParser p = new ArgParser("hexlify", a, k, 0, "data", "sep", "bytes_per_sep");
            byte[] data = PyBytes.bytesOf(p.required(0, "data"));
            PyObject hexm = new PyBytes(data).getAttr("hex");
            PyObject sep = p.get(1, null);
            PyObject per = p.get(2, null);
            PyObject hex = sep == null ? hexm.call0() : per == null ? hexm.call1(sep) : hexm.call2(sep, per);
            return new PyBytes(hex.str().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        };
        d.fnv("hexlify", hexlify).fnv("b2a_hex", hexlify);
        Fn.F1 unhexlify = s -> {
            byte[] b = asciiData(s);
            if (b.length % 2 != 0) throw Errors.make(ERROR, "Odd-length string");
            byte[] out = new byte[b.length / 2];
            for (int i = 0; i < out.length; i++) {
                int hi = Character.digit(b[2 * i], 16);
                int lo = Character.digit(b[2 * i + 1], 16);
                if (hi < 0 || lo < 0) throw Errors.make(ERROR, "Non-hexadecimal digit found");
                out[i] = (byte) (hi * 16 + lo);
            }
            return new PyBytes(out);
        };
        d.fn("unhexlify", unhexlify).fn("a2b_hex", unhexlify);
        d.fnv("b2a_base64", (a, k) -> {
            ArgParser p = new ArgParser("b2a_base64", a, k, 0, "$data", "*", "newline");
            byte[] data = PyBytes.bytesOf(p.required(0, "data"));
            boolean newline = p.get(2, PyBool.TRUE).isTrue();
            String s = Base64.getEncoder().encodeToString(data) + (newline ? "\n" : "");
            return new PyBytes(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        });
        d.fnv("a2b_base64", (a, k) -> {
            ArgParser p = new ArgParser("a2b_base64", a, k, 0, "$data", "*", "strict_mode");
            return new PyBytes(decodeBase64(asciiData(p.required(0, "data"))));
        });
        d.fn("crc32", (Fn.F1) data -> ZlibModule.crc32(data, 0))
                .also("crc32", (Fn.F2) (data, v) -> ZlibModule.crc32(data, Protocol.index(v)));
        d.fn("crc_hqx", (Fn.F2) (data, v) -> {
            int crc = (int) Protocol.index(v) & 0xffff;
            for (byte x : PyBytes.bytesOf(data)) {
                crc ^= (x & 0xff) << 8;
                for (int i = 0; i < 8; i++) crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
            }
            return PyInt.of(crc);
        });
        return d.module;
    }

    /** bytes, bytearray, or an ASCII-only str (as CPython's a2b_* functions accept). */
    private static byte[] asciiData(PyObject s) {
        if (s instanceof PyStr str) {
            for (int i = 0; i < str.value.length(); i++) {
                if (str.value.charAt(i) > 127) throw Errors.valueError("string argument should contain only ASCII characters");
            }
            return str.value.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        return PyBytes.bytesOf(s);
    }

    /** Non-alphabet characters are skipped; padding errors as CPython reports them. */
    private static byte[] decodeBase64(byte[] in) {
        StringBuilder sb = new StringBuilder();
        int pads = 0;
        for (byte b : in) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/') {
                if (pads > 0) break;
                sb.append(c);
            } else if (c == '=') {
                pads++;
                if ((sb.length() + pads) % 4 == 0) break;
            }
        }
        int rem = sb.length() % 4;
        if (rem == 1) {
            throw Errors.make(ERROR, "Invalid base64-encoded string: number of data characters (" + sb.length()
                    + ") cannot be 1 more than a multiple of 4");
        }
        if (rem != 0 && pads < 4 - rem) throw Errors.make(ERROR, "Incorrect padding");
        if (rem != 0) sb.append("=".repeat(4 - rem));
        return Base64.getDecoder().decode(sb.toString());
    }
}
