package dev.krait.runtime;

/** eval(), exec() and compile(): source compiled in memory by the compiler, when it is on the class path. */
public final class Eval {
    private Eval() {}

    /** Compiles source text to a code object; provided by the code generator. */
    public interface CodeCompiler {
        PyCode compile(String source, String filename, String mode);
    }

    private static volatile CodeCompiler compiler;

    public static void setCompiler(CodeCompiler c) {
        compiler = c;
    }

    static CodeCompiler compiler() {
        CodeCompiler c = compiler;
        if (c == null) {
            try {
                Class.forName("dev.krait.codegen.EvalSupport", true, Eval.class.getClassLoader())
                        .getMethod("install").invoke(null);
            } catch (ReflectiveOperationException | LinkageError e) {
                throw Errors.make(ExceptionTypes.SYSTEM_ERROR,
                        "eval/exec of source text needs the Krait compiler on the class path");
            }
            c = compiler;
        }
        return c;
    }

    private static PyCode toCode(PyObject src, String mode, String filename) {
        if (src instanceof PyCode c) return c;
        String text;
        if (src instanceof PyStr s) text = s.value();
        else if (src instanceof PyBytes || src instanceof PyByteArray) text = PyBytes.decode(PyBytes.bytesOf(src), "utf-8", "strict");
        else throw Errors.typeError(mode + "() arg 1 must be a string, bytes or code object");
        if (mode.equals("eval")) text = text.stripLeading();
        return compiler().compile(text, filename, mode);
    }

    private static PyDict globalsArg(PyObject g, PyDict callerGlobals, String fn) {
        if (g == null || g == PyNone.NONE) {
            if (callerGlobals == null) throw Errors.typeError(fn + "() needs explicit globals here");
            return callerGlobals;
        }
        if (!(g instanceof PyDict d)) {
            throw Errors.typeError(fn + "() globals must be a dict, not " + g.type().name);
        }
        if (d.getStr("__builtins__") == null) d.setStr("__builtins__", Builtins.MODULE);
        return d;
    }

    /** eval(source, globals=None, locals=None) with the caller's namespaces as defaults. */
    public static PyObject eval(PyObject[] a, String[] k, PyDict callerGlobals, PyObject callerLocals) {
        ArgParser p = new ArgParser("eval", a, k, 0, "$source", "globals", "locals");
        PyObject g = p.get(1, null);
        PyObject l = p.get(2, null);
        PyDict globals = globalsArg(g, callerGlobals, "eval");
        PyObject locals = l != null && l != PyNone.NONE ? l : (g == null || g == PyNone.NONE) && callerLocals != null ? callerLocals : globals;
        return toCode(p.required(0, "source"), "eval", "<string>").run(globals, locals);
    }

    public static PyObject exec(PyObject[] a, String[] k, PyDict callerGlobals, PyObject callerLocals) {
        ArgParser p = new ArgParser("exec", a, k, 0, "$source", "globals", "locals");
        PyObject g = p.get(1, null);
        PyObject l = p.get(2, null);
        PyDict globals = globalsArg(g, callerGlobals, "exec");
        PyObject locals = l != null && l != PyNone.NONE ? l : (g == null || g == PyNone.NONE) && callerLocals != null ? callerLocals : globals;
        toCode(p.required(0, "source"), "exec", "<string>").run(globals, locals);
        return PyNone.NONE;
    }

    static PyObject compile(PyObject[] a, String[] k) {
        ArgParser p = new ArgParser("compile", a, k, 0, "source", "filename", "mode", "flags", "dont_inherit", "optimize");
        String mode = p.required(2, "mode").str();
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        PyObject src = p.required(0, "source");
        String filename = p.required(1, "filename").str();
        if (src instanceof PyCode c) return c;
        return toCode(src, mode, filename);
    }
}
