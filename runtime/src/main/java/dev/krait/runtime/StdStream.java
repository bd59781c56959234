package dev.krait.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * sys.stdin, sys.stdout and sys.stderr: UTF-8 text streams over the process's file descriptors. stdout is
 * block-buffered (line-buffered on a terminal) and stderr flushed per write, as CPython does.
 */
public final class StdStream extends PyObject {
    public static final PyType TYPE = new PyType("TextIOWrapper", PyType.OBJECT, StdStream.class, StdStream::setup);

    private final OutputStream out;
    private final InputStream in;
    private final String name;
    private final int fd;
    private final boolean lineBuffered;
    private boolean unbuffered;
    private final StringBuilder buf = new StringBuilder();
    private byte[] pending = new byte[0];
    private int pendingPos;

    private StdStream(String name, int fd, OutputStream out, InputStream in, boolean lineBuffered) {
        this.name = name;
        this.fd = fd;
        this.out = out;
        this.in = in;
        this.lineBuffered = lineBuffered;
    }

    public static StdStream output(String name, int fd, OutputStream out, boolean lineBuffered) {
        return new StdStream(name, fd, out, null, lineBuffered);
    }

    /** An output stream that writes through on every write (python3 -u). */
    public static StdStream unbufferedOutput(String name, int fd, OutputStream out) {
        StdStream s = new StdStream(name, fd, out, null, true);
        s.unbuffered = true;
        return s;
    }

    public static StdStream input(InputStream in) {
        return new StdStream("<stdin>", 0, null, in, false);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Appends text; flushes per the buffering mode. */
    public void write(String s) {
        if (out == null) throw Errors.make(ExceptionTypes.OS_ERROR, "not writable");
        buf.append(s);
        if (unbuffered || (lineBuffered ? s.indexOf('\n') >= 0 : buf.length() >= 8192)) flush();
    }

    public void flush() {
        if (out == null || buf.length() == 0) return;
        String s = buf.toString();
        buf.setLength(0);
        try {
            out.write(Codecs.encode(s, "utf-8", "strict"));
            out.flush();
        } catch (IOException e) {
            // A closed pipe (e.g. output piped to head) ends output silently, as CPython does at exit.
        }
    }

    private int readByte() {
        if (pendingPos < pending.length) return pending[pendingPos++] & 0xff;
        try {
            return in.read();
        } catch (IOException e) {
            return -1;
        }
    }

    /** One line including its newline, or "" at EOF. */
    public String readline() {
        if (in == null) throw Errors.make(ExceptionTypes.OS_ERROR, "not readable");
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        int c;
        while ((c = readByte()) >= 0) {
            b.write(c);
            if (c == '\n') break;
        }
        return Codecs.decode(b.toByteArray(), b.size(), "utf-8", "strict");
    }

    public String readAll() {
        if (in == null) throw Errors.make(ExceptionTypes.OS_ERROR, "not readable");
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        int c;
        while ((c = readByte()) >= 0) b.write(c);
        return Codecs.decode(b.toByteArray(), b.size(), "utf-8", "strict");
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        String l = readline();
        return l.isEmpty() ? null : PyStr.of(l);
    }

    @Override
    public String repr() {
        return "<_io.TextIOWrapper name='" + name + "' mode='" + (in != null ? "r" : "w") + "' encoding='utf-8'>";
    }

    private static StdStream s(PyObject o) {
        return (StdStream) o;
    }

    static void setup(PyType t) {
        t.method("write", (Fn.F2) (self, text) -> {
            if (!(text instanceof PyStr str)) {
                throw Errors.typeError("write() argument must be str, not " + text.type().name);
            }
            s(self).write(str.value);
            return PyInt.of(str.cpLength());
        });
        t.method("writelines", (Fn.F2) (self, lines) -> {
            PyObject it = lines.iter();
            for (PyObject l = it.next(); l != null; l = it.next()) s(self).write(l.str());
            return PyNone.NONE;
        });
        t.method("flush", (Fn.F1) self -> {
            s(self).flush();
            return PyNone.NONE;
        });
        t.method(new PyBuiltinFunction("readline").with((Fn.F1) self -> PyStr.of(s(self).readline()))
                .with((Fn.F2) (self, n) -> PyStr.of(s(self).readline())));
        t.method(new PyBuiltinFunction("read").with((Fn.F1) self -> PyStr.of(s(self).readAll()))
                .with((Fn.F2) (self, n) -> PyStr.of(s(self).readAll())));
        t.method("readlines", (Fn.F1) self -> {
            PyList l = new PyList();
            for (String line = s(self).readline(); !line.isEmpty(); line = s(self).readline()) l.append(PyStr.of(line));
            return l;
        });
        t.method("isatty", (Fn.F1) self -> PyBool.of(System.console() != null && s(self).fd < 3));
        t.method("fileno", (Fn.F1) self -> PyInt.of(s(self).fd));
        t.method("readable", (Fn.F1) self -> PyBool.of(s(self).in != null));
        t.method("writable", (Fn.F1) self -> PyBool.of(s(self).out != null));
        t.method("close", (Fn.F1) self -> PyNone.NONE);
        t.getter("encoding", self -> PyStr.of("utf-8"));
        t.getter("errors", self -> PyStr.of("strict"));
        t.getter("name", self -> PyStr.of(s(self).name));
        t.getter("closed", self -> PyBool.FALSE);
        t.getter("mode", self -> PyStr.of(s(self).in != null ? "r" : "w"));
        t.method("__iter__", (Fn.F1) self -> self);
        t.method("__next__", (Fn.F1) self -> {
            PyObject r = self.next();
            if (r == null) throw Errors.stopIteration(null);
            return r;
        });
        t.method("__enter__", (Fn.F1) self -> self);
        t.method("__exit__", (Fn.FV) (a, k) -> PyNone.NONE);
    }

    /** Raw stdout bytes writer for the print fast path. */
    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
