package dev.krait.runtime;

/** {@code str.format}: replacement fields with indices, names, attributes, keys, conversions and nested specs. */
final class StrFormat {
    private StrFormat() {}

    static String format(String fmt, PyObject[] args, PyObject kwargs) {
        return new StrFormat.Run(args, kwargs).render(fmt, 2);
    }

    private static final class Run {
        final PyObject[] args;
        final PyObject kwargs;
        int auto;
        boolean usedAuto;
        boolean usedManual;

        /** With null args (format_map), positional fields are an error. */
        Run(PyObject[] args, PyObject kwargs) {
            this.args = args;
            this.kwargs = kwargs;
        }

        String render(String fmt, int depth) {
            if (depth <= 0) throw Errors.valueError("Max string recursion exceeded");
            StringBuilder out = new StringBuilder(fmt.length() + 16);
            int n = fmt.length();
            int i = 0;
            while (i < n) {
                char c = fmt.charAt(i++);
                if (c == '}') {
                    if (i < n && fmt.charAt(i) == '}') {
                        out.append('}');
                        i++;
                        continue;
                    }
                    throw Errors.valueError("Single '}' encountered in format string");
                }
                if (c != '{') {
                    out.append(c);
                    continue;
                }
                if (i >= n) throw Errors.valueError("Single '{' encountered in format string");
                if (fmt.charAt(i) == '{') {
                    out.append('{');
                    i++;
                    continue;
                }
                i = field(fmt, i, depth, out);
            }
            return out.toString();
        }

        /** Parses the field starting after its '{' as CPython does, appends its text; returns the index after its '}'. */
        private int field(String s, int i, int depth, StringBuilder out) {
            int n = s.length();
            int nameStart = i;
            char c = 0;
            while (i < n) {
                c = s.charAt(i++);
                if (c == '{') throw Errors.valueError("unexpected '{' in field name");
                if (c == '[') {
                    while (i < n && s.charAt(i) != ']') i++;
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') break;
            }
            if (c != '}' && c != ':' && c != '!') {
                throw Errors.valueError("expected '}' before end of string");
            }
            String name = s.substring(nameStart, i - 1);
            int conv = 0;
            String spec = "";
            boolean nested = false;
            if (c == '!' || c == ':') {
                boolean done = false;
                if (c == '!') {
                    if (i >= n) throw Errors.valueError("end of string while looking for conversion specifier");
                    conv = s.charAt(i++);
                    if (i < n) {
                        char d = s.charAt(i++);
                        if (d == '}') done = true;
                        else if (d != ':') throw Errors.valueError("expected ':' after conversion specifier");
                    }
                }
                if (!done) {
                    int specStart = i;
                    int count = 1;
                    while (true) {
                        if (i >= n) throw Errors.valueError("unmatched '{' in format spec");
                        char d = s.charAt(i++);
                        if (d == '{') {
                            nested = true;
                            count++;
                        } else if (d == '}' && --count == 0) {
                            break;
                        }
                    }
                    spec = s.substring(specStart, i - 1);
                }
            }
            PyObject value = resolve(name);
            switch (conv) {
                case 0: break;
                case 'r': value = PyStr.of(value.repr()); break;
                case 's': value = PyStr.of(value.str()); break;
                case 'a': value = PyStr.of(Builtins.ascii(value.repr())); break;
                default:
                    throw Errors.valueError("Unknown conversion specifier "
                            + (conv > 32 && conv < 127 ? String.valueOf((char) conv) : "\\x" + Integer.toHexString(conv)));
            }
            if (nested) spec = render(spec, depth - 1);
            out.append(value.format(spec));
            return i;
        }

        private PyObject resolve(String name) {
            int k = 0;
            while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') k++;
            String first = name.substring(0, k);
            PyObject v;
            if (args == null && (first.isEmpty() || first.chars().allMatch(Character::isDigit))) {
                throw Errors.valueError("Format string contains positional fields");
            }
            if (first.isEmpty()) {
                if (usedManual) {
                    throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
                }
                usedAuto = true;
                int idx = auto++;
                if (idx >= args.length) throw Errors.indexError("Replacement index " + idx + " out of range for positional args tuple");
                v = args[idx];
            } else if (first.chars().allMatch(Character::isDigit)) {
                if (usedAuto) {
                    throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
                }
                usedManual = true;
                int idx = Integer.parseInt(first);
                if (idx >= args.length) throw Errors.indexError("Replacement index " + idx + " out of range for positional args tuple");
                v = args[idx];
            } else {
                if (kwargs == null) throw Errors.keyError(PyStr.of(first));
                v = kwargs.getItem(PyStr.of(first));
            }
            while (k < name.length()) {
                char c = name.charAt(k);
                if (c == '.') {
                    int e = k + 1;
                    while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') e++;
                    String attr = name.substring(k + 1, e);
                    if (attr.isEmpty()) throw Errors.valueError("Empty attribute in format string");
                    v = v.getAttr(attr);
                    k = e;
                } else if (c == '[') {
                    int e = name.indexOf(']', k);
                    if (e < 0) throw Errors.valueError("Missing ']' in format string");
                    String key = name.substring(k + 1, e);
                    if (key.isEmpty()) throw Errors.valueError("Empty attribute in format string");
                    PyObject kobj = key.chars().allMatch(Character::isDigit) ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                    v = v.getItem(kobj);
                    k = e + 1;
                } else {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return v;
        }
    }
}
