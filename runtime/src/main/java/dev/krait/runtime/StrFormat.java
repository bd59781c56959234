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

        Run(PyObject[] args, PyObject kwargs) {
            this.args = args;
            this.kwargs = kwargs;
        }

        String render(String fmt, int depth) {
            if (depth < 0) throw Errors.valueError("Max string recursion exceeded");
            StringBuilder out = new StringBuilder();
            int n = fmt.length();
            for (int i = 0; i < n; i++) {
                char c = fmt.charAt(i);
                if (c == '}') {
                    if (i + 1 < n && fmt.charAt(i + 1) == '}') {
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
                if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i++;
                    continue;
                }
                int level = 1;
                int j = i + 1;
                int bracket = 0;
                while (j < n) {
                    char d = fmt.charAt(j);
                    if (d == '[') bracket++;
                    else if (d == ']') bracket = Math.max(0, bracket - 1);
                    else if (bracket == 0 && d == '{') level++;
                    else if (bracket == 0 && d == '}') {
                        level--;
                        if (level == 0) break;
                    }
                    j++;
                }
                if (j >= n) throw Errors.valueError(level > 1 ? "expected '}' before end of string"
                        : "expected '}' before end of string");
                out.append(field(fmt.substring(i + 1, j), depth));
                i = j;
            }
            return out.toString();
        }

        private String field(String f, int depth) {
            int bang = -1;
            int colon = -1;
            int bracket = 0;
            for (int k = 0; k < f.length(); k++) {
                char c = f.charAt(k);
                if (c == '[') bracket++;
                else if (c == ']') bracket--;
                else if (bracket == 0 && c == '!' && bang < 0 && colon < 0) bang = k;
                else if (bracket == 0 && c == ':' && colon < 0) {
                    colon = k;
                    break;
                }
            }
            int nameEnd = bang >= 0 ? bang : colon >= 0 ? colon : f.length();
            String name = f.substring(0, nameEnd);
            char conv = 0;
            if (bang >= 0) {
                int convEnd = colon >= 0 ? colon : f.length();
                if (convEnd - bang != 2) {
                    throw Errors.valueError(convEnd - bang < 2 ? "end of string while looking for conversion specifier"
                            : "expected ':' after conversion specifier");
                }
                conv = f.charAt(bang + 1);
            }
            String spec = colon >= 0 ? f.substring(colon + 1) : "";
            PyObject value = resolve(name);
            switch (conv) {
                case 0: break;
                case 'r': value = PyStr.of(value.repr()); break;
                case 's': value = PyStr.of(value.str()); break;
                case 'a': value = PyStr.of(Builtins.ascii(value.repr())); break;
                default: throw Errors.valueError("Unknown conversion specifier " + conv);
            }
            if (spec.indexOf('{') >= 0) spec = render(spec, depth - 1);
            return value.format(spec);
        }

        private PyObject resolve(String name) {
            int k = 0;
            while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') k++;
            String first = name.substring(0, k);
            PyObject v;
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
