package dev.krait.runtime;

/**
 * Calls of builtins that read the caller's frame (locals, globals, vars, dir, eval, exec): compiled code passes
 * its namespaces, and a call to anything else (a shadowing name) is an ordinary call.
 */
public final class FrameCalls {
    private FrameCalls() {}

    private static final PyObject LOCALS = Builtins.DICT.getStr("locals");
    private static final PyObject GLOBALS = Builtins.DICT.getStr("globals");
    private static final PyObject VARS = Builtins.DICT.getStr("vars");
    private static final PyObject DIR = Builtins.DICT.getStr("dir");
    private static final PyObject EVAL = Builtins.DICT.getStr("eval");
    private static final PyObject EXEC = Builtins.DICT.getStr("exec");

    /** @param locals the caller's locals mapping, or null when they are its globals */
    public static PyObject call(PyObject f, PyObject[] args, String[] kw, PyDict globals, PyObject locals) {
        PyObject loc = locals == null ? globals : locals;
        boolean noArgs = args.length == 0;
        if (f == LOCALS && noArgs) return loc;
        if (f == GLOBALS && noArgs) return globals;
        if (f == VARS && noArgs) return loc;
        if (f == DIR && noArgs) {
            PyList l = new PyList();
            l.extend(loc instanceof PyDict d ? d : loc.getAttr("keys").call0());
            ListMethods.sort(l, PyNone.NONE, false);
            return l;
        }
        if (f == EVAL) return Eval.eval(args, kw, globals, loc);
        if (f == EXEC) return Eval.exec(args, kw, globals, loc);
        return f.call(args, kw);
    }
}
