package dev.krait.runtime;

/** A compiled generator (or coroutine) function: resumes its body's state machine on a generator object. */
public interface GeneratorBody {
    /**
     * Runs the body from the generator's current state until the next yield (returning the yielded value), or
     * until it finishes (setting {@code g.state = DONE} and {@code g.returnValue}). {@code thrown}, when not
     * null, is raised at the resume point instead of delivering {@code sent}.
     */
    PyObject resumeGen(PyGenerator g, PyObject sent, Throwable thrown);
}
