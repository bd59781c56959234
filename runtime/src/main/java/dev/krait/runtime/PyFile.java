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
    /** Appending: every write goes to the end of the file, wherever reading left the position. */
    private boolean append;
    /**
     * Decoded text (text reading reads the rest of the file at once); {@code textPos} is the next character
     * to give. {@code textBase} is the file position {@code textBuf} starts at, and {@code textRaw} the text
     * before newline translation when that changed it, so that tell() can count bytes.
     */
    private String textBuf = "";
    private int textPos;
    private boolean eof;
    private long textBase;
    private String textRaw;
    private final StringBuilder writeBuf = new StringBuilder();
    /** Binary read-ahead: bytes {@code rbPos..rbLen} of {@code rb} are read from the file but not yet given. */
    private byte[] rb;
    private int rbPos, rbLen;
    /** Binary writes not yet handed to the channel. */
    private final java.io.ByteArrayOutputStream wb = new java.io.ByteArrayOutputStream();
    private static final int CHUNK = 8192;

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
            // Not the channel's APPEND option, which refuses READ ("a+"): writes go to the end themselves.
            opts.add(StandardOpenOption.CREATE);
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
            PyFile file = new PyFile(ch, fname, mode, binary, readable, writable, encoding,
                    err == PyNone.NONE ? "strict" : err.str(), nl == PyNone.NONE ? null : nl.str());
            if (seen.contains('a')) {
                file.append = true;
                ch.position(ch.size());
            }
            return file;
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

    private PyException ioError(IOException e) {
        return Errors.osError(ExceptionTypes.OS_ERROR, 5, String.valueOf(e.getMessage()), name);
    }

    /** The file position as the program sees it: read-ahead not yet given and writes not yet made counted. */
    private long position() {
        if (writeBuf.length() > 0) flushWrites();
        try {
            if (!binary && eof) return tellText();
            return ch.position() + wb.size() - (rbLen - rbPos);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** Gives back the read-ahead (binary) or the decoded rest (text), moving the channel to the logical position. */
    private void dropReadAhead() {
        try {
            if (rbLen > rbPos) ch.position(ch.position() - (rbLen - rbPos));
            rbPos = rbLen = 0;
            if (!binary && eof) {
                ch.position(tellText());
                textBuf = "";
                textPos = 0;
                textRaw = null;
                eof = false;
            }
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    private int channelRead(byte[] into, int off, int len) {
        try {
            ByteBuffer bb = ByteBuffer.wrap(into, off, len);
            while (bb.hasRemaining() && ch.read(bb) > 0) { }
            return bb.position() - off;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** Refills the read-ahead; false at the end of the file. */
    private boolean fill() {
        flushWrites();
        if (rb == null) rb = new byte[CHUNK];
        rbPos = 0;
        rbLen = channelRead(rb, 0, CHUNK);
        return rbLen > 0;
    }

    private byte[] readAllBytes() {
        flushWrites();
        try {
            long remaining = Math.max(0, ch.size() - ch.position());
            int buffered = rbLen - rbPos;
            byte[] out = new byte[(int) Math.min(remaining + buffered, Integer.MAX_VALUE - 16)];
            System.arraycopy(rb == null ? out : rb, rbPos, out, 0, buffered);
            rbPos = rbLen = 0;
            int n = buffered + channelRead(out, buffered, out.length - buffered);
            return n == out.length ? out : java.util.Arrays.copyOf(out, n);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    private byte[] readBytes(int n) {
        flushWrites();
        byte[] out = new byte[n];
        int got = Math.min(n, rbLen - rbPos);
        if (got > 0) System.arraycopy(rb, rbPos, out, 0, got);
        rbPos += got;
        if (got < n) {
            if (n - got >= CHUNK) {
                got += channelRead(out, got, n - got);
            } else if (fill()) {
                int more = Math.min(n - got, rbLen);
                System.arraycopy(rb, 0, out, got, more);
                rbPos = more;
                got += more;
            }
        }
        return got == n ? out : java.util.Arrays.copyOf(out, got);
    }

    /** Loads and decodes the rest of the file into the text buffer (text files are read whole). */
    private void fillText() {
        if (eof) return;
        flushWrites();
        try {
            textBase = ch.position();
        } catch (IOException e) {
            throw ioError(e);
        }
        byte[] b = readAllBytes();
        String raw = PyBytes.decode(b, encoding, errors);
        String s = newline == null ? raw.replace("\r\n", "\n").replace('\r', '\n') : raw;
        textRaw = s.equals(raw) ? null : raw;
        textBuf = s;
        textPos = 0;
        eof = true;
    }

    /** The byte position after the text given so far: its encoded length, untranslated newlines counted. */
    private long tellText() {
        String given = textBuf.substring(0, textPos);
        if (textRaw != null) {
            int r = 0;
            for (int i = 0; i < given.length(); i++) {
                if (given.charAt(i) == '\n' && textRaw.charAt(r) == '\r') {
                    r++;
                    if (r < textRaw.length() && textRaw.charAt(r) == '\n') r++;
                } else {
                    r++;
                }
            }
            given = textRaw.substring(0, r);
        }
        return textBase + PyBytes.encode(given, encoding, errors).length;
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
        if (eof) {
            // CPython's text layer has read ahead to the end of its chunk, and writes there; Krait's chunk is the
            // whole file, so the write goes where reading left the channel.
            textBuf = "";
            textPos = 0;
            textRaw = null;
            eof = false;
        }
        String out = s;
        if (newline != null && !newline.isEmpty() && !newline.equals("\n")) out = s.replace("\n", newline);
        writeBuf.append(out);
        if (writeBuf.length() > 65536) flushWrites();
    }

    private void writeBytes(byte[] b) {
        checkWritable();
        if (rbLen > rbPos) dropReadAhead();
        wb.write(b, 0, b.length);
        if (wb.size() >= 65536) flushWrites();
    }

    /** The file's name as opened, and its channel: a child process started by subprocess writes to the same file. */
    String path() {
        return name;
    }

    FileChannel channel() {
        return ch;
    }

    void flushWrites() {
        if (writeBuf.length() > 0) {
            String s = writeBuf.toString();
            writeBuf.setLength(0);
            byte[] b = PyBytes.encode(s, encoding, errors);
            wb.write(b, 0, b.length);
        }
        if (wb.size() == 0) return;
        try {
            if (append) ch.position(ch.size());
            ByteBuffer bb = ByteBuffer.wrap(wb.toByteArray());
            wb.reset();
            while (bb.hasRemaining()) ch.write(bb);
        } catch (IOException e) {
            throw ioError(e);
        }
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
            byte[] line = binaryLine(-1);
            return line.length == 0 ? null : new PyBytes(line);
        }
        String l = readLine(-1);
        return l.isEmpty() ? null : PyStr.of(l);
    }

    private byte[] binaryLine(long limit) {
        checkReadable();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (rbPos == rbLen && !fill()) break;
            int end = rbPos;
            long room = limit < 0 ? Long.MAX_VALUE : limit - out.size();
            while (end < rbLen && end - rbPos < room && rb[end] != '\n') end++;
            boolean found = end < rbLen && end - rbPos < room && rb[end] == '\n';
            if (found) end++;
            out.write(rb, rbPos, end - rbPos);
            rbPos = end;
            if (found) break;
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
        t.method(new PyBuiltinFunction("readline").with((Fn.F1) s -> f(s).readLineObj(-1))
                .with((Fn.F2) (s, n) -> f(s).readLineObj(n == PyNone.NONE ? -1 : Protocol.index(n))));
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
            f(s).checkOpen();
            return PyInt.of(f(s).position());
        });
        t.method(new PyBuiltinFunction("seek").with((Fn.F2) (s, pos) -> f(s).seek(Protocol.index(pos), 0))
                .with((Fn.F3) (s, pos, whence) -> f(s).seek(Protocol.index(pos), (int) Protocol.index(whence))));
        t.method(new PyBuiltinFunction("truncate").with((Fn.F1) s -> f(s).truncate(PyNone.NONE))
                .with((Fn.F2) (s, n) -> f(s).truncate(n)));
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

    private PyObject truncate(PyObject size) {
        checkWritable();
        long n = size == PyNone.NONE ? position() : Protocol.index(size);
        flushWrites();
        dropReadAhead();
        try {
            long at = ch.position();
            ch.truncate(n);
            ch.position(at);
        } catch (IOException e) {
            throw ioError(e);
        }
        return PyInt.of(n);
    }

    private PyObject readLineObj(long limit) {
        return binary ? new PyBytes(binaryLine(limit)) : PyStr.of(readLine(limit));
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
        if (!binary && whence != 0 && pos != 0) {
            throw Errors.make(unsupported(), whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
        }
        try {
            long base = whence == 0 ? 0 : whence == 1 ? position() : -1;
            flushWrites();
            dropReadAhead();
            if (base < 0) base = ch.size();
            if (base + pos < 0) throw Errors.valueError("negative seek position " + (base + pos));
            ch.position(base + pos);
            textBuf = "";
            textPos = 0;
            textRaw = null;
            eof = false;
            return PyInt.of(ch.position());
        } catch (IOException e) {
            throw Errors.osError(ExceptionTypes.OS_ERROR, 22, "Invalid argument", name);
        }
    }
}
