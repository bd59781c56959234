package dev.krait.runtime;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The parent's end of a pipe to a child process: raw binary reads (blocking, with the interpreter lock let go) or
 * writes, which subprocess wraps in its file objects. A broken pipe is CPython's BrokenPipeError.
 */
final class PipeStream extends PyObject {
    static final PyType TYPE = new PyType("pipe", PyType.OBJECT, PipeStream.class, PipeStream::setup);

    private final InputStream in;
    private final OutputStream out;
    boolean closed;

    private PipeStream(InputStream in, OutputStream out) {
        this.in = in == null ? null : new BufferedInputStream(in, 8192);
        this.out = out;
    }

    static PipeStream reader(InputStream in) {
        return new PipeStream(in, null);
    }

    static PipeStream writer(OutputStream out) {
        return new PipeStream(null, out);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Reads everything to end of file on a thread of its own (for communicate). */
    static final class Drain {
        final Thread thread;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();

        Drain(PipeStream p) {
            thread = new Thread(() -> {
                byte[] buf = new byte[32768];
                try {
                    for (int n; (n = p.in.read(buf)) > 0; ) {
                        synchronized (data) {
                            data.write(buf, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // The pipe was closed under us: what was read is the output.
                }
                p.closeQuietly();
            }, "subprocess-reader");
            thread.setDaemon(true);
            thread.start();
        }

        byte[] bytes() {
            synchronized (data) {
                return data.toByteArray();
            }
        }
    }

    Drain drain() {
        return new Drain(this);
    }

    /** Writes the input (if any) on a thread of its own and closes the pipe; a child that stops reading is no error. */
    Thread feed(byte[] input) {
        Thread t = new Thread(() -> {
            try {
                if (input != null) out.write(input);
            } catch (IOException e) {
                // The child exited or closed its stdin: communicate() ignores a broken pipe.
            }
            closeQuietly();
        }, "subprocess-writer");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // Same as above.
        }
    }

    private synchronized void close() throws IOException {
        if (closed) return;
        closed = true;
        if (in != null) in.close();
        if (out != null) out.close();
    }

    private void checkOpen() {
        if (closed) throw Errors.valueError(in != null ? "read of closed file" : "write to closed file");
    }

    private static PyException ioError(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Broken pipe") || m.contains("Stream closed")) {
            return Errors.osError(ExceptionTypes.BROKEN_PIPE_ERROR, 32, "Broken pipe", null);
        }
        return Errors.osError(ExceptionTypes.OS_ERROR, 5, m, null);
    }

    /** Up to n bytes (all, for n < 0); whole reads wait for n bytes or end of file, partial ones for any bytes. */
    private byte[] read(long n, boolean whole) {
        checkOpen();
        return Gil.blocking(() -> {
            try {
                if (n < 0) return in.readAllBytes();
                if (whole) return in.readNBytes((int) Math.min(n, Integer.MAX_VALUE - 16));
                byte[] buf = new byte[(int) Math.min(Math.max(n, 1), 1 << 20)];
                int got = in.read(buf, 0, n == 0 ? 0 : buf.length);
                return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf, got);
            } catch (IOException e) {
                throw ioError(e);
            }
        });
    }

    /** A line with its newline, at most limit bytes (no limit when negative). */
    private byte[] readline(long limit) {
        checkOpen();
        return Gil.blocking(() -> {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try {
                while (limit < 0 || line.size() < limit) {
                    int b = in.read();
                    if (b < 0) break;
                    line.write(b);
                    if (b == '\n') break;
                }
            } catch (IOException e) {
                throw ioError(e);
            }
            return line.toByteArray();
        });
    }

    private static PipeStream self(PyObject o) {
        return (PipeStream) o;
    }

    private static long size(PyObject n) {
        return n == PyNone.NONE ? -1 : Protocol.index(n);
    }

    static void setup(PyType t) {
        t.method("read", (Fn.F2) (s, n) -> new PyBytes(self(s).read(size(n), true)));
        t.method("read1", (Fn.F2) (s, n) -> new PyBytes(self(s).read(size(n) < 0 ? 8192 : size(n), false)));
        t.method("readline", (Fn.F2) (s, n) -> new PyBytes(self(s).readline(size(n))));
        t.method("write", (Fn.F2) (s, data) -> {
            PipeStream p = self(s);
            p.checkOpen();
            byte[] b = BinasciiModule.buffer(data);
            Gil.blocking(() -> {
                try {
                    p.out.write(b);
                } catch (IOException e) {
                    throw ioError(e);
                }
                return null;
            });
            return PyInt.of(b.length);
        });
        t.method("flush", (Fn.F1) s -> {
            PipeStream p = self(s);
            if (p.out != null && !p.closed) {
                Gil.blocking(() -> {
                    try {
                        p.out.flush();
                    } catch (IOException e) {
                        throw ioError(e);
                    }
                    return null;
                });
            }
            return PyNone.NONE;
        });
        t.method("close", (Fn.F1) s -> {
            PipeStream p = self(s);
            try {
                p.close();
            } catch (IOException e) {
                throw ioError(e);
            }
            return PyNone.NONE;
        });
        t.getter("closed", s -> PyBool.of(self(s).closed));
        t.getter("readable", s -> PyBool.of(self(s).in != null));
    }
}
