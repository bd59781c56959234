package dev.krait.runtime;

import java.util.IdentityHashMap;

/**
 * {@code _kjson}: the JSON encoder and decoder behind the json library module, in Java for speed (CPython has its
 * C accelerator for the same job). Output, options and error messages follow CPython's json exactly; the library
 * module keeps the Python code paths for subclasses and iterencode.
 */
final class JsonModule {
    private JsonModule() {}

    static PyModule create() {
        return new ModuleDef("_kjson")
                .fnv("encode", (a, k) -> {
                    // encode(obj, indent, item_sep, key_sep, sort_keys, ensure_ascii, allow_nan, skipkeys, check_circular, default)
                    Encoder e = new Encoder(a[1], a[2].str(), a[3].str(), a[4].isTrue(), a[5].isTrue(), a[6].isTrue(),
                            a[7].isTrue(), a[8].isTrue(), a[9]);
                    e.value(a[0], 0);
                    return PyStr.of(e.out.toString());
                })
                .fnv("decode", (a, k) -> {
                    // decode(s, idx, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict, error)
                    Decoder d = new Decoder(((PyStr) a[0]).value(), a[2], a[3], a[4], a[5], a[6], a[7].isTrue(), a[8]);
                    int i = (int) Protocol.index(a[1]);
                    PyObject v = d.value(i);
                    return PyTuple.of(v, PyInt.of(d.pos));
                })
                .module;
    }

    static final class Encoder {
        final StringBuilder out = new StringBuilder();
        private final String indent;
        private final String itemSep;
        private final String keySep;
        private final boolean sortKeys;
        private final boolean ensureAscii;
        private final boolean allowNan;
        private final boolean skipKeys;
        private final IdentityHashMap<PyObject, Boolean> markers;
        private final PyObject dflt;

        Encoder(PyObject indent, String itemSep, String keySep, boolean sortKeys, boolean ensureAscii, boolean allowNan,
                boolean skipKeys, boolean checkCircular, PyObject dflt) {
            this.indent = indent == PyNone.NONE ? null : indent instanceof PyStr s ? s.value()
                    : " ".repeat((int) Math.max(0, Protocol.index(indent)));
            this.itemSep = itemSep;
            this.keySep = keySep;
            this.sortKeys = sortKeys;
            this.ensureAscii = ensureAscii;
            this.allowNan = allowNan;
            this.skipKeys = skipKeys;
            this.markers = checkCircular ? new IdentityHashMap<>() : null;
            this.dflt = dflt;
        }

        void value(PyObject o, int level) {
            if (o instanceof PyStr s) {
                string(s.value());
            } else if (o == PyNone.NONE) {
                out.append("null");
            } else if (o == PyBool.TRUE) {
                out.append("true");
            } else if (o == PyBool.FALSE) {
                out.append("false");
            } else if (o instanceof PyInt i) {
                out.append(i.isBig() ? i.big.toString() : Long.toString(i.v));
            } else if (o instanceof PyFloat f) {
                out.append(floatText(f.v));
            } else if (o instanceof PyList || o instanceof PyTuple) {
                list(o, level);
            } else if (o instanceof PyDict d) {
                dict(d, level);
            } else {
                enter(o);
                value(dflt.call1(o), level);
                leave(o);
            }
        }

        private void enter(PyObject o) {
            if (markers != null && markers.put(o, Boolean.TRUE) != null) throw Errors.valueError("Circular reference detected");
        }

        private void leave(PyObject o) {
            if (markers != null) markers.remove(o);
        }

        private String floatText(double v) {
            String text;
            if (Double.isNaN(v)) text = "NaN";
            else if (v == Double.POSITIVE_INFINITY) text = "Infinity";
            else if (v == Double.NEGATIVE_INFINITY) text = "-Infinity";
            else return new PyFloat(v).repr();
            if (!allowNan) throw Errors.valueError("Out of range float values are not JSON compliant");
            return text;
        }

        private void newline(int level) {
            out.append('\n');
            for (int i = 0; i < level; i++) out.append(indent);
        }

        private void list(PyObject o, int level) {
            PyObject[] items;
            int n;
            if (o instanceof PyList l) {
                items = l.items;
                n = l.size;
            } else {
                items = ((PyTuple) o).items;
                n = items.length;
            }
            if (n == 0) {
                out.append("[]");
                return;
            }
            enter(o);
            out.append('[');
            if (indent != null) newline(level + 1);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.append(itemSep);
                    if (indent != null) newline(level + 1);
                }
                value(o instanceof PyList l ? l.items[i] : items[i], level + 1);
            }
            if (indent != null) newline(level);
            out.append(']');
            leave(o);
        }

        private void dict(PyDict d, int level) {
            if (d.size() == 0) {
                out.append("{}");
                return;
            }
            enter(d);
            out.append('{');
            if (indent != null) newline(level + 1);
            PyObject items = d.getAttr("items").call0();
            if (sortKeys) items = Builtins.MODULE.dict.getStr("sorted").call1(items);
            PyObject it = items.iter();
            boolean first = true;
            for (PyObject kv = it.next(); kv != null; kv = it.next()) {
                PyTuple pair = (PyTuple) kv;
                PyObject key = pair.items[0];
                String k;
                if (key instanceof PyStr s) k = s.value();
                else if (key instanceof PyFloat f) k = floatText(f.v);
                else if (key == PyBool.TRUE) k = "true";
                else if (key == PyBool.FALSE) k = "false";
                else if (key == PyNone.NONE) k = "null";
                else if (key instanceof PyInt i) k = i.isBig() ? i.big.toString() : Long.toString(i.v);
                else if (skipKeys) continue;
                else throw Errors.typeError("keys must be str, int, float, bool or None, not " + key.type().name());
                if (!first) {
                    out.append(itemSep);
                    if (indent != null) newline(level + 1);
                }
                first = false;
                string(k);
                out.append(keySep);
                value(pair.items[1], level + 1);
            }
            if (indent != null) newline(level);
            out.append('}');
            leave(d);
        }

        private void string(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> {
                        if (c < 0x20 || (ensureAscii && c > 0x7e)) {
                            out.append("\\u").append(String.format("%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }

    static final class Decoder {
        private final String s;
        private final int n;
        private final PyObject objectHook;
        private final PyObject pairsHook;
        private final PyObject parseFloat;
        private final PyObject parseInt;
        private final PyObject parseConstant;
        private final boolean strict;
        private final PyObject error;
        int pos;

        Decoder(String s, PyObject objectHook, PyObject pairsHook, PyObject parseFloat, PyObject parseInt,
                PyObject parseConstant, boolean strict, PyObject error) {
            this.s = s;
            this.n = s.length();
            this.objectHook = objectHook;
            this.pairsHook = pairsHook;
            this.parseFloat = parseFloat;
            this.parseInt = parseInt;
            this.parseConstant = parseConstant;
            this.strict = strict;
            this.error = error;
        }

        private PyException fail(String msg, int at) {
            return Rt.raise(error.call(new PyObject[] {PyStr.of(msg), PyStr.of(s), PyInt.of(at)}, null), null);
        }

        private int skip(int i) {
            while (i < n) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
                i++;
            }
            return i;
        }

        /** The value starting at i (no leading whitespace); sets pos after it. */
        PyObject value(int i) {
            if (i >= n) throw fail("Expecting value", i);
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    return PyStr.of(string(i + 1));
                case '{':
                    return object(i + 1);
                case '[':
                    return array(i + 1);
                case 'n':
                    if (s.startsWith("null", i)) {
                        pos = i + 4;
                        return PyNone.NONE;
                    }
                    break;
                case 't':
                    if (s.startsWith("true", i)) {
                        pos = i + 4;
                        return PyBool.TRUE;
                    }
                    break;
                case 'f':
                    if (s.startsWith("false", i)) {
                        pos = i + 5;
                        return PyBool.FALSE;
                    }
                    break;
                case 'N':
                    if (s.startsWith("NaN", i)) {
                        pos = i + 3;
                        return constant("NaN");
                    }
                    break;
                case 'I':
                    if (s.startsWith("Infinity", i)) {
                        pos = i + 8;
                        return constant("Infinity");
                    }
                    break;
                case '-':
                    if (s.startsWith("-Infinity", i)) {
                        pos = i + 9;
                        return constant("-Infinity");
                    }
                    break;
                default:
                    break;
            }
            return number(i);
        }

        private PyObject constant(String name) {
            if (parseConstant == PyNone.NONE) {
                return new PyFloat(name.equals("NaN") ? Double.NaN : name.startsWith("-") ? Double.NEGATIVE_INFINITY
                        : Double.POSITIVE_INFINITY);
            }
            return parseConstant.call1(PyStr.of(name));
        }

        private static boolean digit(char c) {
            return c >= '0' && c <= '9';
        }

        private PyObject number(int i) {
            int j = i;
            if (j < n && s.charAt(j) == '-') j++;
            if (j < n && s.charAt(j) == '0') {
                j++;
            } else if (j < n && s.charAt(j) >= '1' && s.charAt(j) <= '9') {
                while (j < n && digit(s.charAt(j))) j++;
            } else {
                throw fail("Expecting value", i);
            }
            boolean isFloat = false;
            if (j + 1 < n && s.charAt(j) == '.' && digit(s.charAt(j + 1))) {
                j += 2;
                while (j < n && digit(s.charAt(j))) j++;
                isFloat = true;
            }
            if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
                int k = j + 1;
                if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) k++;
                if (k < n && digit(s.charAt(k))) {
                    while (k < n && digit(s.charAt(k))) k++;
                    j = k;
                    isFloat = true;
                }
            }
            String text = s.substring(i, j);
            pos = j;
            if (isFloat) {
                return parseFloat == PyNone.NONE ? new PyFloat(Double.parseDouble(text)) : parseFloat.call1(PyStr.of(text));
            }
            if (parseInt != PyNone.NONE) return parseInt.call1(PyStr.of(text));
            if (text.length() < 18) return PyInt.of(Long.parseLong(text));
            return Builtins.MODULE.dict.getStr("int").call1(PyStr.of(text));
        }

        private String string(int i) {
            int begin = i - 1;
            StringBuilder sb = null;
            while (true) {
                int j = i;
                while (j < n) {
                    char c = s.charAt(j);
                    if (c == '"' || c == '\\' || (c < 0x20 && strict)) break;
                    j++;
                }
                if (j >= n) throw fail("Unterminated string starting at", begin);
                char c = s.charAt(j);
                if (c == '"') {
                    pos = j + 1;
                    if (sb == null) return s.substring(i, j);
                    return sb.append(s, i, j).toString();
                }
                if (sb == null) sb = new StringBuilder();
                sb.append(s, i, j);
                if (c != '\\') throw fail("Invalid control character at", j);
                if (j + 1 >= n) throw fail("Unterminated string starting at", begin);
                char esc = s.charAt(j + 1);
                if (esc != 'u') {
                    switch (esc) {
                        case '"' -> sb.append('"');
                        case '\\' -> sb.append('\\');
                        case '/' -> sb.append('/');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        default -> throw fail("Invalid \\escape", j);
                    }
                    i = j + 2;
                    continue;
                }
                int code = hex4(j);
                i = j + 6;
                if (code >= 0xd800 && code <= 0xdbff && s.startsWith("\\u", i)) {
                    int low = hex4(i);
                    if (low >= 0xdc00 && low <= 0xdfff) {
                        code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                        i += 6;
                    }
                }
                sb.appendCodePoint(code);
            }
        }

        private int hex4(int j) {
            if (j + 6 <= n) {
                int v = 0;
                boolean ok = true;
                for (int k = j + 2; k < j + 6; k++) {
                    int d = Character.digit(s.charAt(k), 16);
                    if (d < 0 || s.charAt(k) > 'f') {
                        ok = false;
                        break;
                    }
                    v = v * 16 + d;
                }
                if (ok) return v;
            }
            throw fail("Invalid \\uXXXX escape", j + 1);
        }

        private PyObject object(int i) {
            java.util.List<PyObject> pairs = pairsHook != PyNone.NONE ? new java.util.ArrayList<>() : null;
            PyDict d = pairs == null ? new PyDict() : null;
            i = skip(i);
            if (i < n && s.charAt(i) == '}') {
                pos = i + 1;
                return finish(d, pairs);
            }
            while (true) {
                i = skip(i);
                if (i >= n || s.charAt(i) != '"') throw fail("Expecting property name enclosed in double quotes", i);
                String key = string(i + 1);
                i = skip(pos);
                if (i >= n || s.charAt(i) != ':') throw fail("Expecting ':' delimiter", i);
                i = skip(i + 1);
                PyObject v = value(i);
                if (pairs != null) pairs.add(PyTuple.of(PyStr.of(key), v));
                else d.setItem(PyStr.of(key), v);
                i = skip(pos);
                if (i < n && s.charAt(i) == ',') {
                    i = skip(i + 1);
                    continue;
                }
                if (i < n && s.charAt(i) == '}') {
                    pos = i + 1;
                    return finish(d, pairs);
                }
                throw fail("Expecting ',' delimiter", i);
            }
        }

        private PyObject finish(PyDict d, java.util.List<PyObject> pairs) {
            int end = pos;
            PyObject r;
            if (pairs != null) r = pairsHook.call1(new PyList(pairs.toArray(new PyObject[0])));
            else if (objectHook != PyNone.NONE) r = objectHook.call1(d);
            else r = d;
            pos = end;
            return r;
        }

        private PyObject array(int i) {
            PyList values = new PyList();
            i = skip(i);
            if (i < n && s.charAt(i) == ']') {
                pos = i + 1;
                return values;
            }
            while (true) {
                values.append(value(i));
                i = skip(pos);
                if (i < n && s.charAt(i) == ',') {
                    i = skip(i + 1);
                    continue;
                }
                if (i < n && s.charAt(i) == ']') {
                    pos = i + 1;
                    return values;
                }
                throw fail("Expecting ',' delimiter", i);
            }
        }
    }
}
