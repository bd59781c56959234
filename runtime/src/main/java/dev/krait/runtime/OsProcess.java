package dev.krait.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** os functions about processes and the environment: system, the process ids, kill, umask, load average. */
final class OsProcess {
    private OsProcess() {}

    /** The umask: the JVM cannot read or set the process's, so it is remembered (as a shell's default). */
    private static int umask = 0022;

    static void install(ModuleDef d, PyDict env) {
        d.fn("system", cmd -> PyInt.of(system(OsModule.fsPath(cmd))));
        d.fn("getppid", () -> PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L)));
        d.fn("getuid", () -> PyInt.of(ids("Uid:", 0))).fn("geteuid", () -> PyInt.of(ids("Uid:", 1)));
        d.fn("getgid", () -> PyInt.of(ids("Gid:", 0))).fn("getegid", () -> PyInt.of(ids("Gid:", 1)));
        d.fn("umask", m -> {
            int old = umask;
            umask = (int) Protocol.index(m) & 0777;
            return PyInt.of(old);
        });
        d.fn("kill", (pid, sig) -> kill(Protocol.index(pid), (int) Protocol.index(sig)));
        d.fn("getloadavg", OsProcess::loadavg);
        d.fn("get_exec_path", () -> execPath(env)).also("get_exec_path", e -> execPath(e instanceof PyDict pd ? pd : env));
        d.fn("putenv", (k, v) -> PyNone.NONE).fn("unsetenv", k -> PyNone.NONE);
        d.fn("isatty", fd -> PyBool.of(isatty((int) Protocol.index(fd))));
        // os.popen is written in Python on subprocess (lib/_kpopen.py), imported when first called.
        d.fnv("popen", (a, kw) -> Importer.importModule("_kpopen").getAttr("popen").call(a, kw));
    }

    /** os.system: the command under /bin/sh with this process's standard streams; returns the wait status. */
    private static int system(String cmd) {
        Sys.flushAll();
        try {
            Process p = new ProcessBuilder("/bin/sh", "-c", cmd).inheritIO().start();
            int code = Gil.blocking(() -> {
                try {
                    return p.waitFor();
                } catch (InterruptedException e) {
                    p.destroy();
                    return 130;
                }
            });
            return code << 8;
        } catch (IOException e) {
            return 127 << 8;
        }
    }

    /** A field of /proc/self/status (real and effective ids); 0 where there is no /proc. */
    private static long ids(String field, int which) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[which]);
            }
        } catch (IOException | RuntimeException e) {
            // no /proc
        }
        return 0;
    }

    private static PyObject kill(long pid, int sig) {
        ProcessHandle h = ProcessHandle.of(pid).orElseThrow(
                () -> Errors.osError(ExceptionTypes.PROCESS_LOOKUP_ERROR, 3, "No such process", null));
        if (sig == 0) return PyNone.NONE;
        boolean sent = sig == 9 ? h.destroyForcibly() : h.destroy();
        if (!sent) throw Errors.osError(ExceptionTypes.PERMISSION_ERROR, 1, "Operation not permitted", null);
        return PyNone.NONE;
    }

    private static PyObject loadavg() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return PyTuple.of(new PyFloat(Double.parseDouble(f[0])), new PyFloat(Double.parseDouble(f[1])),
                    new PyFloat(Double.parseDouble(f[2])));
        } catch (IOException | RuntimeException e) {
            throw Errors.osError(ExceptionTypes.OS_ERROR, 0, "Load averages are unobtainable", null);
        }
    }

    private static PyObject execPath(PyDict env) {
        PyObject p = env.getStr("PATH");
        String path = p instanceof PyStr s ? s.value() : "/bin:/usr/bin";
        PyList out = new PyList();
        for (String part : path.split(":", -1)) out.append(PyStr.of(part.isEmpty() ? "." : part));
        return out;
    }

    private static boolean isatty(int fd) {
        // The JVM knows only whether the process has a console (all three streams on a terminal).
        return fd >= 0 && fd <= 2 && System.console() != null;
    }
}
