package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Python frames on demand ({@code sys._getframe}). Compiled code keeps no frame objects: each Python function
 * is a JVM class under {@code pymod.}, its methods carry line tables equal to Python lines, and the call
 * wrappers carry none, so the Python stack is the JVM stack's frames of {@code pymod.} classes that have a
 * line. The walk happens only when a frame is asked for; ordinary calls pay nothing.
 */
public final class Frames {
    private Frames() {}

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** The current thread's Python frames, innermost first. */
    static List<StackWalker.StackFrame> pythonStack() {
        return WALKER.walk(s -> {
            List<StackWalker.StackFrame> out = new ArrayList<>();
            s.forEach(f -> {
                if (f.getClassName().startsWith("pymod.") && f.getLineNumber() > 0) out.add(f);
            });
            return out;
        });
    }

    /** {@code sys._getframe(depth)}: the frame {@code depth} calls above the caller (0 is the caller itself). */
    public static PyObject getFrame(long depth) {
        List<StackWalker.StackFrame> stack = pythonStack();
        if (depth >= stack.size()) throw Errors.valueError("call stack is not deep enough");
        return new PyFrame.Chain(stack).at((int) Math.max(0, depth));
    }

    /**
     * {@code _kframes.caller(depth)}: (globals, filename, lineno) of the frame {@code sys._getframe(depth)} would
     * give, read in one walk, or None when the stack is not that deep; what warnings.warn needs for every
     * warning, ignored or not.
     */
    static PyObject caller(long depth) {
        List<StackWalker.StackFrame> stack = pythonStack();
        long at = Math.max(0, depth);
        if (at >= stack.size()) return PyNone.NONE;
        StackWalker.StackFrame f = stack.get((int) at);
        FrameCode code = FrameCode.of(f.getDeclaringClass());
        PyDict g = code.globals();
        return PyTuple.of(g == null ? new PyDict() : g, PyStr.of(code.file), PyInt.of(f.getLineNumber()));
    }

    /** The {@code _kframes} module: frame facts for the library without building frame objects. */
    static PyModule createModule() {
        return new ModuleDef("_kframes").fn("caller", (Fn.F1) d -> caller(Protocol.index(d))).module;
    }
}
