package dev.krait.runtime;

/**
 * An instance of a class that defines {@code __del__}. The JVM has no reference counts, so the object cannot
 * know when its last reference goes; the collector's finalization tells {@link Finalizers}, which runs
 * {@code __del__} on a Python thread at its next checkpoint.
 */
final class FinalizedInstance extends PyInstance {
    /** The program run that made it (several programs may run in one JVM, as the test runner does). */
    final int generation;
    /** Set once __del__ has run (or was dropped): CPython calls it at most once per object (PEP 442). */
    boolean finalized;
    /** Creation order, for finalizing objects found unreachable together as CPython would. */
    final long serial = Finalizers.nextSerial();

    FinalizedInstance(PyType type) {
        super(type);
        generation = Finalizers.generation;
        Finalizers.created();
    }

    @Override
    @SuppressWarnings({"deprecation", "removal"})
    protected void finalize() {
        if (!finalized) Finalizers.unreachable(this);
    }
}
