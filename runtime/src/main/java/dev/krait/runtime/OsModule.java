package dev.krait.runtime;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code os} module: the portable subset programs use (paths, files, directories, environment). The process's
 * working directory is the JVM's and cannot be changed (there is no {@code chdir}).
 */
final class OsModule {
    private OsModule() {}

    static PyModule create() {
        ModuleDef d = new ModuleDef("os");
        PyModule path = PosixPath.create();
        Sys.MODULES.setStr("os.path", path);
        Sys.MODULES.setStr("posixpath", path);
        PyDict env = new PyDict();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) env.setStr(e.getKey(), PyStr.of(e.getValue()));
        d.set("path", path).set("name", PyStr.of("posix")).set("sep", PyStr.of("/")).set("altsep", PyNone.NONE)
                .set("curdir", PyStr.of(".")).set("pardir", PyStr.of("..")).set("extsep", PyStr.of("."))
                .set("pathsep", PyStr.of(":")).set("linesep", PyStr.of("\n")).set("devnull", PyStr.of("/dev/null"))
                .set("environ", env);
        // The open(2) flags of Linux, for code that reads them (Krait has no os.open).
        Object[][] flags = {{"O_RDONLY", 0}, {"O_WRONLY", 1}, {"O_RDWR", 2}, {"O_ACCMODE", 3}, {"O_CREAT", 64},
            {"O_EXCL", 128}, {"O_NOCTTY", 256}, {"O_TRUNC", 512}, {"O_APPEND", 1024}, {"O_NONBLOCK", 2048},
            {"O_NDELAY", 2048}, {"O_DSYNC", 4096}, {"O_ASYNC", 8192}, {"O_DIRECTORY", 65536}, {"O_NOFOLLOW", 131072},
            {"O_NOATIME", 262144}, {"O_CLOEXEC", 524288}, {"O_SYNC", 1052672}, {"O_RSYNC", 1052672},
            {"O_PATH", 2097152}, {"O_TMPFILE", 4259840}, {"O_LARGEFILE", 0}};
        for (Object[] f : flags) d.set((String) f[0], PyInt.of((Integer) f[1]));
        d.fn("getenv", k -> getenv(env, k, PyNone.NONE)).also("getenv", (k, dflt) -> getenv(env, k, dflt));
        d.fn("getcwd", () -> PyStr.of(cwd()));
        d.fn("fspath", p -> {
            if (p instanceof PyStr || p instanceof PyBytes) return p;
            PyObject m = p.type().lookup("__fspath__");
            if (m == null) throw Errors.typeError("expected str, bytes or os.PathLike object, not " + p.type().name);
            return Protocol.call0(m, p);
        });
        d.fn("listdir", () -> listdir(".")).also("listdir", p -> listdir(fsPath(p)));
        d.fn("strerror", c -> PyStr.of(strerror((int) Protocol.index(c))));
        d.fn("get_terminal_size", () -> terminalSize()).also("get_terminal_size", fd -> terminalSize());
        d.fn("getlogin", () -> PyStr.of(System.getProperty("user.name", "")));
        d.fn("uname", () -> uname());
        d.set("PathLike", pathLike());
        d.fn("remove", p -> remove(fsPath(p)));
        d.fn("unlink", p -> remove(fsPath(p)));
        d.fn("rmdir", p -> {
            String s = fsPath(p);
            if (!Files.isDirectory(Path.of(s))) {
                if (Files.exists(Path.of(s))) throw Errors.osError(ExceptionTypes.NOT_A_DIRECTORY_ERROR, 20, "Not a directory", s);
            }
            io(s, () -> Files.delete(Path.of(s)));
            return PyNone.NONE;
        });
        d.fn("mkdir", OsModule::mkdir).also("mkdir", (p, mode) -> mkdir(p));
        d.fnv("makedirs", (a, kw) -> {
            ArgParser v = new ArgParser("makedirs", a, kw, 0, "name", "mode", "exist_ok");
            String s = fsPath(v.required(0, "name"));
            Path p = Path.of(s);
            if (Files.isDirectory(p)) {
                if (v.get(2, PyBool.FALSE).isTrue()) return PyNone.NONE;
                throw Errors.osError(ExceptionTypes.FILE_EXISTS_ERROR, 17, "File exists", s);
            }
            io(s, () -> Files.createDirectories(p));
            return PyNone.NONE;
        });
        Fn.F2 rename = (a, b) -> {
            String s = fsPath(a);
            io(s, () -> Files.move(Path.of(s), Path.of(fsPath(b)), StandardCopyOption.REPLACE_EXISTING));
            return PyNone.NONE;
        };
        d.fn("rename", rename).fn("replace", rename);
        d.fn("getpid", () -> PyInt.of(ProcessHandle.current().pid()));
        d.fn("cpu_count", () -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        d.fn("urandom", n -> {
            long len = Protocol.index(n);
            if (len < 0) throw Errors.valueError("negative argument not allowed");
            return new PyBytes(urandom((int) len));
        });
        OsStat.install(d);
        OsFiles.install(d);
        OsProcess.install(d, env);
        return d.module;
    }

    /**
     * Bytes from the system's entropy source, as CPython's os.urandom: read from /dev/urandom where it exists
     * (initialising java.security's providers for SecureRandom would cost a program importing random 15 ms).
     */
    static byte[] urandom(int len) {
        byte[] b = new byte[len];
        try (java.io.FileInputStream in = new java.io.FileInputStream("/dev/urandom")) {
            if (in.readNBytes(b, 0, len) == len) return b;
        } catch (java.io.IOException e) {
            // Not a Unix system: the JDK's generator below.
        }
        new java.security.SecureRandom().nextBytes(b);
        return b;
    }

    private static PyObject mkdir(PyObject p) {
        String s = fsPath(p);
        io(s, () -> Files.createDirectory(Path.of(s)));
        return PyNone.NONE;
    }

    private static PyObject getenv(PyDict env, PyObject key, PyObject dflt) {
        if (!(key instanceof PyStr)) throw Errors.typeError("str expected, not " + key.type().name);
        PyObject v = env.get(key);
        return v == null ? dflt : v;
    }

    static String cwd() {
        return Path.of("").toAbsolutePath().toString();
    }

    private static final PyType TERMINAL_SIZE = VersionInfo.recordType("os", "terminal_size");
    private static final PyType UNAME = VersionInfo.recordType("posix", "uname_result");

    /** os.PathLike: an abstract class whose instances are the objects with __fspath__ (as its subclass hook says). */
    private static PyType pathLike() {
        PyType meta = new PyType(PyType.TYPE, "ABCMeta", new PyType[] {PyType.TYPE}, new PyDict());
        meta.module = "abc";
        meta.method("__instancecheck__", (Fn.F2) (cls, obj) -> PyBool.of(obj.type().lookup("__fspath__") != null));
        meta.method("__subclasscheck__", (Fn.F2) (cls, sub) -> PyBool.of(sub instanceof PyType t
                && (t == cls || t.lookup("__fspath__") != null)));
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("os"));
        PyType t = new PyType(meta, "PathLike", new PyType[] {PyType.OBJECT}, ns);
        t.module = "os";
        return t;
    }

    private static PyObject uname() {
        String arch = System.getProperty("os.arch", "");
        String machine = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "x86", "i386" -> "i686";
            default -> arch;
        };
        String node;
        try {
            node = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException | SecurityException e) {
            node = System.getenv().getOrDefault("HOSTNAME", "localhost");
        }
        String name = System.getProperty("os.name", "");
        return VersionInfo.record(UNAME, new String[] {"sysname", "nodename", "release", "version", "machine"},
                new PyObject[] {PyStr.of(name), PyStr.of(node), PyStr.of(System.getProperty("os.version", "")),
                    PyStr.of(""), PyStr.of(machine)}, new String[0], PyObject.EMPTY);
    }

    private static PyObject terminalSize() {
        int cols = 80;
        int lines = 24;
        try {
            String c = System.getenv("COLUMNS");
            String l = System.getenv("LINES");
            if (c != null) cols = Integer.parseInt(c.trim());
            if (l != null) lines = Integer.parseInt(l.trim());
        } catch (NumberFormatException e) {
            // Keep the defaults.
        }
        return VersionInfo.record(TERMINAL_SIZE, new String[] {"columns", "lines"},
                new PyObject[] {PyInt.of(cols), PyInt.of(lines)}, new String[0], PyObject.EMPTY);
    }

    static String strerror(int code) {
        return switch (code) {
            case 0 -> "Success";
            case 1 -> "Operation not permitted";
            case 2 -> "No such file or directory";
            case 5 -> "Input/output error";
            case 9 -> "Bad file descriptor";
            case 12 -> "Cannot allocate memory";
            case 13 -> "Permission denied";
            case 17 -> "File exists";
            case 20 -> "Not a directory";
            case 21 -> "Is a directory";
            case 22 -> "Invalid argument";
            case 28 -> "No space left on device";
            case 32 -> "Broken pipe";
            case 39 -> "Directory not empty";
            default -> "Unknown error " + code;
        };
    }

    /** A path argument as a string: str, bytes (decoded as UTF-8) or an os.PathLike. */
    static String fsPath(PyObject p) {
        if (p instanceof PyStr s) return s.value();
        if (p instanceof PyBytes b) return new String(b.value, java.nio.charset.StandardCharsets.UTF_8);
        PyObject m = p.type().lookup("__fspath__");
        if (m != null) return fsPath(Protocol.call0(m, p));
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + p.type().name);
    }

    private static PyObject listdir(String dir) {
        PyList out = new PyList();
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            s.forEach(p -> out.append(PyStr.of(p.getFileName().toString())));
        } catch (IOException e) {
            throw toPython(e, dir);
        }
        return out;
    }

    private static PyObject remove(String s) {
        if (Files.isDirectory(Path.of(s))) throw Errors.osError(ExceptionTypes.IS_A_DIRECTORY_ERROR, 21, "Is a directory", s);
        io(s, () -> Files.delete(Path.of(s)));
        return PyNone.NONE;
    }

    interface IoAction {
        void run() throws IOException;
    }

    static void io(String name, IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw toPython(e, name);
        }
    }

    /** The OSError subclass CPython raises for the failure behind a Java I/O exception. */
    static PyException toPython(IOException e, String name) {
        if (e instanceof NoSuchFileException) return Errors.osError(ExceptionTypes.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", name);
        if (e instanceof FileAlreadyExistsException) return Errors.osError(ExceptionTypes.FILE_EXISTS_ERROR, 17, "File exists", name);
        if (e instanceof AccessDeniedException) return Errors.osError(ExceptionTypes.PERMISSION_ERROR, 13, "Permission denied", name);
        if (e instanceof DirectoryNotEmptyException) return Errors.osError(ExceptionTypes.OS_ERROR, 39, "Directory not empty", name);
        if (e instanceof NotDirectoryException) return Errors.osError(ExceptionTypes.NOT_A_DIRECTORY_ERROR, 20, "Not a directory", name);
        return Errors.osError(ExceptionTypes.OS_ERROR, 5, String.valueOf(e.getMessage()), name);
    }
}
