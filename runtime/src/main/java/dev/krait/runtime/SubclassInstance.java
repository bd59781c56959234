package dev.krait.runtime;

/**
 * An instance of a Python class derived from a built-in type. While one of the built-in's own methods runs on
 * it (bracketed by enterBase/exitBase), its Python overrides are not consulted: a C method in CPython calls the
 * built-in's internals, not the subclass's {@code __getitem__}.
 */
interface SubclassInstance {
    void enterBase();

    void exitBase();

    /** Whether the Python class overrides this dunder and no built-in method of the base is running on this object. */
    boolean overridesNow(String dunder);
}
