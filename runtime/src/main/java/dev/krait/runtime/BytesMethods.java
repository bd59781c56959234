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
            return PyBytes.encode(s.value, p.get(1, null).str(), p.get(2, PyStr.of("strict")).str());
        }
        if (p.has(1)) throw Errors.typeError("encoding without a string argument");
        if (src instanceof PyBytes || src instanceof PyByteArray) return b(src).clone();
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
        return fromIterable(src);
    }

    static int indexOf(byte[] hay, int n, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i + needle.length <= n; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
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
        t.method("__add__", (Fn.F2) PyObject::add);
        t.method("__mul__", (Fn.F2) (a, n) -> n instanceof PyInt ? a.mul(n) : Singletons.NOT_IMPLEMENTED);
        t.method("__rmul__", (Fn.F2) (a, n) -> n instanceof PyInt ? a.mul(n) : Singletons.NOT_IMPLEMENTED);
        BuiltinSetup.compareDunders(t, o -> o instanceof PyBytes || o instanceof PyByteArray);
        t.method("decode", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("decode", a, k, 1, "encoding", "errors");
            return PyStr.of(Codecs.decode(raw(a[0]), size(a[0]), PyBytes.normalizeEncoding(p.get(0, PyStr.of("utf-8")).str()),
                    p.get(1, PyStr.of("strict")).str()));
        });
        t.method(new PyBuiltinFunction("hex").with((Fn.F1) s -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < size(s); i++) sb.append(String.format("%02x", raw(s)[i] & 0xff));
            return PyStr.of(sb.toString());
        }));
        t.def("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (Fn.F2) (c, str) -> {
            String s = str.str();
            PyByteArray out = new PyByteArray(new byte[0]);
            int i = 0;
            while (i < s.length()) {
                if (Character.isWhitespace(s.charAt(i))) {
                    i++;
                    continue;
                }
                int hi = i + 1 < s.length() ? Character.digit(s.charAt(i), 16) : -1;
                int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                if (hi < 0 || lo < 0) {
                    int at = hi < 0 ? i : i + 1;
                    throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + at);
                }
                out.append(hi * 16 + lo);
                i += 2;
            }
            return c == PyByteArray.TYPE ? out : new PyBytes(out.toBytes());
        })));
        t.method("startswith", (Fn.F2) (s, p) -> {
            byte[] x = Arrays.copyOf(raw(s), size(s));
            for (PyObject q : p instanceof PyTuple tu ? tu.items : new PyObject[] {p}) {
                byte[] y = b(q);
                if (y.length <= x.length && Arrays.equals(Arrays.copyOf(x, y.length), y)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        });
        t.method("endswith", (Fn.F2) (s, p) -> {
            byte[] x = Arrays.copyOf(raw(s), size(s));
            for (PyObject q : p instanceof PyTuple tu ? tu.items : new PyObject[] {p}) {
                byte[] y = b(q);
                if (y.length <= x.length && Arrays.equals(Arrays.copyOfRange(x, x.length - y.length, x.length), y)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        });
        t.method("find", (Fn.F2) (s, sub) -> PyInt.of(indexOf(raw(s), size(s), sub instanceof PyInt
                ? new byte[] {(byte) PyByteArray.byteValue(sub)} : b(sub), 0)));
        t.method("index", (Fn.F2) (s, sub) -> {
            int r = indexOf(raw(s), size(s), sub instanceof PyInt ? new byte[] {(byte) PyByteArray.byteValue(sub)} : b(sub), 0);
            if (r < 0) throw Errors.valueError("subsection not found");
            return PyInt.of(r);
        });
        t.method("count", (Fn.F2) (s, sub) -> {
            byte[] needle = sub instanceof PyInt ? new byte[] {(byte) PyByteArray.byteValue(sub)} : b(sub);
            int c = 0;
            int i = 0;
            if (needle.length == 0) return PyInt.of(size(s) + 1);
            while ((i = indexOf(raw(s), size(s), needle, i)) >= 0) {
                c++;
                i += needle.length;
            }
            return PyInt.of(c);
        });
        t.method("replace", (Fn.F3) (s, o, n) -> {
            String r = StrMethods.replace(latin(s), latin1(b(o)), latin1(b(n)), -1);
            return wrap(s, r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        });
        t.method("split", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("split", a, k, 1, "sep", "maxsplit");
            PyObject sep = p.get(0, PyNone.NONE);
            PyList parts = StrMethods.split(latin(a[0]), sep == PyNone.NONE ? sep : PyStr.of(latin1(b(sep))),
                    (int) Protocol.index(p.get(1, PyInt.MINUS_ONE)));
            for (int i = 0; i < parts.size; i++) {
                parts.items[i] = wrap(a[0], ((PyStr) parts.items[i]).value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            return parts;
        });
        t.method("join", (Fn.F2) (s, it) -> {
            PyByteArray out = new PyByteArray(new byte[0]);
            PyObject[] items = Protocol.toArray(it);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) out.extend(Arrays.copyOf(raw(s), size(s)));
                if (!(items[i] instanceof PyBytes || items[i] instanceof PyByteArray)) {
                    throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, " + items[i].type().name + " found");
                }
                out.extend(b(items[i]));
            }
            return wrap(s, out.toBytes());
        });
        t.method(new PyBuiltinFunction("strip").with((Fn.F1) s -> wrap(s, latin1b(StrMethods.strip(latin(s), " \t\n\r\u000b\f", 3))))
                .with((Fn.F2) (s, c) -> wrap(s, latin1b(StrMethods.strip(latin(s), c == PyNone.NONE ? " \t\n\r\u000b\f" : latin1(b(c)), 3)))));
        t.method(new PyBuiltinFunction("lstrip").with((Fn.F1) s -> wrap(s, latin1b(StrMethods.strip(latin(s), " \t\n\r\u000b\f", 1)))));
        t.method(new PyBuiltinFunction("rstrip").with((Fn.F1) s -> wrap(s, latin1b(StrMethods.strip(latin(s), " \t\n\r\u000b\f", 2)))));
        t.method("upper", (Fn.F1) s -> wrap(s, latin1b(StrCase.upper(latin(s)))));
        t.method("lower", (Fn.F1) s -> wrap(s, latin1b(StrCase.lower(latin(s)))));
        t.method("isdigit", (Fn.F1) s -> PyBool.of(size(s) > 0 && latin(s).chars().allMatch(c -> c >= '0' && c <= '9')));
        t.method("isalpha", (Fn.F1) s -> PyBool.of(size(s) > 0 && latin(s).chars().allMatch(c -> (c | 32) >= 'a' && (c | 32) <= 'z')));
        t.method("isspace", (Fn.F1) s -> PyBool.of(size(s) > 0 && latin(s).chars().allMatch(c -> " \t\n\r\u000b\f".indexOf(c) >= 0)));
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
        common(t);
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
            ((PyByteArray) s).extend(x instanceof PyBytes || x instanceof PyByteArray ? b(x) : fromIterable(x));
            return PyNone.NONE;
        });
        t.method(new PyBuiltinFunction("pop").with((Fn.F1) s -> {
            PyByteArray ba = (PyByteArray) s;
            if (ba.size == 0) throw Errors.indexError("pop from empty bytearray");
            return PyInt.of(ba.data[--ba.size] & 0xff);
        }));
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
