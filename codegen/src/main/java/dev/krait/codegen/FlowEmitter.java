package dev.krait.codegen;

import dev.krait.frontend.scope.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.objectweb.asm.Label;
import org.objectweb.asm.tree.MethodNode;

/**
 * Structured control flow: the stack of enclosing loops, exception handlers and protected regions, and the
 * pending-branch form of {@code finally}: its code is emitted once; a return, break or continue leaving the
 * region records which exit is pending in an int local, runs the code, then a switch resumes that exit.
 */
abstract class FlowEmitter extends ExprEmitter {
    enum Jump { BREAK, CONTINUE, RETURN }

    abstract static class Block {}

    static final class LoopBlock extends Block {
        final Label breakLabel;
        final Label continueLabel;

        LoopBlock(Label breakLabel, Label continueLabel) {
            this.breakLabel = breakLabel;
            this.continueLabel = continueLabel;
        }
    }

    /** An except block: leaving it restores the previously handled exception and unbinds the {@code as} name. */
    static final class HandlerBlock extends Block {
        final int prevSlot;
        String name;

        HandlerBlock(int prevSlot) {
            this.prevSlot = prevSlot;
        }
    }

    static final class FinallyBlock extends Block {
        final int pendingSlot;
        final Label entry = new Label();
        final List<Jump> exits = new ArrayList<>();

        FinallyBlock(int pendingSlot) {
            this.pendingSlot = pendingSlot;
        }
    }

    final List<Block> blocks = new ArrayList<>();
    /** Slot for a return value passing through finally blocks. */
    int retSlot = -1;

    FlowEmitter(ModuleGen mod, ClassBuilder cls, MethodNode mv, Scope scope, String codeName, int firstFreeSlot) {
        super(mod, cls, mv, scope, codeName, firstFreeSlot);
    }

    /** Emits a return of the value in retSlot from the method (generators override). */
    abstract void emitReturnFromRetSlot();

    /** Leaves the enclosing blocks for a break, continue or return (its value already in retSlot). */
    void jump(Jump kind) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            if (b instanceof LoopBlock l && kind != Jump.RETURN) {
                mv.visitJumpInsn(GOTO, kind == Jump.BREAK ? l.breakLabel : l.continueLabel);
                return;
            }
            if (b instanceof HandlerBlock h) {
                leaveHandler(h);
            } else if (b instanceof FinallyBlock f) {
                f.exits.add(kind);
                push(f.exits.size() + 1);
                mv.visitVarInsn(ISTORE, f.pendingSlot);
                mv.visitJumpInsn(GOTO, f.entry);
                return;
            }
        }
        emitReturnFromRetSlot();
    }

    /** True when a return must pass through cleanup code (so it goes via retSlot and jump()). */
    boolean returnNeedsUnwind() {
        for (Block b : blocks) if (b instanceof HandlerBlock || b instanceof FinallyBlock) return true;
        return false;
    }

    void leaveHandler(HandlerBlock h) {
        if (h.name != null) clearName(h.name);
        mv.visitVarInsn(ALOAD, h.prevSlot);
        Gen.invokeRt(mv, "ThreadState", "exitHandler", "(L" + RT + "PyBaseException;)V");
    }

    /** Catches any throwable in [start, end) and converts it to a PyException with this frame in its traceback. */
    void catchAll(Label start, Label end, Label handler) {
        mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
    }

    /** At a handler entry (Throwable on stack): records the frame; leaves the PyException on the stack. */
    void recordFrame() {
        mod.pushFile(mv);
        mv.visitLdcInsn(codeName);
        mv.visitVarInsn(ILOAD, lineSlot);
        cls.loadPositions(mv);
        if (scope.isFunctionLike()) kwnames(localNames());
        else mv.visitInsn(ACONST_NULL);
        Gen.invokeRt(mv, "Traceback", "record", "(Ljava/lang/Throwable;Ljava/lang/String;Ljava/lang/String;I"
                + "Ljava/lang/String;[Ljava/lang/String;)L" + RT + "PyException;");
    }

    /** The block's local variable names in definition order (CPython's co_varnames, for NameError hints). */
    private String[] localNames() {
        List<String> names = new ArrayList<>();
        for (dev.krait.frontend.scope.Symbol s : scope.symbols().values()) {
            dev.krait.frontend.scope.Symbol.Binding b = s.binding();
            if ((b == dev.krait.frontend.scope.Symbol.Binding.LOCAL || b == dev.krait.frontend.scope.Symbol.Binding.CELL)
                    && !s.name().startsWith(".")) {
                names.add(s.name());
            }
        }
        return names.toArray(new String[0]);
    }

    /** Throws the PyException in a slot as a re-raise (no new traceback entry for this frame). */
    void rethrowSlot(int slot) {
        mv.visitVarInsn(ALOAD, slot);
        invokeRt("rethrow", "(L" + RT + "PyException;)Ljava/lang/Throwable;");
        mv.visitInsn(ATHROW);
    }

    /**
     * A region whose non-exceptional exits (falling through, break, continue, return) all run {@code onExit}
     * once; an exception is caught, recorded, stored in a slot and handed to {@code onException} (which must
     * jump or throw), or, when that is null, runs {@code onExit} and is re-raised.
     */
    void protectedRegion(Runnable body, Runnable onExit, IntConsumer onException) {
        FinallyBlock fb = new FinallyBlock(newIntSlot());
        int excSlot = newSlot();
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label after = new Label();
        blocks.add(fb);
        mv.visitLabel(start);
        body.run();
        mv.visitLabel(end);
        blocks.remove(blocks.size() - 1);
        push(0);
        mv.visitVarInsn(ISTORE, fb.pendingSlot);
        mv.visitJumpInsn(GOTO, fb.entry);
        mv.visitLabel(handler);
        recordFrame();
        mv.visitVarInsn(ASTORE, excSlot);
        catchAll(start, end, handler);
        if (onException == null) {
            push(1);
            mv.visitVarInsn(ISTORE, fb.pendingSlot);
        } else {
            lineUnknown();
            onException.accept(excSlot);
        }
        mv.visitLabel(fb.entry);
        lineUnknown();
        if (onException == null) {
            finallyBody(onExit, fb.pendingSlot, excSlot);
        } else {
            onExit.run();
        }
        int n = fb.exits.size();
        Label[] targets = new Label[n + 2];
        targets[0] = after;
        targets[1] = new Label();
        for (int i = 0; i < n; i++) targets[i + 2] = new Label();
        mv.visitVarInsn(ILOAD, fb.pendingSlot);
        mv.visitTableSwitchInsn(0, n + 1, after, targets);
        mv.visitLabel(targets[1]);
        if (onException == null) rethrowSlot(excSlot);
        else mv.visitJumpInsn(GOTO, after);
        for (int i = 0; i < n; i++) {
            mv.visitLabel(targets[i + 2]);
            jump(fb.exits.get(i));
        }
        mv.visitLabel(after);
        lineUnknown();
    }

    /**
     * A finally body shared by every exit. On the exceptional exit (pending 1) the pending exception is the
     * handled one while it runs, as in CPython, so an exception raised there gets it as __context__; the
     * previous one is restored however the body is left (a HandlerBlock covers break, continue and return).
     */
    private void finallyBody(Runnable body, int pendingSlot, int excSlot) {
        int prev = newSlot();
        Label notExc = new Label();
        Label go = new Label();
        mv.visitVarInsn(ILOAD, pendingSlot);
        push(1);
        mv.visitJumpInsn(IF_ICMPNE, notExc);
        mv.visitVarInsn(ALOAD, excSlot);
        Gen.invokeRt(mv, "ThreadState", "enterHandler", "(L" + RT + "PyException;)L" + RT + "PyBaseException;");
        mv.visitJumpInsn(GOTO, go);
        mv.visitLabel(notExc);
        Gen.invokeRt(mv, "ThreadState", "currentHandled", "()L" + RT + "PyBaseException;");
        mv.visitLabel(go);
        mv.visitVarInsn(ASTORE, prev);
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        HandlerBlock hb = new HandlerBlock(prev);
        blocks.add(hb);
        mv.visitLabel(start);
        body.run();
        mv.visitLabel(end);
        blocks.remove(blocks.size() - 1);
        leaveHandler(hb);
        Label done = new Label();
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(handler);
        int thrown = newSlot();
        mv.visitVarInsn(ASTORE, thrown);
        leaveHandler(hb);
        mv.visitVarInsn(ALOAD, thrown);
        mv.visitInsn(ATHROW);
        catchAll(start, end, handler);
        mv.visitLabel(done);
    }
}
