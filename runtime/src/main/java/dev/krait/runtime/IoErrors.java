package dev.krait.runtime;

/** {@code io.UnsupportedOperation}: both an OSError and a ValueError, as in CPython. */
final class IoErrors {
    private IoErrors() {}

    static final PyType UNSUPPORTED_OPERATION = make();

    private static PyType make() {
        PyType t = new PyType("UnsupportedOperation", ExceptionTypes.OS_ERROR, PyBaseException.class, ExceptionMethods::setupSub);
        t.bases = new PyType[] {ExceptionTypes.OS_ERROR, ExceptionTypes.VALUE_ERROR};
        t.mro = new PyType[] {t, ExceptionTypes.OS_ERROR, ExceptionTypes.VALUE_ERROR, ExceptionTypes.EXCEPTION,
            ExceptionTypes.BASE_EXCEPTION, PyType.OBJECT};
        t.module = "io";
        t.setConstructor(ExceptionMethods::construct);
        return t;
    }
}
