package dev.krait.runtime;

/**
 * The entry point of one compiled Python module. The generated class for module {@code a.b} is
 * {@link #className(String) pymod.a.b.__module__}; it extends this class and runs the module body in
 * {@link #execute(PyModule)}.
 */
public abstract class CompiledModule {
    /** The JVM binary name of the class compiled from module {@code name}. */
    public static String className(String name) {
        return "pymod." + name + ".__module__";
    }

    /** The class-path resource that marks a compiled namespace package (a package without __init__.py). */
    public static String namespaceMarker(String name) {
        return "pymod/" + name.replace('.', '/') + "/__namespace__";
    }

    /** The module's source path as recorded at compile time (its {@code __file__}). */
    public abstract String file();

    /** Whether the module is a package (compiled from an {@code __init__.py}). */
    public abstract boolean isPackage();

    /** Runs the module body with the given module's namespace as globals. */
    public abstract void execute(PyModule module);
}
