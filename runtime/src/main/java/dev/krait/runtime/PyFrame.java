package dev.krait.runtime;

import java.util.List;

/**
 * A frame object rebuilt from one JVM stack frame of compiled code (see {@link Frames}): its line, code and
 * module globals. The locals of function frames live in JVM slots the walk cannot read, so {@code f_locals}
 * is the globals at module level and an empty dict elsewhere.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = new PyType("frame", PyType.OBJECT, PyFrame.class, t -> {
        t.getter("f_lineno", s -> PyInt.of(((PyFrame) s).currentLine()));
        t.getter("f_lasti", s -> PyInt.of(((PyFrame) s).bci));
        t.getter("f_code", s -> ((PyFrame) s).code);
        t.getter("f_globals", s -> ((PyFrame) s).globals());
        t.getter("f_locals", s -> ((PyFrame) s).locals());
        t.getter("f_builtins", s -> Builtins.MODULE.dict);
        t.getter("f_back", s -> ((PyFrame) s).back());
        t.getter("f_trace", s -> PyNone.NONE);
        t.method("clear", (Fn.F1) s -> PyNone.NONE);
    });

    final int line;
    final int bci;
    final FrameCode code;
    private final Chain chain;
    private final int index;

    private PyFrame(Chain chain, int index) {
        StackWalker.StackFrame f = chain.stack.get(index);
        this.chain = chain;
        this.index = index;
        this.line = f.getLineNumber();
        this.bci = f.getByteCodeIndex();
        this.code = FrameCode.of(f.getDeclaringClass());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * The line the frame is at now: a frame object is live in CPython, so when this activation is still on the
     * stack (the same methods from the bottom up to it, the older ones at the same lines) its line is re-read.
     */
    private int currentLine() {
        List<StackWalker.StackFrame> then = chain.stack;
        List<StackWalker.StackFrame> now = Frames.pythonStack();
        int fromBottom = then.size() - 1 - index;
        if (now.size() <= fromBottom) return line;
        for (int k = 0; k <= fromBottom; k++) {
            StackWalker.StackFrame a = then.get(then.size() - 1 - k);
            StackWalker.StackFrame b = now.get(now.size() - 1 - k);
            if (a.getDeclaringClass() != b.getDeclaringClass() || !a.getMethodName().equals(b.getMethodName())
                    || (k < fromBottom && a.getLineNumber() != b.getLineNumber())) {
                return line;
            }
        }
        return now.get(now.size() - 1 - fromBottom).getLineNumber();
    }

    private PyObject globals() {
        PyDict g = code.globals();
        return g == null ? new PyDict() : g;
    }

    private PyObject locals() {
        return code.isModule ? globals() : new PyDict();
    }

    private PyObject back() {
        return index + 1 < chain.stack.size() ? chain.at(index + 1) : PyNone.NONE;
    }

    @Override
    public String repr() {
        return "<frame at " + Protocol.addressOf(this) + ", file " + new PyStr(code.file).repr() + ", line " + currentLine()
                + ", code " + code.name + ">";
    }

    /** One walk's frames: each built on first access, so {@code f.f_back is f.f_back} holds. */
    static final class Chain {
        final List<StackWalker.StackFrame> stack;
        private final PyFrame[] built;

        Chain(List<StackWalker.StackFrame> stack) {
            this.stack = stack;
            this.built = new PyFrame[stack.size()];
        }

        PyFrame at(int i) {
            PyFrame f = built[i];
            if (f == null) built[i] = f = new PyFrame(this, i);
            return f;
        }
    }
}
