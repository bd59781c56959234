package dev.krait.runtime;

/** BaseExceptionGroup / ExceptionGroup attributes: {@code message} and {@code exceptions}. */
final class ExceptionGroups {
    private ExceptionGroups() {}

    static void setup(PyType t) {
        t.getter("message", s -> ((PyBaseException) s).args.size() > 0 ? ((PyBaseException) s).args.get(0) : PyNone.NONE);
        t.getter("exceptions", s -> {
            PyTuple a = ((PyBaseException) s).args;
            return a.size() > 1 ? PyTuple.of(Protocol.toArray(a.get(1))) : PyTuple.EMPTY;
        });
    }
}
