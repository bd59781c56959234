package dev.krait.runtime;

/**
 * {@code _koperator}: the operator functions whose CPython behaviour a Python definition cannot give (operator.py
 * imports them): {@code index} with PyNumber_Index's result type and errors.
 */
final class OperatorModule {
    private OperatorModule() {}

    static PyModule create() {
        ModuleDef d = new ModuleDef("_koperator");
        d.fn("index", o -> o.getClass() == PyInt.class ? o : PyInt.of(Protocol.indexBig(o)));
        return d.module;
    }
}
