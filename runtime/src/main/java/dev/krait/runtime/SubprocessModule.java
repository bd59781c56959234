package dev.krait.runtime;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code _ksubprocess}: child processes on {@link ProcessBuilder}, what the {@code subprocess} module (Python, in the
 * library) is built on. {@code spawn} starts a process with each standard stream inherited, piped, discarded or
 * redirected to an open file; the returned object waits, polls, signals and exchanges data with it. Every blocking
 * call lets go of the interpreter lock.
 */
final class SubprocessModule {
    private SubprocessModule() {}

    static final PyType PROCESS = new PyType("Process", PyType.OBJECT, Proc.class, SubprocessModule::setupProcess);

    /** The stream codes of subprocess: PIPE, STDOUT, DEVNULL. */
    private static final int PIPE = -1;
    private static final int STDOUT = -2;
    private static final int DEVNULL = -3;

    static PyModule create() {
        String path = System.getenv("PATH");
        return new ModuleDef("_ksubprocess")
                .fnv("spawn", (a, kw) -> spawn(a))
                // The PATH the JVM searches for a program name (the one it started with).
                .set("jvm_path", path == null ? PyNone.NONE : PyStr.of(path))
                .module;
    }

    /** A started child process and the parent's ends of its pipes. */
    static final class Proc extends PyObject {
        final Process process;
        final PipeStream stdin;
        final PipeStream stdout;
        final PipeStream stderr;
        /** Open files the child writes to: their positions move to the end once it exits, as a shared descriptor's would. */
        final List<FileChannel> outputFiles = new ArrayList<>();
        /** Set once a signal is sent: the JVM reports death by signal N as exit status 128+N. */
        volatile boolean signalled;
        /** communicate()'s readers and writer, started by its first call and kept across timeouts. */
        PipeStream.Drain outDrain;
        PipeStream.Drain errDrain;
        Thread writer;

        Proc(Process process, boolean pipeIn, boolean pipeOut, boolean pipeErr) {
            this.process = process;
            this.stdin = pipeIn ? PipeStream.writer(process.getOutputStream()) : null;
            this.stdout = pipeOut ? PipeStream.reader(process.getInputStream()) : null;
            this.stderr = pipeErr ? PipeStream.reader(process.getErrorStream()) : null;
        }

        @Override
        public PyType type() {
            return PROCESS;
        }

        /** The exit status as subprocess reports it (negative for a signal we sent), or null while running. */
        Integer exitCode() {
            if (process.isAlive()) return null;
            int v = process.exitValue();
            if (signalled && v > 128 && v < 128 + 65) v = -(v - 128);
            for (FileChannel ch : outputFiles) {
                try {
                    if (ch.isOpen()) ch.position(ch.size());
                } catch (IOException e) {
                    // The file was closed meanwhile: nothing to move.
                }
            }
            outputFiles.clear();
            return v;
        }
    }

    /** spawn(argv, cwd, env, stdin, stdout, stderr): the streams are None (inherit), PIPE, STDOUT, DEVNULL, a file or 0-2. */
    private static PyObject spawn(PyObject[] a) {
        List<String> argv = new ArrayList<>();
        for (PyObject it = a[0].iter(), x = it.next(); x != null; x = it.next()) argv.add(x.str());
        ProcessBuilder pb = new ProcessBuilder(argv);
        if (a[1] != PyNone.NONE) pb.directory(new File(a[1].str()));
        pb.environment().clear();
        PyDict env = (PyDict) a[2];
        for (PyObject it = env.iter(), k = it.next(); k != null; k = it.next()) {
            pb.environment().put(k.str(), env.getItem(k).str());
        }
        List<FileChannel> outputFiles = new ArrayList<>();
        pb.redirectInput(redirect(a[3], true, outputFiles));
        pb.redirectOutput(redirect(a[4], false, outputFiles));
        if (a[5] instanceof PyInt && Protocol.index(a[5]) == STDOUT) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(redirect(a[5], false, outputFiles));
        }
        // A child writing to the terminal must come after what the program printed before starting it.
        Sys.flushAll();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw startFailed(e, argv.get(0));
        }
        Proc proc = new Proc(p, pb.redirectInput() == ProcessBuilder.Redirect.PIPE,
                pb.redirectOutput() == ProcessBuilder.Redirect.PIPE,
                !pb.redirectErrorStream() && pb.redirectError() == ProcessBuilder.Redirect.PIPE);
        proc.outputFiles.addAll(outputFiles);
        return proc;
    }

    private static ProcessBuilder.Redirect redirect(PyObject spec, boolean input, List<FileChannel> outputFiles) {
        if (spec == PyNone.NONE) return ProcessBuilder.Redirect.INHERIT;
        if (spec instanceof PyFile f) {
            // Text still buffered in the file is not flushed, as CPython's is not: the child writes first.
            File file = new File(f.path());
            if (input) return ProcessBuilder.Redirect.from(file);
            outputFiles.add(f.channel());
            return ProcessBuilder.Redirect.appendTo(file);
        }
        long code = Protocol.index(spec);
        if (code == PIPE) return ProcessBuilder.Redirect.PIPE;
        if (code == DEVNULL) return input ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.DISCARD;
        // The parent's own descriptors: the JVM can hand a child its stdin, stdout and stderr, each in its place.
        if (code == (input ? 0 : 1) || (!input && code == 2)) return ProcessBuilder.Redirect.INHERIT;
        throw Errors.osError(ExceptionTypes.OS_ERROR, 9, "Bad file descriptor", null);
    }

    private static final Pattern ERRNO = Pattern.compile("error=(\\d+), (.*)$");

    /** CPython's error for a program or directory that cannot be run: "[Errno 2] No such file or directory: 'x'". */
    private static PyException startFailed(IOException e, String program) {
        Matcher m = ERRNO.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) return Errors.osError(ExceptionTypes.OS_ERROR, 5, String.valueOf(e.getMessage()), program);
        int errno = Integer.parseInt(m.group(1));
        PyType t = switch (errno) {
            case 2 -> ExceptionTypes.FILE_NOT_FOUND_ERROR;
            case 13 -> ExceptionTypes.PERMISSION_ERROR;
            case 20 -> ExceptionTypes.NOT_A_DIRECTORY_ERROR;
            case 21 -> ExceptionTypes.IS_A_DIRECTORY_ERROR;
            default -> ExceptionTypes.OS_ERROR;
        };
        return Errors.osError(t, errno, OsModule.strerror(errno), program);
    }

    private static Proc proc(PyObject o) {
        if (o instanceof Proc p) return p;
        throw Errors.typeError("expected a Process, not '" + o.type().name + "'");
    }

    private static PyObject code(Integer c) {
        return c == null ? PyNone.NONE : PyInt.of(c);
    }

    static void setupProcess(PyType t) {
        t.getter("pid", s -> PyInt.of(proc(s).process.pid()));
        t.getter("stdin", s -> pipe(proc(s).stdin));
        t.getter("stdout", s -> pipe(proc(s).stdout));
        t.getter("stderr", s -> pipe(proc(s).stderr));
        t.method("poll", (Fn.F1) s -> code(proc(s).exitCode()));
        // wait(timeout): the exit status, or None when the timeout (seconds, None for no limit) runs out first.
        t.method("wait", (Fn.F2) (s, timeout) -> {
            Proc p = proc(s);
            boolean done = Gil.blocking(() -> {
                try {
                    if (timeout == PyNone.NONE) {
                        p.process.waitFor();
                        return true;
                    }
                    return p.process.waitFor(nanos(timeout), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    throw Errors.fromJava(e);
                }
            });
            return done ? code(p.exitCode()) : PyNone.NONE;
        });
        // signal(n): SIGTERM and SIGKILL through the JVM, any other through kill(1).
        t.method("signal", (Fn.F2) (s, sig) -> {
            Proc p = proc(s);
            if (!p.process.isAlive()) return PyNone.NONE;
            int n = (int) Protocol.index(sig);
            p.signalled = true;
            if (n == 15) {
                p.process.destroy();
            } else if (n == 9) {
                p.process.destroyForcibly();
            } else {
                try {
                    new ProcessBuilder("kill", "-" + n, Long.toString(p.process.pid())).start().waitFor();
                } catch (IOException | InterruptedException e) {
                    throw Errors.fromJava(e);
                }
            }
            return PyNone.NONE;
        });
        t.method("communicate", (Fn.F3) SubprocessModule::communicate);
    }

    private static PyObject pipe(PipeStream p) {
        return p == null ? PyNone.NONE : p;
    }

    private static long nanos(PyObject seconds) {
        double s = FloatMethods.toDouble(seconds);
        return s <= 0 ? 0 : (long) Math.min(s * 1e9, Long.MAX_VALUE / 2.0);
    }

    /**
     * communicate(input, timeout): sends input (bytes or None) to the child's stdin and closes it, reads its stdout
     * and stderr pipes to the end. Returns (out, err, finished): out and err are the bytes read so far (None for a
     * stream not piped, or not read from yet when unfinished); finished is False when the timeout ran out first. A
     * later call goes on where this one stopped.
     */
    private static PyObject communicate(PyObject s, PyObject input, PyObject timeout) {
        Proc p = proc(s);
        if (p.outDrain == null && p.errDrain == null && p.writer == null) {
            if (p.stdout != null && !p.stdout.closed) p.outDrain = p.stdout.drain();
            if (p.stderr != null && !p.stderr.closed) p.errDrain = p.stderr.drain();
            if (p.stdin != null && !p.stdin.closed) p.writer = p.stdin.feed(input == PyNone.NONE ? null : BinasciiModule.buffer(input));
        }
        long deadline = timeout == PyNone.NONE ? Long.MAX_VALUE : System.nanoTime() + nanos(timeout);
        boolean finished = Gil.blocking(() -> {
            try {
                for (Thread th : new Thread[] {p.writer, drainThread(p.outDrain), drainThread(p.errDrain)}) {
                    if (th == null) continue;
                    if (deadline == Long.MAX_VALUE) {
                        th.join();
                    } else {
                        long left = deadline - System.nanoTime();
                        if (left > 0) TimeUnit.NANOSECONDS.timedJoin(th, left);
                        if (th.isAlive()) return false;
                    }
                }
                return true;
            } catch (InterruptedException e) {
                throw Errors.fromJava(e);
            }
        });
        return PyTuple.of(drained(p.outDrain, finished), drained(p.errDrain, finished), PyBool.of(finished));
    }

    private static Thread drainThread(PipeStream.Drain d) {
        return d == null ? null : d.thread;
    }

    private static PyObject drained(PipeStream.Drain d, boolean finished) {
        if (d == null) return PyNone.NONE;
        byte[] b = d.bytes();
        return b.length == 0 && !finished ? PyNone.NONE : new PyBytes(b);
    }
}
