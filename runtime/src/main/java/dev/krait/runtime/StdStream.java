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
    /** Set when any standard stream buffers text: the embedding API flushes after a call only then (under the GIL). */
    static boolean textPending;
    /** Bytes read from the input ahead of use: reading stdin a byte per system call made input() 10x slower. */
    private byte[] pending;
    private int pendingPos;
    private int pendingLen;

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
        textPending = true;
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

    /**
     * Refills the read-ahead buffer; false at end of input. A read returns what is available (a line typed at a
     * terminal), so buffering never waits for more than the program asked for.
     */
    private boolean fill() {
        if (pending == null) pending = new byte[8192];
        try {
            int n = in.read(pending, 0, pending.length);
            pendingPos = 0;
            pendingLen = Math.max(n, 0);
            return n > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private int readByte() {
        if (pendingPos >= pendingLen && !fill()) return -1;
        return pending[pendingPos++] & 0xff;
    }

    /** One line including its newline, or "" at EOF. */
    public String readline() {
        if (in == null) throw Errors.make(ExceptionTypes.OS_ERROR, "not readable");
        java.io.ByteArrayOutputStream b = null;
        while (pendingPos < pendingLen || fill()) {
            int start = pendingPos;
            int i = start;
            while (i < pendingLen && pending[i] != '\n') i++;
            boolean eol = i < pendingLen;
            if (eol) i++;
            pendingPos = i;
            if (eol && b == null) return Codecs.decode(java.util.Arrays.copyOfRange(pending, start, i), i - start, "utf-8", "strict");
            if (b == null) b = new java.io.ByteArrayOutputStream();
            b.write(pending, start, i - start);
            if (eol) break;
        }
        return b == null ? "" : Codecs.decode(b.toByteArray(), b.size(), "utf-8", "strict");
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

    private Buffer buffer;

    /** {@code sys.stdout.buffer} and friends: the same stream as bytes, sharing the text layer's order. */
    static final class Buffer extends PyObject {
        static final PyType TYPE = new PyType("BufferedWriter", PyType.OBJECT, Buffer.class, Buffer::setup);
        static final PyType READER_TYPE = new PyType("BufferedReader", PyType.OBJECT, Buffer.class, Buffer::setup);

        static {
            TYPE.module = "_io";
            READER_TYPE.module = "_io";
        }

        final StdStream text;

        Buffer(StdStream text) {
            this.text = text;
        }

        @Override
        public PyType type() {
            return text.in != null ? READER_TYPE : TYPE;
        }

        @Override
        public String repr() {
            return "<_io." + type().name + " name='" + text.name + "'>";
        }

        private static StdStream t(PyObject o) {
            return ((Buffer) o).text;
        }

        private static byte[] readBytes(StdStream st, long n) {
            if (st.in == null) throw Errors.make(ExceptionTypes.OS_ERROR, "not readable");
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            int c;
            while ((n < 0 || b.size() < n) && (c = st.readByte()) >= 0) b.write(c);
            return b.toByteArray();
        }

        static void setup(PyType t) {
            t.method("write", (Fn.F2) (self, data) -> {
                StdStream st = t(self);
                if (st.out == null) throw Errors.make(ExceptionTypes.OS_ERROR, "not writable");
                byte[] b = PyBytes.bytesOf(data);
                st.flush();
                try {
                    st.out.write(b);
                    if (st.lineBuffered) st.out.flush();
                } catch (IOException e) {
                    // As for text: a closed pipe ends output silently.
                }
                return PyInt.of(b.length);
            });
            t.method("flush", (Fn.F1) self -> {
                StdStream st = t(self);
                st.flush();
                try {
                    if (st.out != null) st.out.flush();
                } catch (IOException e) {
                    // Ignored as in StdStream.flush.
                }
                return PyNone.NONE;
            });
            t.method(new PyBuiltinFunction("read").with((Fn.F1) self -> new PyBytes(readBytes(t(self), -1)))
                    .with((Fn.F2) (self, n) -> new PyBytes(readBytes(t(self), n == PyNone.NONE ? -1 : Protocol.index(n)))));
            t.method("readline", (Fn.F1) self -> {
                StdStream st = t(self);
                java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                int c;
                while ((c = st.readByte()) >= 0) {
                    b.write(c);
                    if (c == '\n') break;
                }
                return new PyBytes(b.toByteArray());
            });
            t.method("fileno", (Fn.F1) self -> PyInt.of(t(self).fd));
            t.method("readable", (Fn.F1) self -> PyBool.of(t(self).in != null));
            t.method("writable", (Fn.F1) self -> PyBool.of(t(self).out != null));
            t.method("isatty", (Fn.F1) self -> PyBool.of(System.console() != null && t(self).fd < 3));
            t.getter("name", self -> PyStr.of(t(self).name));
            t.getter("closed", self -> PyBool.FALSE);
        }
    }

    static void setup(PyType t) {
        t.method("write", (Fn.F2) (self, text) -> {
            if (!(text instanceof PyStr str)) {
                throw Errors.typeError("write() argument must be str, not " + text.type().name);
            }
            s(self).write(str.value());
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
        t.getter("buffer", self -> {
            StdStream st = s(self);
            if (st.buffer == null) st.buffer = new Buffer(st);
            return st.buffer;
        });
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
