package dev.krait.frontend.scope;

/** One name in one scope: the raw facts collected by the first pass, and the binding decided by the second. */
public final class Symbol {
    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 2;
    public static final int DEF_PARAM = 4;
    public static final int DEF_NONLOCAL = 8;
    public static final int USE = 16;
    public static final int DEF_IMPORT = 128;
    public static final int DEF_ANNOT = 256;
    public static final int DEF_COMP_ITER = 512;
    /** A class-body name that is also free in the class (read from the class dict first, then the cell). */
    public static final int DEF_FREE_CLASS = 1024;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Where a name lives at run time (CPython's scope kinds). */
    public enum Binding {
        /** A plain local: a JVM local in functions, the namespace dict in class and module bodies. */
        LOCAL,
        /** Declared {@code global}. */
        GLOBAL_EXPLICIT,
        /** Not bound anywhere visible: module globals, then builtins. */
        GLOBAL_IMPLICIT,
        /** Bound in an enclosing function; read through a cell. */
        FREE,
        /** Local here and captured by an inner scope: lives in a cell. */
        CELL
    }

    private final String name;
    int flags;
    Binding binding;

    Symbol(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public int flags() {
        return flags;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public Binding binding() {
        return binding;
    }

    public boolean isParameter() {
        return has(DEF_PARAM);
    }

    @Override
    public String toString() {
        return name + ":" + binding;
    }
}
