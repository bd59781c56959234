package dev.krait.runtime;

/** The {@code time} module's clocks and {@code sleep} (its calendar functions are in TimeCalendar). */
final class TimeModule {
    private TimeModule() {}

    private static final long ORIGIN = System.nanoTime();

    static PyModule create() {
        ModuleDef d = new ModuleDef("time");
        d.fn("time", () -> PyFloat.of(wallNanos() / 1e9));
        d.fn("time_ns", () -> PyInt.of(wallNanos()));
        d.fn("perf_counter", () -> PyFloat.of((System.nanoTime() - ORIGIN) / 1e9));
        d.fn("perf_counter_ns", () -> PyInt.of(System.nanoTime() - ORIGIN));
        d.fn("monotonic", () -> PyFloat.of((System.nanoTime() - ORIGIN) / 1e9));
        d.fn("monotonic_ns", () -> PyInt.of(System.nanoTime() - ORIGIN));
        d.fn("process_time", () -> PyFloat.of(cpuNanos() / 1e9));
        d.fn("process_time_ns", () -> PyInt.of(cpuNanos()));
        d.fn("sleep", s -> {
            double secs = FloatMethods.toDouble(s);
            if (Double.isNaN(secs)) throw Errors.valueError("Invalid value NaN (not a number)");
            if (secs < 0) throw Errors.valueError("sleep length must be non-negative");
            long ns = (long) (secs * 1e9);
            boolean interrupted = Gil.blocking(() -> {
                try {
                    Thread.sleep(ns / 1_000_000, (int) (ns % 1_000_000));
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
            });
            if (interrupted) throw Errors.make(ExceptionTypes.KEYBOARD_INTERRUPT, PyObject.EMPTY);
            return PyNone.NONE;
        });
        TimeCalendar.install(d);
        return d.module;
    }

    private static long wallNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime() - ORIGIN;
    }
}
