package dev.krait.runtime;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code os.stat}, {@code lstat}, {@code stat_result}, {@code scandir} and {@code DirEntry}, {@code walk}, {@code access}. */
final class OsStat {
    private OsStat() {}

    private static final String[] FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
        "st_atime", "st_mtime", "st_ctime"};

    static final PyType STAT_RESULT = new PyType("stat_result", PyTuple.TYPE, StatResult.class, t -> {
        t.setConstructor((cls, a, k) -> {
            if (a.length != 1) throw Errors.typeError("stat_result() takes exactly 1 positional argument");
            PyObject[] items = Protocol.toArray(a[0]);
            if (items.length < 10) {
                throw Errors.typeError("os.stat_result() takes an at least 10-sequence (" + items.length + "-sequence given)");
            }
            return new StatResult(java.util.Arrays.copyOf(items, 10), null);
        });
    });
    static final PyType DIR_ENTRY = new PyType("DirEntry", PyType.OBJECT, DirEntry.class, OsStat::setupDirEntry);
    static final PyType SCANDIR_ITERATOR = new PyType("ScandirIterator", PyType.OBJECT, ScandirIterator.class, OsStat::setupScandir);
    static final PyType WALK = new PyType("generator", PyType.OBJECT, Walk.class, BuiltinSetup::iterator);

    static {
        STAT_RESULT.module = "os";
        DIR_ENTRY.module = "posix";
        SCANDIR_ITERATOR.module = "posix";
    }

    /** os.stat_result: a 10-tuple of integers, with float times and the nanosecond times as attributes. */
    static final class StatResult extends PyTuple {
        private final Map<String, PyObject> extra;

        StatResult(PyObject[] items, Map<String, PyObject> extra) {
            super(items);
            this.extra = extra == null ? Map.of() : extra;
        }

        @Override
        public PyType type() {
            return STAT_RESULT;
        }

        @Override
        public PyObject lookupAttr(String name) {
            PyObject v = extra.get(name);
            if (v != null) return v;
            for (int i = 0; i < FIELDS.length; i++) if (FIELDS[i].equals(name)) return items[i];
            return super.lookupAttr(name);
        }

        @Override
        public void setAttr(String name, PyObject value) {
            throw Errors.attributeError("readonly attribute");
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder("os.stat_result(");
            for (int i = 0; i < FIELDS.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(FIELDS[i]).append('=').append(items[i].repr());
            }
            return sb.append(')').toString();
        }
    }

    private static long ns(FileTime t) {
        return t.to(TimeUnit.NANOSECONDS);
    }

    /** Seconds as CPython computes them from a timespec: whole seconds plus nanoseconds times 1e-9. */
    private static double seconds(long ns) {
        long sec = Math.floorDiv(ns, 1_000_000_000L);
        long nsec = Math.floorMod(ns, 1_000_000_000L);
        return sec + nsec * 1e-9;
    }

    static PyObject stat(String path, boolean follow) {
        Path p = Path.of(path);
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        Map<String, Object> a;
        try {
            a = Files.readAttributes(p, "unix:mode,ino,dev,nlink,uid,gid,size,lastAccessTime,lastModifiedTime,ctime,rdev", opts);
        } catch (IOException e) {
            throw OsModule.toPython(e, path);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return basicStat(path, p, opts);
        }
        long atime = ns((FileTime) a.get("lastAccessTime"));
        long mtime = ns((FileTime) a.get("lastModifiedTime"));
        long ctime = ns((FileTime) a.get("ctime"));
        PyObject[] items = {PyInt.of(((Number) a.get("mode")).longValue()), PyInt.of(((Number) a.get("ino")).longValue()),
            PyInt.of(((Number) a.get("dev")).longValue()), PyInt.of(((Number) a.get("nlink")).longValue()),
            PyInt.of(((Number) a.get("uid")).longValue()), PyInt.of(((Number) a.get("gid")).longValue()),
            PyInt.of(((Number) a.get("size")).longValue()), PyInt.of(Math.floorDiv(atime, 1_000_000_000L)),
            PyInt.of(Math.floorDiv(mtime, 1_000_000_000L)), PyInt.of(Math.floorDiv(ctime, 1_000_000_000L))};
        Map<String, PyObject> extra = new java.util.HashMap<>();
        extra.put("st_atime", PyFloat.of(seconds(atime)));
        extra.put("st_mtime", PyFloat.of(seconds(mtime)));
        extra.put("st_ctime", PyFloat.of(seconds(ctime)));
        extra.put("st_atime_ns", PyInt.of(atime));
        extra.put("st_mtime_ns", PyInt.of(mtime));
        extra.put("st_ctime_ns", PyInt.of(ctime));
        extra.put("st_rdev", PyInt.of(((Number) a.get("rdev")).longValue()));
        long size = ((Number) a.get("size")).longValue();
        extra.put("st_blksize", PyInt.of(4096));
        extra.put("st_blocks", PyInt.of((size + 511) / 512));
        return new StatResult(items, extra);
    }

    /** Where the JVM has no unix attribute view: the mode bits of a regular file or directory, sizes and times. */
    private static PyObject basicStat(String path, Path p, LinkOption[] opts) {
        java.nio.file.attribute.BasicFileAttributes b;
        try {
            b = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, opts);
        } catch (IOException e) {
            throw OsModule.toPython(e, path);
        }
        long mode = b.isDirectory() ? 0040755 : b.isSymbolicLink() ? 0120777 : 0100644;
        long atime = ns(b.lastAccessTime());
        long mtime = ns(b.lastModifiedTime());
        long ctime = ns(b.creationTime());
        PyObject[] items = {PyInt.of(mode), PyInt.ZERO, PyInt.ZERO, PyInt.ONE, PyInt.ZERO, PyInt.ZERO, PyInt.of(b.size()),
            PyInt.of(atime / 1_000_000_000L), PyInt.of(mtime / 1_000_000_000L), PyInt.of(ctime / 1_000_000_000L)};
        Map<String, PyObject> extra = new java.util.HashMap<>();
        extra.put("st_atime", PyFloat.of(seconds(atime)));
        extra.put("st_mtime", PyFloat.of(seconds(mtime)));
        extra.put("st_ctime", PyFloat.of(seconds(ctime)));
        extra.put("st_atime_ns", PyInt.of(atime));
        extra.put("st_mtime_ns", PyInt.of(mtime));
        extra.put("st_ctime_ns", PyInt.of(ctime));
        return new StatResult(items, extra);
    }

    // ------------------------------------------------------------------ scandir

    /** One entry of a directory listing, with the kind of file it is. */
    static final class DirEntry extends PyObject {
        final String name;
        final String path;

        DirEntry(String name, String path) {
            this.name = name;
            this.path = path;
        }

        @Override
        public PyType type() {
            return DIR_ENTRY;
        }

        @Override
        public String repr() {
            return "<DirEntry " + StrRepr.repr(name) + ">";
        }
    }

    private static boolean follow(PyObject[] a, String[] kw) {
        ArgParser p = new ArgParser("is_dir", a, kw, 1, "*", "follow_symlinks");
        return p.get(1, PyBool.TRUE).isTrue();
    }

    private static LinkOption[] links(boolean follow) {
        return follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }

    static void setupDirEntry(PyType t) {
        t.getter("name", s -> PyStr.of(((DirEntry) s).name));
        t.getter("path", s -> PyStr.of(((DirEntry) s).path));
        t.method("is_dir", (Fn.FV) (a, kw) -> PyBool.of(Files.isDirectory(Path.of(((DirEntry) a[0]).path), links(follow(a, kw)))));
        t.method("is_file", (Fn.FV) (a, kw) -> PyBool.of(Files.isRegularFile(Path.of(((DirEntry) a[0]).path), links(follow(a, kw)))));
        t.method("is_symlink", (Fn.F1) s -> PyBool.of(Files.isSymbolicLink(Path.of(((DirEntry) s).path))));
        t.method("stat", (Fn.FV) (a, kw) -> stat(((DirEntry) a[0]).path, follow(a, kw)));
        t.method("inode", (Fn.F1) s -> ((StatResult) stat(((DirEntry) s).path, false)).items[1]);
        t.method("__fspath__", (Fn.F1) s -> PyStr.of(((DirEntry) s).path));
    }

    /** The iterator scandir returns (also a context manager). */
    static final class ScandirIterator extends PyObject {
        private final List<DirEntry> entries;
        private int i;

        ScandirIterator(List<DirEntry> entries) {
            this.entries = entries;
        }

        @Override
        public PyType type() {
            return SCANDIR_ITERATOR;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            return i < entries.size() ? entries.get(i++) : null;
        }
    }

    static void setupScandir(PyType t) {
        BuiltinSetup.iterator(t);
        t.method("close", (Fn.F1) s -> {
            ((ScandirIterator) s).i = Integer.MAX_VALUE / 2;
            return PyNone.NONE;
        });
        t.method("__enter__", (Fn.F1) s -> s);
        t.method("__exit__", (Fn.FV) (a, k) -> PyBool.FALSE);
    }

    static String join(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    static List<DirEntry> entries(String dir) {
        List<DirEntry> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(Path.of(dir))) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                out.add(new DirEntry(name, join(dir, name)));
            }
        } catch (IOException e) {
            throw OsModule.toPython(e, dir);
        }
        return out;
    }

    static PyObject scandir(String dir) {
        return new ScandirIterator(entries(dir));
    }

    // ------------------------------------------------------------------ walk

    /** os.walk top-down: each directory's lists are read after the caller has seen (and maybe pruned) them. */
    static final class Walk extends PyObject {
        private final boolean followLinks;
        private final PyObject onerror;
        /** Directories whose subdirectories remain to be walked: (path, dirnames list, next index). */
        private final Deque<Object[]> frames = new ArrayDeque<>();
        private String start;
        private Object[] justYielded;
        private final List<PyObject> bottomUp;
        private int bottomUpIndex;

        Walk(String top, boolean topdown, PyObject onerror, boolean followLinks) {
            this.followLinks = followLinks;
            this.onerror = onerror;
            if (topdown) {
                start = top;
                bottomUp = null;
            } else {
                bottomUp = new ArrayList<>();
                collectBottomUp(top, bottomUp);
            }
        }

        @Override
        public PyType type() {
            return WALK;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        /** Lists a directory into (dirnames, filenames), or reports the error and gives null. */
        private PyList[] list(String top) {
            List<DirEntry> es;
            try {
                es = entries(top);
            } catch (PyException e) {
                if (onerror != PyNone.NONE) onerror.call1(e.value);
                return null;
            }
            PyList dirs = new PyList();
            PyList files = new PyList();
            for (DirEntry e : es) {
                if (Files.isDirectory(Path.of(e.path))) dirs.append(PyStr.of(e.name));
                else files.append(PyStr.of(e.name));
            }
            return new PyList[] {dirs, files};
        }

        private void collectBottomUp(String top, List<PyObject> out) {
            PyList[] l = list(top);
            if (l == null) return;
            for (PyObject d : l[0].toArray()) {
                String sub = join(top, d.str());
                if (followLinks || !Files.isSymbolicLink(Path.of(sub))) collectBottomUp(sub, out);
            }
            out.add(PyTuple.of(PyStr.of(top), l[0], l[1]));
        }

        @Override
        public PyObject next() {
            if (bottomUp != null) return bottomUpIndex < bottomUp.size() ? bottomUp.get(bottomUpIndex++) : null;
            if (justYielded != null) {
                frames.push(justYielded);
                justYielded = null;
            }
            while (true) {
                if (start != null) {
                    String top = start;
                    start = null;
                    PyList[] l = list(top);
                    if (l == null) continue;
                    justYielded = new Object[] {top, l[0], 0};
                    return PyTuple.of(PyStr.of(top), l[0], l[1]);
                }
                Object[] f = frames.peek();
                if (f == null) return null;
                PyList dirs = (PyList) f[1];
                int i = (Integer) f[2];
                if (i >= dirs.size) {
                    frames.pop();
                    continue;
                }
                f[2] = i + 1;
                String sub = join((String) f[0], dirs.items[i].str());
                if (followLinks || !Files.isSymbolicLink(Path.of(sub))) start = sub;
            }
        }
    }

    static void install(ModuleDef d) {
        d.set("stat_result", STAT_RESULT).set("DirEntry", DIR_ENTRY);
        d.fnv("stat", (a, kw) -> {
            ArgParser p = new ArgParser("stat", a, kw, 0, "path", "*", "dir_fd", "follow_symlinks");
            return stat(OsModule.fsPath(p.required(0, "path")), p.get(3, PyBool.TRUE).isTrue());
        });
        d.fn("lstat", p -> stat(OsModule.fsPath(p), false));
        d.fn("scandir", () -> scandir(".")).also("scandir", p -> scandir(OsModule.fsPath(p)));
        d.fnv("walk", (a, kw) -> {
            ArgParser p = new ArgParser("walk", a, kw, 0, "top", "topdown", "onerror", "followlinks");
            return new Walk(OsModule.fsPath(p.required(0, "top")), p.get(1, PyBool.TRUE).isTrue(), p.get(2, PyNone.NONE),
                    p.get(3, PyBool.FALSE).isTrue());
        });
        d.set("F_OK", PyInt.of(0)).set("R_OK", PyInt.of(4)).set("W_OK", PyInt.of(2)).set("X_OK", PyInt.of(1));
        d.set("SEEK_SET", PyInt.of(0)).set("SEEK_CUR", PyInt.of(1)).set("SEEK_END", PyInt.of(2));
        d.set("error", ExceptionTypes.OS_ERROR);
        d.fnv("access", (a, kw) -> {
            ArgParser p = new ArgParser("access", a, kw, 0, "path", "mode", "*", "dir_fd", "effective_ids", "follow_symlinks");
            Path path = Path.of(OsModule.fsPath(p.required(0, "path")));
            long mode = Protocol.index(p.required(1, "mode"));
            boolean ok = Files.exists(path);
            if (ok && (mode & 4) != 0) ok = Files.isReadable(path);
            if (ok && (mode & 2) != 0) ok = Files.isWritable(path);
            if (ok && (mode & 1) != 0) ok = Files.isExecutable(path);
            return PyBool.of(ok);
        });
        d.fn("fsencode", f -> {
            PyObject v = f instanceof PyStr || f instanceof PyBytes ? f : PyStr.of(OsModule.fsPath(f));
            return v instanceof PyStr s ? new PyBytes(s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)) : v;
        });
        d.fn("fsdecode", f -> {
            if (f instanceof PyBytes b) return PyStr.of(new String(b.value, java.nio.charset.StandardCharsets.UTF_8));
            return PyStr.of(OsModule.fsPath(f));
        });
    }
}
