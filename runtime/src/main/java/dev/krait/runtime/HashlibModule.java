package dev.krait.runtime;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** {@code hashlib}: md5, sha1 and the SHA-2 family over java.security.MessageDigest. */
final class HashlibModule {
    private HashlibModule() {}

    private static final String[][] ALGORITHMS = {{"md5", "MD5", "64"}, {"sha1", "SHA-1", "64"},
        {"sha224", "SHA-224", "64"}, {"sha256", "SHA-256", "64"}, {"sha384", "SHA-384", "128"},
        {"sha512", "SHA-512", "128"}};

    /** A hash object: the digest state plus its Python name and block size. */
    static final class Hash extends PyObject {
        static final PyType TYPE = new PyType("_Hash", PyType.OBJECT, Hash.class, t -> {
            t.method("update", (Fn.F2) (s, data) -> {
                ((Hash) s).md.update(bytes(data));
                return PyNone.NONE;
            });
            t.method("digest", (Fn.F1) s -> new PyBytes(((Hash) s).copyDigest()));
            t.method("hexdigest", (Fn.F1) s -> PyStr.of(hex(((Hash) s).copyDigest())));
            t.method("copy", (Fn.F1) s -> ((Hash) s).copy());
            t.getter("name", s -> PyStr.of(((Hash) s).name));
            t.getter("digest_size", s -> PyInt.of(((Hash) s).md.getDigestLength()));
            t.getter("block_size", s -> PyInt.of(((Hash) s).blockSize));
        });
        final MessageDigest md;
        final String name;
        final int blockSize;

        Hash(MessageDigest md, String name, int blockSize) {
            this.md = md;
            this.name = name;
            this.blockSize = blockSize;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        byte[] copyDigest() {
            try {
                return ((MessageDigest) md.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw Errors.make(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "digest copy unsupported");
            }
        }

        PyObject copy() {
            try {
                return new Hash((MessageDigest) md.clone(), name, blockSize);
            } catch (CloneNotSupportedException e) {
                throw Errors.make(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "digest copy unsupported");
            }
        }

        @Override
        public String repr() {
            return "<" + name + " _hashlib.HASH object @ " + Protocol.addressOf(this) + ">";
        }
    }

    private static byte[] bytes(PyObject data) {
        if (data instanceof PyStr) throw Errors.typeError("Strings must be encoded before hashing");
        return PyBytes.bytesOf(data);
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) sb.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        return sb.toString();
    }

    private static PyObject make(String[] alg, PyObject data) {
        try {
            Hash h = new Hash(MessageDigest.getInstance(alg[1]), alg[0], Integer.parseInt(alg[2]));
            if (data != null) h.md.update(bytes(data));
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw Errors.valueError("unsupported hash type " + alg[0]);
        }
    }

    static PyModule create() {
        ModuleDef d = new ModuleDef("hashlib");
        PyObject[] names = new PyObject[ALGORITHMS.length];
        for (int i = 0; i < ALGORITHMS.length; i++) {
            String[] alg = ALGORITHMS[i];
            names[i] = PyStr.of(alg[0]);
            d.fnv(alg[0], (a, k) -> {
                ArgParser p = new ArgParser(alg[0], a, k, 0, "string", "*", "usedforsecurity");
                return make(alg, p.get(0, null));
            });
        }
        d.fnv("new", (a, k) -> {
            ArgParser p = new ArgParser("new", a, k, 0, "name", "data", "*", "usedforsecurity");
            String name = p.required(0, "name").str().toLowerCase().replace("-", "");
            for (String[] alg : ALGORITHMS) if (alg[0].equals(name)) return make(alg, p.get(1, null));
            throw Errors.valueError("unsupported hash type " + name);
        });
        PySet guaranteed = new PySet(true);
        for (PyObject n : names) guaranteed.addKey(n);
        d.set("algorithms_guaranteed", guaranteed);
        d.set("algorithms_available", guaranteed);
        return d.module;
    }
}
