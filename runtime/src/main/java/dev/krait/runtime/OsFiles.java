package dev.krait.runtime;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** os functions on file metadata and links: chmod, link, symlink, readlink, utime, truncate, removedirs, renames. */
final class OsFiles {
    private OsFiles() {}

    private static final PosixFilePermission[] BITS = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
    };

    static void install(ModuleDef d) {
        d.fn("chmod", (p, mode) -> {
            String s = OsModule.fsPath(p);
            int m = (int) Protocol.index(mode);
            Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
            for (int i = 0; i < BITS.length; i++) if ((m & (1 << i)) != 0) perms.add(BITS[i]);
            OsModule.io(s, () -> Files.setPosixFilePermissions(Path.of(s), perms));
            return PyNone.NONE;
        });
        d.fn("link", (a, b) -> {
            String s = OsModule.fsPath(a);
            String t = OsModule.fsPath(b);
            OsModule.io(t, () -> Files.createLink(Path.of(t), Path.of(s)));
            return PyNone.NONE;
        });
        d.fn("symlink", (a, b) -> symlink(a, b)).also("symlink", (a, b, isDir) -> symlink(a, b));
        d.fn("readlink", p -> {
            String s = OsModule.fsPath(p);
            Path target;
            try {
                target = Files.readSymbolicLink(Path.of(s));
            } catch (java.nio.file.NotLinkException e) {
                throw Errors.osError(ExceptionTypes.OS_ERROR, 22, "Invalid argument", s);
            } catch (IOException e) {
                throw OsModule.toPython(e, s);
            }
            return p instanceof PyBytes ? new PyBytes(target.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    : PyStr.of(target.toString());
        });
        d.fn("utime", p -> utime(p, PyNone.NONE)).also("utime", OsFiles::utime);
        d.fn("truncate", (p, len) -> {
            String s = OsModule.fsPath(p);
            long n = Protocol.index(len);
            if (n < 0) throw Errors.osError(ExceptionTypes.OS_ERROR, 22, "Invalid argument", s);
            if (!Files.exists(Path.of(s))) throw Errors.osError(ExceptionTypes.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", s);
            OsModule.io(s, () -> {
                try (RandomAccessFile f = new RandomAccessFile(s, "rw")) {
                    f.setLength(n);
                }
            });
            return PyNone.NONE;
        });
        d.fn("removedirs", p -> {
            String s = OsModule.fsPath(p);
            OsModule.io(s, () -> Files.delete(Path.of(s)));
            pruneParents(Path.of(s));
            return PyNone.NONE;
        });
        d.fn("renames", (a, b) -> {
            String s = OsModule.fsPath(a);
            Path target = Path.of(OsModule.fsPath(b));
            if (target.getParent() != null) OsModule.io(target.getParent().toString(), () -> Files.createDirectories(target.getParent()));
            OsModule.io(s, () -> Files.move(Path.of(s), target));
            pruneParents(Path.of(s));
            return PyNone.NONE;
        });
    }

    /** Removes path's parent directories while they are empty; the first that is not ends it quietly (CPython). */
    private static void pruneParents(Path path) {
        for (Path parent = path.getParent(); parent != null; parent = parent.getParent()) {
            try {
                Files.delete(parent);
            } catch (IOException e) {
                return;
            }
        }
    }

    private static PyObject symlink(PyObject a, PyObject b) {
        String s = OsModule.fsPath(a);
        String t = OsModule.fsPath(b);
        OsModule.io(t, () -> Files.createSymbolicLink(Path.of(t), Path.of(s)));
        return PyNone.NONE;
    }

    /** utime(path, times=None): (atime, mtime) in seconds, or now. */
    private static PyObject utime(PyObject p, PyObject times) {
        String s = OsModule.fsPath(p);
        FileTime at;
        FileTime mt;
        if (times == PyNone.NONE) {
            at = mt = FileTime.fromMillis(System.currentTimeMillis());
        } else if (times instanceof PyTuple t && t.items.length == 2) {
            at = seconds(t.items[0]);
            mt = seconds(t.items[1]);
        } else {
            throw Errors.typeError("utime: 'times' must be either a tuple of two ints or None");
        }
        if (!Files.exists(Path.of(s), LinkOption.NOFOLLOW_LINKS)) {
            throw Errors.osError(ExceptionTypes.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", s);
        }
        OsModule.io(s, () -> {
            java.nio.file.attribute.BasicFileAttributeView v =
                    Files.getFileAttributeView(Path.of(s), java.nio.file.attribute.BasicFileAttributeView.class);
            v.setTimes(mt, at, null);
        });
        return PyNone.NONE;
    }

    private static FileTime seconds(PyObject o) {
        double v = o instanceof PyFloat f ? f.v : (double) Protocol.index(o);
        return FileTime.from((long) Math.floor(v * 1e9), TimeUnit.NANOSECONDS);
    }
}
