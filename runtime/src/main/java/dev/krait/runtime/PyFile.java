package dev.krait.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/** A file object from {@code open()}: text (UTF-8 by default, universal newlines) or binary. */
public final class PyFile extends PyObject {
    public static final PyType TEXT_TYPE = new PyType("TextIOWrapper", PyType.OBJECT, PyFile.class, PyFile::setup);
    public static final PyType BINARY_TYPE = new PyType("BufferedReader", PyType.OBJECT, PyFile.class, PyFile::setup);

    private final FileChannel ch;
    private final String name;
    private final String mode;
    private final boolean binary;
    private final boolean readable;
    private final boolean writable;
    private final String encoding;
    private final String errors;
    private final String newline;
    private boolean closed;
    /** Decoded text not yet consumed (text reading). */
    private String textBuf = "";
    private int textPos;
    private boolean eof;
    private final StringBuilder writeBuf = new StringBuilder();

    private PyFile(FileChannel ch, String name, String mode, boolean binary, boolean readable, boolean writable,
                   String encoding, String errors, String newline) {
        this.ch = ch;
        this.name = name;
        this.mode = mode;
        this.binary = binary;
        this.readable = readable;
        this.writable = writable;
        this.encoding = encoding;
        this.errors = errors;
        this.newline = newline;
    }

    @Override
    public PyType type() {
        return binary ? BINARY_TYPE : TEXT_TYPE;
    }

    static PyObject open(PyObject[] a, String[] k) {
        ArgParser p = new ArgParser("open", a, k, 0, "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener");
        PyObject f = p.required(0, "file");
        String mode = p.get(1, PyStr.of("r")).str();
        PyObject enc = p.get(3, PyNone.NONE);
        PyObject err = p.get(4, PyNone.NONE);
        PyObject nl = p.get(5, PyNone.NONE);
        String fname = f instanceof PyBytes b ? new String(b.value, java.nio.charset.StandardCharsets.UTF_8) : f.str();
        if (!(f instanceof PyStr || f instanceof PyBytes || f.type().lookup("__fspath__") != null)) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + f.type().name);
        }
        if (f.type().lookup("__fspath__") != null && !(f instanceof PyStr)) fname = Protocol.call0(f.type().lookup("__fspath__"), f).str();
        Set<Character> seen = new HashSet<>();
        for (char c : mode.toCharArray()) {
            if ("rwxabt+".indexOf(c) < 0 || !seen.add(c)) throw Errors.valueError("invalid mode: '" + mode + "'");
        }
        boolean binary = seen.contains('b');
        if (binary && seen.contains('t')) throw Errors.valueError("can't have text and binary mode at once");
        int kinds = (seen.contains('r') ? 1 : 0) + (seen.contains('w') ? 1 : 0) + (seen.contains('x') ? 1 : 0) + (seen.contains('a') ? 1 : 0);
        if (kinds != 1) throw Errors.valueError("must have exactly one of create/read/write/append mode");
        if (binary && enc != PyNone.NONE) throw Errors.valueError("binary mode doesn't take an encoding argument");
        boolean plus = seen.contains('+');
        boolean readable = seen.contains('r') || plus;
        boolean writable = !seen.contains('r') || plus;
        Set<OpenOption> opts = new HashSet<>();
        if (readable) opts.add(StandardOpenOption.READ);
        if (writable) opts.add(StandardOpenOption.WRITE);
        if (seen.contains('w')) {
            opts.add(StandardOpenOption.CREATE);
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (seen.contains('a')) {
            opts.add(StandardOpenOption.CREATE);
            opts.add(StandardOpenOption.APPEND);
            opts.remove(StandardOpenOption.READ);
            if (plus) opts.add(StandardOpenOption.READ);
        }
        if (seen.contains('x')) opts.add(StandardOpenOption.CREATE_NEW);
        Path path = Path.of(fname);
        if (!writable && !Files.exists(path)) {
            Path packed = JarResources.extract(fname);
            if (packed != null) path = packed;
        }
        try {
            if (Files.isDirectory(path)) throw Errors.osError(ExceptionTypes.IS_A_DIRECTORY_ERROR, 21, "Is a directory", fname);
            FileChannel ch = FileChannel.open(path, opts);
            // "locale" (PEP 597) is the locale's encoding, which Krait takes to be UTF-8.
            String encoding = enc == PyNone.NONE || enc.str().equals("locale") ? "utf-8" : enc.str();
            if (!binary) PyBytes.normalizeEncoding(encoding);
            return new PyFile(ch, fname, mode, binary, readable, writable, encoding,
                    err == PyNone.NONE ? "strict" : err.str(), nl == PyNone.NONE ? null : nl.str());
        } catch (NoSuchFileException e) {
            throw Errors.osError(ExceptionTypes.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", fname);
        } catch (FileAlreadyExistsException e) {
            throw Errors.osError(ExceptionTypes.FILE_EXISTS_ERROR, 17, "File exists", fname);
        } catch (AccessDeniedException e) {
            throw Errors.osError(ExceptionTypes.PERMISSION_ERROR, 13, "Permission denied", fname);
        } catch (IOException e) {
            throw Errors.osError(ExceptionTypes.OS_ERROR, 5, String.valueOf(e.getMessage()), fname);
        }
    }

    private void checkOpen() {
        if (closed) throw Errors.valueError("I/O operation on closed file.");
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) throw Errors.make(PyType.OBJECT == null ? null : unsupported(), "not readable");
    }

    private static PyType unsupported() {
        return IoErrors.UNSUPPORTED_OPERATION;
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) throw Errors.make(unsupported(), "not writable");
    }

    private byte[] readAllBytes() {
        try {
            long remaining = Math.max(0, ch.size() - ch.position());
            ByteBuffer bb = ByteBuffer.allocate((int) Math.min(remaining, Integer.MAX_VALUE - 16));
            while (bb.hasRemaining() && ch.read(bb) > 0) { }
            return java.util.Arrays.copyOf(bb.array(), bb.position());
        } catch (IOException e) {
            throw Errors.osError(ExceptionTypes.OS_ERROR, 5, String.valueOf(e.getMessage()), name);
        }
    }

    private byte[] readBytes(int n) {
        try {
            ByteBuffer bb = ByteBuffer.allocate(n);
            while (bb.hasRemaining() && ch.read(bb) > 0) { }
            return java.util.Arrays.copyOf(bb.array(), bb.position());
        } catch (IOException e) {
            throw Errors.osError(ExceptionTypes.OS_ERROR, 5, String.valueOf(e.getMessage()), name);
        }
    }

    /** Loads and decodes the rest of the file into the text buffer (text files are read whole). */
    private void fillText() {
        if (eof) return;
        flushWrites();
        byte[] b = readAllBytes();
        String s = PyBytes.decode(b, encoding, errors);
        if (newline == null) s = s.replace("\r\n", "\n").replace('\r', '\n');
        textBuf = textBuf.substring(textPos) + s;
        textPos = 0;
        eof = true;
    }

    String readText(long n) {
        checkReadable();
        fillText();
        if (n < 0 || textPos + n >= textBuf.length()) {
            String r = textBuf.substring(textPos);
            textPos = textBuf.length();
            return r;
        }
        int end = textBuf.offsetByCodePoints(textPos, (int) Math.min(n, textBuf.codePointCount(textPos, textBuf.length())));
        String r = textBuf.substring(textPos, end);
        textPos = end;
        return r;
    }

    String readLine(long limit) {
        checkReadable();
        fillText();
        int nl = textBuf.indexOf('\n', textPos);
        int end = nl < 0 ? textBuf.length() : nl + 1;
        if (limit >= 0 && end - textPos > limit) end = textPos + (int) limit;
        String r = textBuf.substring(textPos, end);
        textPos = end;
        return r;
    }

    private void writeText(String s) {
        checkWritable();
        String out = s;
        if (newline != null && !newline.isEmpty() && !newline.equals("\n")) out = s.replace("\n", newline);
        writeBuf.append(out);
        if (writeBuf.length() > 65536) flushWrites();
    }

    private void writeBytes(byte[] b) {
        checkWritable();
        try {
            ByteBuffer bb = ByteBuffer.wrap(b);
            while (bb.hasRemaining()) ch.write(bb);
        } catch (IOException e) {
            throw Errors.osError(ExceptionTypes.OS_ERROR, 5, String.valueOf(e.getMessage()), name);
        }
    }

    /** The file's name as opened, and its channel: a child process started by subprocess writes to the same file. */
    String path() {
        return name;
    }

    FileChannel channel() {
        return ch;
    }

    void flushWrites() {
        if (writeBuf.length() == 0) return;
        String s = writeBuf.toString();
        writeBuf.setLength(0);
        writeBytes(PyBytes.encode(s, encoding, errors));
    }

    void close() {
        if (closed) return;
        try {
            flushWrites();
        } finally {
            closed = true;
            try {
                ch.close();
            } catch (IOException e) {
                // Closing twice or a failed close: CPython reports nothing for regular files here.
            }
        }
    }

    @Override
    public PyObject iter() {
        checkOpen();
        return this;
    }

    @Override
    public PyObject next() {
        if (binary) {
            byte[] line = binaryLine();
            return line.length == 0 ? null : new PyBytes(line);
        }
        String l = readLine(-1);
        return l.isEmpty() ? null : PyStr.of(l);
    }

    private byte[] binaryLine() {
        checkReadable();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (true) {
            byte[] b = readBytes(1);
            if (b.length == 0) break;
            out.write(b[0]);
            if (b[0] == '\n') break;
        }
        return out.toByteArray();
    }

    @Override
    public String repr() {
        if (binary) return "<_io.BufferedReader name=" + StrRepr.repr(name) + ">";
        return "<_io.TextIOWrapper name=" + StrRepr.repr(name) + " mode=" + StrRepr.repr(mode) + " encoding='" + encoding + "'>";
    }

    private static PyFile f(PyObject o) {
        return (PyFile) o;
    }

    static void setup(PyType t) {
        t.method(new PyBuiltinFunction("read").with((Fn.F1) s -> f(s).read(-1)).with((Fn.F2) (s, n) -> f(s).read(n == PyNone.NONE ? -1 : Protocol.index(n))));
        t.method(new PyBuiltinFunction("readline").with((Fn.F1) s -> f(s).binary ? new PyBytes(f(s).binaryLine()) : PyStr.of(f(s).readLine(-1)))
                .with((Fn.F2) (s, n) -> PyStr.of(f(s).readLine(n == PyNone.NONE ? -1 : Protocol.index(n)))));
        t.method("readinto", (Fn.F2) PyFile::readinto);
        t.method("readinto1", (Fn.F2) PyFile::readinto);
        t.method("readlines", (Fn.F1) s -> {
            PyList l = new PyList();
            for (PyObject x = s.next(); x != null; x = s.next()) l.append(x);
            return l;
        });
        t.method("write", (Fn.F2) (s, x) -> {
            PyFile file = f(s);
            if (file.binary) {
                if (x instanceof PyStr) throw Errors.typeError("a bytes-like object is required, not 'str'");
                byte[] b = PyBytes.bytesOf(x);
                file.writeBytes(b);
                return PyInt.of(b.length);
            }
            if (!(x instanceof PyStr str)) throw Errors.typeError("write() argument must be str, not " + x.type().name);
            file.writeText(str.value());
            return PyInt.of(str.cpLength());
        });
        t.method("writelines", (Fn.F2) (s, lines) -> {
            PyObject w = s.getAttr("write");
            PyObject it = lines.iter();
            for (PyObject x = it.next(); x != null; x = it.next()) w.call1(x);
            return PyNone.NONE;
        });
        t.method("flush", (Fn.F1) s -> {
            f(s).checkOpen();
            f(s).flushWrites();
            return PyNone.NONE;
        });
        t.method("close", (Fn.F1) s -> {
            f(s).close();
            return PyNone.NONE;
        });
        t.method("__enter__", (Fn.F1) s -> {
            f(s).checkOpen();
            return s;
        });
        t.method("__exit__", (Fn.FV) (a, k) -> {
            f(a[0]).close();
            return PyNone.NONE;
        });
        t.method("__iter__", (Fn.F1) PyObject::iter);
        t.method("__next__", (Fn.F1) s -> {
            PyObject r = s.next();
            if (r == null) throw Errors.stopIteration(null);
            return r;
        });
        t.method("tell", (Fn.F1) s -> {
            try {
                f(s).flushWrites();
                return PyInt.of(f(s).ch.position());
            } catch (IOException e) {
                throw Errors.osError(ExceptionTypes.OS_ERROR, 5, String.valueOf(e.getMessage()), f(s).name);
            }
        });
        t.method(new PyBuiltinFunction("seek").with((Fn.F2) (s, pos) -> f(s).seek(Protocol.index(pos), 0))
                .with((Fn.F3) (s, pos, whence) -> f(s).seek(Protocol.index(pos), (int) Protocol.index(whence))));
        t.method("readable", (Fn.F1) s -> PyBool.of(f(s).readable));
        t.method("writable", (Fn.F1) s -> PyBool.of(f(s).writable));
        t.method("seekable", (Fn.F1) s -> PyBool.TRUE);
        t.method("isatty", (Fn.F1) s -> PyBool.FALSE);
        t.method("fileno", (Fn.F1) s -> PyInt.of(3));
        t.getter("closed", s -> PyBool.of(f(s).closed));
        t.getter("name", s -> PyStr.of(f(s).name));
        t.getter("mode", s -> PyStr.of(f(s).mode));
        t.getter("encoding", s -> PyStr.of(f(s).encoding));
    }

    /** readinto(b): reads up to len(b) bytes straight into a bytearray or a writable memoryview. */
    private static PyObject readinto(PyObject self, PyObject target) {
        PyFile file = f(self);
        if (!file.binary) throw Errors.noAttribute(self, "readinto");
        file.checkReadable();
        int n;
        if (target instanceof PyByteArray ba) n = ba.size;
        else if (target instanceof PyMemoryView m && !m.readonly) n = m.nbytes();
        else throw Errors.typeError("readinto() argument must be read-write bytes-like object, not " + target.type().name);
        byte[] got = file.readBytes(n);
        if (target instanceof PyByteArray ba) System.arraycopy(got, 0, ba.data, 0, got.length);
        else ((PyMemoryView) target).setItem(new PySlice(PyInt.ZERO, PyInt.of(got.length), PyNone.NONE), new PyBytes(got));
        return PyInt.of(got.length);
    }

    private PyObject read(long n) {
        if (binary) {
            checkReadable();
            return new PyBytes(n < 0 ? readAllBytes() : readBytes((int) n));
        }
        return PyStr.of(readText(n));
    }

    private PyObject seek(long pos, int whence) {
        checkOpen();
        try {
            flushWrites();
            long base = whence == 0 ? 0 : whence == 1 ? ch.position() : ch.size();
            ch.position(base + pos);
            textBuf = "";
            textPos = 0;
            eof = false;
            return PyInt.of(ch.position());
        } catch (IOException e) {
            throw Errors.osError(ExceptionTypes.OS_ERROR, 22, "Invalid argument", name);
        }
    }
}
