package dev.krait.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The methods of {@code str}. */
final class StrMethods {
    private StrMethods() {}

    static String s(PyObject o) {
        return ((PyStr) o).value();
    }

    static String arg(PyObject o, String method) {
        if (o instanceof PyStr p) return p.value();
        throw Errors.typeError("must be str, not " + o.type().name);
    }

    /** A str argument whose TypeError names it ("replace() argument 1 must be str, not int"). */
    static String argN(PyObject o, String what) {
        if (o instanceof PyStr p) return p.value();
        throw Errors.typeError(what + " must be str, not " + o.type().name);
    }

    /** The separator of split/rsplit. */
    static String sepArg(PyObject o) {
        if (o instanceof PyStr p) return p.value();
        throw Errors.typeError("must be str or None, not " + o.type().name);
    }

    static void noKeywords(String name, String[] k) {
        if (k != null && k.length > 0) throw Errors.typeError("str." + name + "() takes no keyword arguments");
    }

    static PyObject construct(PyType cls, PyObject[] args, String[] kw) {
        ArgParser p = new ArgParser("str", args, kw, 0, "object", "encoding", "errors");
        PyObject o = p.get(0, null);
        PyStr r;
        if (o == null) {
            r = PyStr.EMPTY;
        } else if (p.has(1) || p.has(2)) {
            PyObject enc = p.get(1, PyStr.of("utf-8"));
            PyObject err = p.get(2, PyStr.of("strict"));
            if (!(enc instanceof PyStr)) throw Errors.typeError("str() argument 'encoding' must be str, not " + enc.type().name);
            if (!(err instanceof PyStr)) throw Errors.typeError("str() argument 'errors' must be str, not " + err.type().name);
            if (o instanceof PyStr) throw Errors.typeError("decoding str is not supported");
            if (!(o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView)) {
                throw Errors.typeError("decoding to str: need a bytes-like object, " + o.type().name + " found");
            }
            r = PyStr.of(PyBytes.decode(PyBytes.bytesOf(o), enc.str(), err.str()));
        } else {
            r = o instanceof PyStr ps && o.getClass() == PyStr.class ? ps : PyStr.of(o.str());
        }
        return r;
    }

    static void setup(PyType t) {
        t.setConstructor(StrMethods::construct);
        Subclasses.defineNew(t);
        BuiltinSetup.containerDunders(t);
        t.method("__hash__", (Fn.F1) x -> PyInt.of(x.hash()));
        t.method("__str__", (Fn.F1) x -> x.getClass() == PyStr.class ? x : PyStr.of(s(x)));
        t.method("__add__", (Fn.F2) (a, b) -> b instanceof PyStr ? a.add(b) : Singletons.NOT_IMPLEMENTED);
        t.method("__mul__", (Fn.F2) (a, b) -> b instanceof PyInt ? a.mul(b) : Singletons.NOT_IMPLEMENTED);
        t.method("__rmul__", (Fn.F2) (a, b) -> b instanceof PyInt ? a.mul(b) : Singletons.NOT_IMPLEMENTED);
        t.method("__mod__", (Fn.F2) PyObject::mod);
        t.method("__format__", (Fn.F2) (a, spec) -> PyStr.of(a.format(BuiltinSetup.dunderSpecOf(spec))));
        BuiltinSetup.compareDunders(t, o -> o instanceof PyStr);
        t.method("upper", (Fn.F1) x -> PyStr.of(StrCase.upper(s(x))));
        t.method("lower", (Fn.F1) x -> PyStr.of(StrCase.lower(s(x))));
        t.method("casefold", (Fn.F1) x -> PyStr.of(StrCase.casefold(s(x))));
        t.method("swapcase", (Fn.F1) x -> PyStr.of(StrCase.swapcase(s(x))));
        t.method("capitalize", (Fn.F1) x -> PyStr.of(StrCase.capitalize(s(x))));
        t.method("title", (Fn.F1) x -> PyStr.of(StrCase.title(s(x))));
        t.method(new PyBuiltinFunction("strip").with((Fn.F1) x -> PyStr.of(strip(s(x), null, 3)))
                .with((Fn.F2) (x, c) -> PyStr.of(strip(s(x), chars(c, "strip"), 3))));
        t.method(new PyBuiltinFunction("lstrip").with((Fn.F1) x -> PyStr.of(strip(s(x), null, 1)))
                .with((Fn.F2) (x, c) -> PyStr.of(strip(s(x), chars(c, "lstrip"), 1))));
        t.method(new PyBuiltinFunction("rstrip").with((Fn.F1) x -> PyStr.of(strip(s(x), null, 2)))
                .with((Fn.F2) (x, c) -> PyStr.of(strip(s(x), chars(c, "rstrip"), 2))));
        t.method("split", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("split", a, k, 1, "sep", "maxsplit");
            return split(s(a[0]), p.get(0, PyNone.NONE), (int) Math.min(Integer.MAX_VALUE, Protocol.index(p.get(1, PyInt.MINUS_ONE))));
        });
        t.method("rsplit", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("rsplit", a, k, 1, "sep", "maxsplit");
            return rsplit(s(a[0]), p.get(0, PyNone.NONE), (int) Math.min(Integer.MAX_VALUE, Protocol.index(p.get(1, PyInt.MINUS_ONE))));
        });
        t.method("splitlines", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("splitlines", a, k, 1, "keepends");
            PyObject keep = p.get(0, PyBool.FALSE);
            return splitlines(s(a[0]), keep instanceof PyInt ? keep.isTrue() : Protocol.index(keep) != 0);
        });
        t.method("join", (Fn.F2) (x, it) -> PyStr.of(join(s(x), it)));
        t.method(new PyBuiltinFunction("replace").with((Fn.F3) (x, o, n) -> PyStr.of(replace(s(x), argN(o, "replace() argument 1"),
                argN(n, "replace() argument 2"), -1)))
                .with((Fn.F4) (x, o, n, c) -> PyStr.of(replace(s(x), argN(o, "replace() argument 1"), argN(n, "replace() argument 2"),
                        Protocol.index(c)))));
        t.method("find", (Fn.FV) (a, k) -> PyInt.of(find(a, false)));
        t.method("rfind", (Fn.FV) (a, k) -> PyInt.of(find(a, true)));
        t.method("index", (Fn.FV) (a, k) -> {
            long r = find(a, false, "index");
            if (r < 0) throw Errors.valueError("substring not found");
            return PyInt.of(r);
        });
        t.method("rindex", (Fn.FV) (a, k) -> {
            long r = find(a, true, "rindex");
            if (r < 0) throw Errors.valueError("substring not found");
            return PyInt.of(r);
        });
        t.method("count", (Fn.FV) (a, k) -> PyInt.of(count(a)));
        t.method("startswith", (Fn.FV) (a, k) -> {
            noKeywords("startswith", k);
            return PyBool.of(startsEnds(a, true));
        });
        t.method("endswith", (Fn.FV) (a, k) -> {
            noKeywords("endswith", k);
            return PyBool.of(startsEnds(a, false));
        });
        t.method("isdigit", (Fn.F1) x -> PyBool.of(StrCase.all(s(x), StrCase::isDigit)));
        t.method("isdecimal", (Fn.F1) x -> PyBool.of(StrCase.all(s(x), cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER)));
        t.method("isnumeric", (Fn.F1) x -> PyBool.of(StrCase.all(s(x), StrCase::isNumeric)));
        t.method("isalpha", (Fn.F1) x -> PyBool.of(StrCase.all(s(x), Character::isLetter)));
        t.method("isalnum", (Fn.F1) x -> PyBool.of(StrCase.all(s(x), cp -> Character.isLetter(cp) || StrCase.isNumeric(cp))));
        t.method("isspace", (Fn.F1) x -> PyBool.of(StrCase.all(s(x), StrCase::isSpace)));
        t.method("isupper", (Fn.F1) x -> PyBool.of(StrCase.isUpper(s(x))));
        t.method("islower", (Fn.F1) x -> PyBool.of(StrCase.isLower(s(x))));
        t.method("istitle", (Fn.F1) x -> PyBool.of(StrCase.isTitle(s(x))));
        t.method("isascii", (Fn.F1) x -> PyBool.of(s(x).chars().allMatch(c -> c < 128)));
        t.method("isprintable", (Fn.F1) x -> PyBool.of(s(x).codePoints().allMatch(StrRepr::isPrintable)));
        t.method("isidentifier", (Fn.F1) x -> PyBool.of(StrCase.isIdentifier(s(x))));
        t.method(new PyBuiltinFunction("center").with((Fn.F2) (x, w) -> PyStr.of(justify(s(x), w, " ", 'c')))
                .with((Fn.F3) (x, w, f) -> PyStr.of(justify(s(x), w, fillChar(f, "center"), 'c'))));
        t.method(new PyBuiltinFunction("ljust").with((Fn.F2) (x, w) -> PyStr.of(justify(s(x), w, " ", 'l')))
                .with((Fn.F3) (x, w, f) -> PyStr.of(justify(s(x), w, fillChar(f, "ljust"), 'l'))));
        t.method(new PyBuiltinFunction("rjust").with((Fn.F2) (x, w) -> PyStr.of(justify(s(x), w, " ", 'r')))
                .with((Fn.F3) (x, w, f) -> PyStr.of(justify(s(x), w, fillChar(f, "rjust"), 'r'))));
        t.method("zfill", (Fn.F2) (x, w) -> PyStr.of(zfill(s(x), (int) Protocol.index(w))));
        t.method("format", (Fn.FV) (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            PyObject[] pos = Arrays.copyOfRange(a, 1, a.length - nkw);
            PyDict kw = null;
            if (nkw > 0) {
                kw = new PyDict();
                for (int i = 0; i < nkw; i++) kw.setStr(k[i], a[a.length - nkw + i]);
            }
            return PyStr.of(StrFormat.format(s(a[0]), pos, kw));
        });
        t.method("format_map", (Fn.F2) (x, m) -> PyStr.of(StrFormat.format(s(x), null, m)));
        t.method("partition", (Fn.F2) (x, sep) -> partition(s(x), arg(sep, "partition"), false));
        t.method("rpartition", (Fn.F2) (x, sep) -> partition(s(x), arg(sep, "rpartition"), true));
        t.method("removeprefix", (Fn.F2) (x, p) -> PyStr.of(s(x).startsWith(argN(p, "removeprefix() argument"))
                ? s(x).substring(s(p).length()) : s(x)));
        t.method("removesuffix", (Fn.F2) (x, p) -> PyStr.of(s(x).endsWith(argN(p, "removesuffix() argument")) && !s(p).isEmpty()
                ? s(x).substring(0, s(x).length() - s(p).length()) : s(x)));
        t.method("expandtabs", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("expandtabs", a, k, 1, "tabsize");
            return PyStr.of(expandtabs(s(a[0]), (int) Protocol.index(p.get(0, PyInt.of(8)))));
        });
        t.method("encode", (Fn.FV) (a, k) -> {
            ArgParser p = new ArgParser("encode", a, k, 1, "encoding", "errors");
            PyObject enc = p.get(0, PyStr.of("utf-8"));
            PyObject err = p.get(1, PyStr.of("strict"));
            if (!(enc instanceof PyStr)) throw Errors.typeError("encode() argument 'encoding' must be str, not " + enc.type().name);
            if (!(err instanceof PyStr)) throw Errors.typeError("encode() argument 'errors' must be str, not " + err.type().name);
            return new PyBytes(PyBytes.encode(s(a[0]), enc.str(), err.str()));
        });
        t.method("translate", (Fn.F2) (x, table) -> PyStr.of(translate(s(x), table)));
        t.staticMethod("maketrans", new PyBuiltinFunction("maketrans").with((Fn.F1) StrMethods::maketrans1)
                .with((Fn.F2) (a, b) -> maketrans(a, b, PyStr.EMPTY)).with((Fn.F3) StrMethods::maketrans));
        t.method("__getnewargs__", (Fn.F1) x -> PyTuple.of(PyStr.of(s(x))));
    }

    static String chars(PyObject c, String m) {
        if (c == PyNone.NONE) return null;
        if (c instanceof PyStr p) return p.value();
        throw Errors.typeError(m + " arg must be None or str");
    }

    static String fillChar(PyObject f, String m) {
        if (!(f instanceof PyStr)) throw Errors.typeError("The fill character must be a unicode character, not " + f.type().name);
        if (!(f instanceof PyStr p) || p.cpLength() != 1) {
            throw Errors.typeError("The fill character must be exactly one character long");
        }
        return p.value();
    }

    /** how: 1 left, 2 right, 3 both. */
    static String strip(String s, String chars, int how) {
        int a = 0;
        int b = s.length();
        if ((how & 1) != 0) {
            while (a < b) {
                int cp = s.codePointAt(a);
                if (chars == null ? !StrCase.isSpace(cp) : chars.indexOf(cp) < 0) break;
                a += Character.charCount(cp);
            }
        }
        if ((how & 2) != 0) {
            while (b > a) {
                int cp = s.codePointBefore(b);
                if (chars == null ? !StrCase.isSpace(cp) : chars.indexOf(cp) < 0) break;
                b -= Character.charCount(cp);
            }
        }
        return s.substring(a, b);
    }

    static PyList split(String s, PyObject sepObj, int maxsplit) {
        PyList out = new PyList(12); // as CPython, room for a dozen parts before the list grows
        if (maxsplit < 0) maxsplit = Integer.MAX_VALUE;
        if (sepObj == PyNone.NONE) {
            // Every Python whitespace character is in the BMP, so scanning chars (surrogates never match) is exact.
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && StrCase.isSpaceChar(s.charAt(i))) i++;
                if (i >= n) break;
                if (maxsplit-- == 0) {
                    out.append(PyStr.of(s.substring(i)));
                    break;
                }
                int j = i + 1;
                while (j < n && !StrCase.isSpaceChar(s.charAt(j))) j++;
                out.append(PyStr.of(s.substring(i, j)));
                i = j;
            }
            return out;
        }
        String sep = sepArg(sepObj);
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        int i = 0;
        while (maxsplit-- > 0) {
            int j = s.indexOf(sep, i);
            if (j < 0) break;
            out.append(PyStr.of(s.substring(i, j)));
            i = j + sep.length();
        }
        out.append(PyStr.of(s.substring(i)));
        return out;
    }

    static PyList rsplit(String s, PyObject sepObj, int maxsplit) {
        if (maxsplit < 0) return split(s, sepObj, -1);
        List<PyObject> parts = new ArrayList<>();
        if (sepObj == PyNone.NONE) {
            int e = s.length();
            while (true) {
                while (e > 0 && StrCase.isSpace(s.codePointBefore(e))) e -= Character.charCount(s.codePointBefore(e));
                if (e <= 0) break;
                if (maxsplit-- == 0) {
                    parts.add(PyStr.of(s.substring(0, e)));
                    break;
                }
                int j = e;
                while (j > 0 && !StrCase.isSpace(s.codePointBefore(j))) j -= Character.charCount(s.codePointBefore(j));
                parts.add(PyStr.of(s.substring(j, e)));
                e = j;
            }
        } else {
            String sep = sepArg(sepObj);
            if (sep.isEmpty()) throw Errors.valueError("empty separator");
            int e = s.length();
            while (maxsplit-- > 0) {
                int j = s.lastIndexOf(sep, e - sep.length());
                if (j < 0) break;
                parts.add(PyStr.of(s.substring(j + sep.length(), e)));
                e = j;
            }
            parts.add(PyStr.of(s.substring(0, e)));
        }
        java.util.Collections.reverse(parts);
        return new PyList(parts.toArray(new PyObject[0]));
    }

    static PyList splitlines(String s, boolean keepends) {
        PyList out = new PyList();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) j++;
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') j += 2;
                else j++;
            }
            out.append(PyStr.of(s.substring(i, keepends ? j : eol)));
            i = j;
        }
        return out;
    }

    static boolean isLineBreak(char c) {
        switch (c) {
            case '\n': case '\r': case 0x0b: case 0x0c: case 0x1c: case 0x1d: case 0x1e: case 0x85: case 0x2028: case 0x2029:
                return true;
            default:
                return false;
        }
    }

    static String join(String sep, PyObject iterable) {
        if (!(iterable instanceof PyList || iterable instanceof PyTuple) && iterable.type().lookup("__iter__") == null
                && iterable.type().lookup("__getitem__") == null) {
            throw Errors.typeError("can only join an iterable");
        }
        // A list's or tuple's own array is read in place: only str items are accepted, and reading them runs no
        // Python code that could change the list.
        PyObject[] items;
        int n;
        if (iterable.getClass() == PyList.class) {
            items = ((PyList) iterable).items;
            n = ((PyList) iterable).size;
        } else {
            items = iterable.getClass() == PyTuple.class ? ((PyTuple) iterable).items : Protocol.toArray(iterable);
            n = items.length;
        }
        if (n == 1 && items[0].getClass() == PyStr.class) return ((PyStr) items[0]).value();
        long size = (long) sep.length() * Math.max(0, n - 1);
        for (int i = 0; i < n; i++) if (items[i] instanceof PyStr p) size += p.value().length();
        StringBuilder sb = new StringBuilder((int) Math.min(size, Integer.MAX_VALUE - 16));
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof PyStr p)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + items[i].type().name + " found");
            }
            if (i > 0) sb.append(sep);
            sb.append(p.value());
        }
        return sb.toString();
    }

    static String replace(String s, String old, String repl, long count) {
        if (count < 0) {
            if (old.isEmpty()) count = Long.MAX_VALUE;
            else return s.replace(old, repl);
        }
        if (count == 0) return s;
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int i = 0;
            long done = 0;
            while (done < count) {
                sb.append(repl);
                done++;
                if (i >= s.length()) break;
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            sb.append(s.substring(Math.min(i, s.length())));
            return sb.toString();
        }
        int i = 0;
        long done = 0;
        while (done < count) {
            int j = s.indexOf(old, i);
            if (j < 0) break;
            sb.append(s, i, j).append(repl);
            i = j + old.length();
            done++;
        }
        return sb.append(s.substring(i)).toString();
    }

    /** Code point bounds [start, end) of the optional start/end arguments at a[2], a[3]. */
    /** A start/end argument: an int or __index__ object, clamped when huge (CPython's _PyEval_SliceIndex). */
    static long sliceIndex(PyObject o) {
        if (o instanceof PyInt i && !i.isBig()) return i.v;
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        java.math.BigInteger b = Protocol.indexBig(o);
        if (b.bitLength() < 63) return b.longValue();
        return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    static int[] bounds(PyStr self, PyObject[] a, int first) {
        int n = self.cpLength();
        long start = a.length > first && a[first] != PyNone.NONE ? sliceIndex(a[first]) : 0;
        long end = a.length > first + 1 && a[first + 1] != PyNone.NONE ? sliceIndex(a[first + 1]) : n;
        if (start < 0) start = Math.max(0, start + n);
        if (end < 0) end = Math.max(0, end + n);
        if (end > n) end = n;
        return new int[] {(int) Math.min(start, n + 1L), (int) end};
    }

    static long find(PyObject[] a, boolean reverse) {
        return find(a, reverse, reverse ? "rfind" : "find");
    }

    static void argCount(PyObject[] a, String name) {
        if (a.length < 2) throw Errors.typeError(name + "() takes at least 1 argument (0 given)");
        if (a.length > 4) throw Errors.typeError(name + "() takes at most 3 arguments (" + (a.length - 1) + " given)");
    }

    static long find(PyObject[] a, boolean reverse, String name) {
        argCount(a, name);
        PyStr self = (PyStr) a[0];
        String sub = arg(a[1], "find");
        int[] b = bounds(self, a, 2);
        if (b[0] > b[1]) return -1;
        String s = self.value();
        int from = self.offset(Math.min(b[0], self.cpLength()));
        int to = self.offset(b[1]);
        if (b[0] > self.cpLength()) return -1;
        int r;
        if (reverse) {
            r = s.lastIndexOf(sub, to - sub.length());
            if (r < from) r = -1;
        } else {
            r = s.indexOf(sub, from);
            if (r >= 0 && r + sub.length() > to) r = -1;
        }
        if (r < 0) return -1;
        return self.isSimple() ? r : s.codePointCount(0, r);
    }

    static long count(PyObject[] a) {
        PyStr self = (PyStr) a[0];
        argCount(a, "count");
        String sub = arg(a[1], "count");
        int[] b = bounds(self, a, 2);
        if (b[0] > b[1]) return 0;
        String s = self.substring(b[0], b[1]);
        if (sub.isEmpty()) return s.codePointCount(0, s.length()) + 1;
        long c = 0;
        int i = 0;
        while ((i = s.indexOf(sub, i)) >= 0) {
            c++;
            i += sub.length();
        }
        return c;
    }

    static boolean startsEnds(PyObject[] a, boolean starts) {
        PyStr self = (PyStr) a[0];
        String name = starts ? "startswith" : "endswith";
        argCount(a, name);
        int[] b = bounds(self, a, 2);
        boolean valid = b[0] <= self.cpLength() && b[1] >= b[0];
        int from = valid ? self.offset(b[0]) : 0;
        int to = valid ? self.offset(b[1]) : 0;
        String s = self.value();
        PyObject p = a[1];
        boolean tuple = p instanceof PyTuple;
        PyObject[] prefixes = tuple ? ((PyTuple) p).items : new PyObject[] {p};
        for (PyObject x : prefixes) {
            if (!(x instanceof PyStr xs)) {
                throw Errors.typeError(tuple ? "tuple for " + name + " must only contain str, not " + x.type().name
                        : name + " first arg must be str or a tuple of str, not " + x.type().name);
            }
            int len = xs.value().length();
            if (!valid || to - from < len) continue;
            // UTF-16 offsets: a match of whole strings never splits a surrogate pair.
            if (s.startsWith(xs.value(), starts ? from : to - len)) return true;
        }
        return false;
    }

    static String justify(String s, PyObject widthObj, String fill, char how) {
        long width = Protocol.index(widthObj);
        int len = s.codePointCount(0, s.length());
        if (width <= len) return s;
        int pad = (int) (width - len);
        switch (how) {
            case 'l': return s + fill.repeat(pad);
            case 'r': return fill.repeat(pad) + s;
            default: {
                int left = pad / 2 + (int) (pad & width & 1);
                return fill.repeat(left) + s + fill.repeat(pad - left);
            }
        }
    }

    static String zfill(String s, int width) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) return s;
        String pad = "0".repeat(width - len);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) return s.charAt(0) + pad + s.substring(1);
        return pad + s;
    }

    static PyTuple partition(String s, String sep, boolean reverse) {
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return reverse ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, PyStr.of(s)) : PyTuple.of(PyStr.of(s), PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(s.substring(0, i)), PyStr.of(sep), PyStr.of(s.substring(i + sep.length())));
    }

    static String expandtabs(String s, int tab) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tab > 0) {
                    int spaces = tab - col % tab;
                    sb.append(" ".repeat(spaces));
                    col += spaces;
                }
            } else if (cp == '\n' || cp == '\r') {
                sb.appendCodePoint(cp);
                col = 0;
            } else {
                sb.appendCodePoint(cp);
                col++;
            }
        }
        return sb.toString();
    }

    static String translate(String s, PyObject table) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            PyObject r;
            try {
                r = table.getItem(PyInt.of(cp));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.LOOKUP_ERROR)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (r == PyNone.NONE) continue;
            if (r instanceof PyInt ri) {
                long v = ri.asIndex();
                if (v < 0 || v > 0x10ffff) throw Errors.valueError("character mapping must be in range(0x110000)");
                sb.appendCodePoint((int) v);
            } else if (r instanceof PyStr rs) {
                sb.append(rs.value());
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    static PyObject maketrans1(PyObject x) {
        if (!(x instanceof PyDict d)) {
            throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
        }
        PyDict r = new PyDict();
        for (int i = 0; i < d.entryLimit(); i++) {
            PyObject k = d.keyAt(i);
            if (k == null) continue;
            if (k instanceof PyStr ks) {
                if (ks.cpLength() != 1) throw Errors.valueError("string keys in translate table must be of length 1");
                r.put(PyInt.of(ks.value().codePointAt(0)), d.valueAt(i));
            } else if (k instanceof PyInt) {
                r.put(k, d.valueAt(i));
            } else {
                throw Errors.typeError("keys in translate table must be strings or integers");
            }
        }
        return r;
    }

    static PyObject maketrans(PyObject x, PyObject y, PyObject z) {
        if (!(x instanceof PyStr)) throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
        String a = argN(x, "maketrans() argument 1");
        String b = argN(y, "maketrans() argument 2");
        if (a.codePointCount(0, a.length()) != b.codePointCount(0, b.length())) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        PyDict r = new PyDict();
        int[] ac = a.codePoints().toArray();
        int[] bc = b.codePoints().toArray();
        for (int i = 0; i < ac.length; i++) r.put(PyInt.of(ac[i]), PyInt.of(bc[i]));
        argN(z, "maketrans() argument 3").codePoints().forEach(c -> r.put(PyInt.of(c), PyNone.NONE));
        return r;
    }
}
