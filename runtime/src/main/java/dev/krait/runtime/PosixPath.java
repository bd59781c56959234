package dev.krait.runtime;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** {@code os.path} (posixpath): pure string operations with POSIX rules, plus the file-system queries. */
final class PosixPath {
    private PosixPath() {}

    static PyModule create() {
        ModuleDef d = new ModuleDef("posixpath");
        d.set("sep", PyStr.of("/")).set("curdir", PyStr.of(".")).set("pardir", PyStr.of(".."))
                .set("extsep", PyStr.of(".")).set("altsep", PyNone.NONE).set("pathsep", PyStr.of(":"))
                .set("devnull", PyStr.of("/dev/null"));
        d.fnv("join", (a, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("join() takes no keyword arguments");
            if (a.length == 0) throw Errors.typeError("join() missing 1 required positional argument: 'a'");
            String path = str(a[0]);
            for (int i = 1; i < a.length; i++) path = join(path, str(a[i]));
            return PyStr.of(path);
        });
        d.fn("split", p -> {
            String[] hs = split(str(p));
            return PyTuple.of(PyStr.of(hs[0]), PyStr.of(hs[1]));
        });
        d.fn("dirname", p -> PyStr.of(split(str(p))[0]));
        d.fn("basename", p -> {
            String s = str(p);
            return PyStr.of(s.substring(s.lastIndexOf('/') + 1));
        });
        d.fn("splitext", p -> {
            String[] re = splitext(str(p));
            return PyTuple.of(PyStr.of(re[0]), PyStr.of(re[1]));
        });
        d.fn("isabs", p -> PyBool.of(str(p).startsWith("/")));
        d.fn("normpath", p -> PyStr.of(normpath(str(p))));
        d.fn("abspath", p -> PyStr.of(abspath(str(p))));
        d.fn("realpath", p -> PyStr.of(abspath(str(p))));
        d.fn("expanduser", p -> {
            String s = str(p);
            if (!s.startsWith("~") || (s.length() > 1 && s.charAt(1) != '/')) return PyStr.of(s);
            String home = System.getProperty("user.home", "");
            return PyStr.of(home + s.substring(1));
        });
        d.fn("normcase", p -> p instanceof PyStr || p instanceof PyBytes ? p : PyStr.of(str(p)));
        d.fn("splitdrive", p -> PyTuple.of(p instanceof PyBytes ? PyBytes.EMPTY : PyStr.EMPTY, p));
        d.fn("commonprefix", list -> {
            PyObject[] items = Protocol.toArray(list);
            if (items.length == 0) return PyStr.EMPTY;
            String prefix = str(items[0]);
            for (PyObject o : items) {
                String x = str(o);
                int i = 0;
                while (i < prefix.length() && i < x.length() && prefix.charAt(i) == x.charAt(i)) i++;
                prefix = prefix.substring(0, i);
            }
            return PyStr.of(prefix);
        });
        d.fn("commonpath", list -> {
            PyObject[] items = Protocol.toArray(list);
            if (items.length == 0) throw Errors.valueError("commonpath() arg is an empty sequence");
            boolean abs = str(items[0]).startsWith("/");
            java.util.List<String> common = null;
            for (PyObject o : items) {
                String x = str(o);
                if (x.startsWith("/") != abs) throw Errors.valueError("Can't mix absolute and relative paths");
                java.util.List<String> parts = new java.util.ArrayList<>();
                for (String part : x.split("/")) if (!part.isEmpty() && !part.equals(".")) parts.add(part);
                if (common == null) {
                    common = parts;
                } else {
                    int i = 0;
                    while (i < common.size() && i < parts.size() && common.get(i).equals(parts.get(i))) i++;
                    common = common.subList(0, i);
                }
            }
            return PyStr.of((abs ? "/" : "") + String.join("/", common));
        });
        d.fn("relpath", p -> PyStr.of(relpath(str(p), OsModule.cwd()))).also("relpath", (p, start) ->
                PyStr.of(relpath(str(p), start == PyNone.NONE ? OsModule.cwd() : str(start))));
        d.fn("expandvars", p -> {
            String s = str(p);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$(\\w+|\\{[^}]*\\})").matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1).startsWith("{") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
                String v = System.getenv(name);
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(v == null ? m.group() : v));
            }
            m.appendTail(out);
            return PyStr.of(out.toString());
        });
        d.fn("exists", p -> PyBool.of(Files.exists(path(p))));
        d.fn("lexists", p -> PyBool.of(Files.exists(path(p), LinkOption.NOFOLLOW_LINKS)));
        d.fn("isfile", p -> PyBool.of(Files.isRegularFile(path(p))));
        d.fn("isdir", p -> PyBool.of(Files.isDirectory(path(p))));
        d.fn("islink", p -> PyBool.of(Files.isSymbolicLink(path(p))));
        d.fn("getsize", p -> {
            String s = str(p);
            long[] size = new long[1];
            OsModule.io(s, () -> size[0] = Files.size(Path.of(s)));
            return PyInt.of(size[0]);
        });
        d.fn("getmtime", p -> {
            String s = str(p);
            double[] t = new double[1];
            OsModule.io(s, () -> t[0] = Files.getLastModifiedTime(Path.of(s)).toMillis() / 1000.0);
            return PyFloat.of(t[0]);
        });
        return d.module;
    }

    private static String str(PyObject p) {
        return OsModule.fsPath(p);
    }

    private static Path path(PyObject p) {
        try {
            return Path.of(str(p));
        } catch (java.nio.file.InvalidPathException e) {
            return Path.of("\u0000invalid");
        }
    }

    static String join(String path, String b) {
        if (b.startsWith("/")) return b;
        if (path.isEmpty() || path.endsWith("/")) return path + b;
        return path + "/" + b;
    }

    /** [head, tail]: tail is everything after the last slash; head loses its trailing slashes unless all slashes. */
    static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i);
        String tail = p.substring(i);
        if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) {
            int end = head.length();
            while (end > 0 && head.charAt(end - 1) == '/') end--;
            head = head.substring(0, end);
        }
        return new String[] {head, tail};
    }

    /** The extension starts at the last dot of the last component, unless that component is all leading dots. */
    static String[] splitext(String p) {
        int sep = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > sep) {
            for (int i = sep + 1; i < dot; i++) {
                if (p.charAt(i) != '.') return new String[] {p.substring(0, dot), p.substring(dot)};
            }
        }
        return new String[] {p, ""};
    }

    static String normpath(String p) {
        if (p.isEmpty()) return ".";
        int initial = p.startsWith("/") ? (p.startsWith("//") && !p.startsWith("///") ? 2 : 1) : 0;
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (String c : p.split("/")) {
            if (c.isEmpty() || c.equals(".")) continue;
            if (!c.equals("..") || (initial == 0 && out.isEmpty()) || (!out.isEmpty() && out.get(out.size() - 1).equals(".."))) {
                out.add(c);
            } else if (!out.isEmpty()) {
                out.remove(out.size() - 1);
            }
        }
        String joined = "/".repeat(initial) + String.join("/", out);
        return joined.isEmpty() ? "." : joined;
    }

    static String relpath(String p, String start) {
        String[] a = abspath(start).split("/");
        String[] b = abspath(p).split("/");
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) i++;
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (int k = i; k < a.length; k++) if (!a[k].isEmpty()) parts.add("..");
        for (int k = i; k < b.length; k++) if (!b[k].isEmpty()) parts.add(b[k]);
        return parts.isEmpty() ? "." : String.join("/", parts);
    }

    static String abspath(String p) {
        return normpath(p.startsWith("/") ? p : join(OsModule.cwd(), p));
    }
}
