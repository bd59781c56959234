package dev.krait.codegen;

import dev.krait.frontend.ast.Node;
import dev.krait.frontend.scope.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * State shared by the emitters of one code block's JVM method: its scope, the class and method being built,
 * JVM local slots (Python locals, cells, temporaries), the current source line, and constants.
 */
abstract class EmitterBase implements Opcodes {
    static final String RT = Gen.RT;
    static final String OBJ = Gen.OBJ;
    static final String PYOBJECT = Gen.PYOBJECT;

    final ModuleGen mod;
    final ClassBuilder cls;
    final MethodNode mv;
    final Scope scope;
    /** Function name shown in tracebacks (CPython's co_name). */
    final String codeName;
    final Map<String, Integer> slots = new HashMap<>();
    private final List<Integer> refSlots = new ArrayList<>();
    private final List<Integer> intSlots = new ArrayList<>();
    int nextSlot;
    int lineSlot;
    int currentLine = -1;
    /** Slot holding the namespace mapping for class bodies and exec'd code, or -1. */
    int nsSlot = -1;
    /**
     * Slot holding the frame array of a function split into several methods, or -1. In that mode the
     * {@link #slots} map gives each Python local's index in the array instead of a JVM slot.
     */
    int frameSlot = -1;

    EmitterBase(ModuleGen mod, ClassBuilder cls, MethodNode mv, Scope scope, String codeName, int firstFreeSlot) {
        this.mod = mod;
        this.cls = cls;
        this.mv = mv;
        this.scope = scope;
        this.codeName = codeName;
        this.nextSlot = firstFreeSlot;
        this.lineSlot = newIntSlot();
    }

    /** Pushes the Python local held in a JVM slot or, for split functions, in the frame array. */
    void loadLocal(String name) {
        int s = slots.get(name);
        if (frameSlot < 0) {
            mv.visitVarInsn(ALOAD, s);
        } else {
            mv.visitVarInsn(ALOAD, frameSlot);
            Gen.push(mv, s);
            mv.visitInsn(AALOAD);
        }
    }

    /** Stores the value on the stack into a Python local (see {@link #loadLocal}). */
    void storeLocal(String name) {
        int s = slots.get(name);
        if (frameSlot < 0) {
            mv.visitVarInsn(ASTORE, s);
        } else {
            mv.visitVarInsn(ALOAD, frameSlot);
            mv.visitInsn(SWAP);
            Gen.push(mv, s);
            mv.visitInsn(SWAP);
            mv.visitInsn(AASTORE);
        }
    }

    /** A new reference slot, set to null at method entry so it has one type on every path. */
    int newSlot() {
        int s = nextSlot++;
        refSlots.add(s);
        return s;
    }

    int newIntSlot() {
        int s = nextSlot++;
        intSlots.add(s);
        return s;
    }

    /** Slot holding the ThreadState of the frame-depth counter. */
    int depthSlot = -1;
    /** The end of the prologue prepended by finishSlots (generator dispatch goes after it). */
    final org.objectweb.asm.tree.LabelNode prologueEnd = new org.objectweb.asm.tree.LabelNode();

    /**
     * Prepends the slot initialisation and the recursion-depth entry to the method once its body is complete,
     * and makes every return leave the depth counter (the frame handler does it for exceptions).
     */
    void finishSlots() {
        placePositions();
        depthSlot = nextSlot++;
        for (org.objectweb.asm.tree.AbstractInsnNode n : mv.instructions.toArray()) {
            if (n.getOpcode() == ARETURN) mv.instructions.insertBefore(n, leaveInsns());
        }
        InsnList init = new InsnList();
        init.add(new org.objectweb.asm.tree.MethodInsnNode(INVOKESTATIC, RT + "ThreadState", "enter",
                "()L" + RT + "ThreadState;", false));
        init.add(new VarInsnNode(ASTORE, depthSlot));
        for (int s : refSlots) {
            init.add(new InsnNode(ACONST_NULL));
            init.add(new VarInsnNode(ASTORE, s));
        }
        for (int s : intSlots) {
            init.add(new InsnNode(ICONST_0));
            init.add(new VarInsnNode(ISTORE, s));
        }
        init.add(prologueEnd);
        mv.instructions.insert(init);
    }

    /** {@code depthState.depth--}. */
    InsnList leaveInsns() {
        InsnList l = new InsnList();
        l.add(new VarInsnNode(ALOAD, depthSlot));
        l.add(new InsnNode(DUP));
        l.add(new org.objectweb.asm.tree.FieldInsnNode(GETFIELD, RT + "ThreadState", "depth", "I"));
        l.add(new InsnNode(ICONST_1));
        l.add(new InsnNode(ISUB));
        l.add(new org.objectweb.asm.tree.FieldInsnNode(PUTFIELD, RT + "ThreadState", "depth", "I"));
        return l;
    }

    /** Marks where the frame handler's rethrow is, so finishSlots can add the depth decrement before it. */
    void leaveBeforeThrow(org.objectweb.asm.tree.AbstractInsnNode athrow) {
        mv.instructions.insertBefore(athrow, leaveInsns());
    }

    /** Records the source line of the statement about to run (the JVM line table) and makes it the position. */
    void line(Node n) {
        mark(n);
        int l = n.pos().line();
        if (l <= 0 || l == currentLine) return;
        currentLine = l;
        Label lab = new Label();
        mv.visitLabel(lab);
        mv.visitLineNumber(l, lab);
    }

    /** A pseudo-instruction: from here on, raising calls report this position (resolved by {@link #placePositions}). */
    static final class PosMark extends org.objectweb.asm.tree.LabelNode {
        final int index;

        PosMark(int index) {
            this.index = index;
        }
    }

    private final java.util.ArrayDeque<Node> posNodes = new java.util.ArrayDeque<>();

    /** Emits node n's code with n as the reported position, then returns to the enclosing node's. */
    void at(Node n, Runnable code) {
        posNodes.push(n);
        mark(n);
        code.run();
        posNodes.pop();
        if (!posNodes.isEmpty()) mark(posNodes.peek());
    }

    /** Makes n the position reported by the calls that follow (its caret anchors computed as CPython does). */
    void mark(Node n) {
        dev.krait.frontend.ast.Pos p = n.pos();
        if (p.line() <= 0) return;
        int la = -1;
        int ra = -1;
        if (p.line() == p.endLine()) {
            String text = mod.sourceLine(p.line());
            if (n instanceof dev.krait.frontend.ast.Expr.BinOp b && text != null && b.left().pos().endLine() == p.line()
                    && b.right().pos().line() == p.line()) {
                // The operator: first non-blank character between the operands, two if the next is not blank.
                int from = b.left().pos().endCol();
                int to = b.right().pos().col();
                int off = 0;
                while (from + off < to && Character.isWhitespace(cp(text, from + off))) off++;
                la = from + off - p.col();
                ra = la + 1;
                if (from + off + 1 < to && !Character.isWhitespace(cp(text, from + off + 1))) ra++;
            } else if (n instanceof dev.krait.frontend.ast.Expr.Subscript s && s.slice().pos().endLine() == p.line()) {
                la = s.value().pos().endCol() - p.col();
                ra = s.slice().pos().endCol() + 1 - p.col();
            }
        }
        // A method call fails in its attribute lookup or in the call: the former reports the attribute's span.
        int lookupEnd = n instanceof dev.krait.frontend.ast.Expr.Call c && c.func() instanceof dev.krait.frontend.ast.Expr.Attribute a
                ? a.pos().endCol() : -1;
        mv.instructions.add(new PosMark(cls.position(p.line(), p.col(), p.endLine(), p.endCol(), la, ra, lookupEnd)));
    }

    private static int cp(String text, int codePointIndex) {
        int n = text.codePointCount(0, text.length());
        if (codePointIndex < 0 || codePointIndex >= n) return ' ';
        return text.codePointAt(text.offsetByCodePoints(0, codePointIndex));
    }

    /**
     * Replaces the position marks by stores of the position index into the position local, placed just before
     * the calls that may raise (and only when the local does not already hold it on that straight path).
     */
    private void placePositions() {
        int cur = 0;
        int stored = -1;
        int tableLine = -1;
        for (org.objectweb.asm.tree.AbstractInsnNode n : mv.instructions.toArray()) {
            if (n instanceof PosMark m) {
                cur = m.index;
                mv.instructions.remove(n);
            } else if (n instanceof org.objectweb.asm.tree.LineNumberNode ln) {
                tableLine = ln.line;
            } else if (n instanceof org.objectweb.asm.tree.LabelNode) {
                stored = -1;
            } else if (n instanceof org.objectweb.asm.tree.MethodInsnNode call && mayRaise(call)) {
                // A call on another line than its statement's start gets its own line entry, so a frame
                // walk (sys._getframe, warnings) reports the call's line as CPython does.
                int line = cls.positionLine(cur);
                if (line > 0 && line != tableLine) {
                    org.objectweb.asm.tree.LabelNode lab = new org.objectweb.asm.tree.LabelNode();
                    InsnList l = new InsnList();
                    l.add(lab);
                    l.add(new org.objectweb.asm.tree.LineNumberNode(line, lab));
                    mv.instructions.insertBefore(n, l);
                    tableLine = line;
                }
                if (cur != stored) {
                    InsnList l = pushInsns(cur);
                    l.add(new VarInsnNode(ISTORE, lineSlot));
                    mv.instructions.insertBefore(n, l);
                    stored = cur;
                }
            }
        }
    }

    private static boolean mayRaise(org.objectweb.asm.tree.MethodInsnNode call) {
        if (call.name.equals("<init>")) return false;
        return !call.owner.equals(RT + "Traceback") && !call.owner.equals(RT + "ThreadState");
    }

    /** Pushes v; beyond a short it is built from two (an LDC each would overflow a huge module's constant pool). */
    private static InsnList pushInsns(int v) {
        InsnList l = new InsnList();
        if (v <= 5) {
            l.add(new InsnNode(ICONST_0 + v));
        } else if (v <= Byte.MAX_VALUE) {
            l.add(new org.objectweb.asm.tree.IntInsnNode(BIPUSH, v));
        } else if (v <= Short.MAX_VALUE) {
            l.add(new org.objectweb.asm.tree.IntInsnNode(SIPUSH, v));
        } else {
            l.add(new org.objectweb.asm.tree.IntInsnNode(SIPUSH, v >> 15));
            l.add(new org.objectweb.asm.tree.IntInsnNode(BIPUSH, 15));
            l.add(new InsnNode(ISHL));
            l.add(new org.objectweb.asm.tree.IntInsnNode(SIPUSH, v & 0x7fff));
            l.add(new InsnNode(IOR));
        }
        return l;
    }

    /** Forgets the known line (after a jump target, where several lines merge). */
    void lineUnknown() {
        currentLine = -1;
    }

    /** Pushes a fresh call-site object (AttrSite or MethodSite) for an attribute name. */
    void site(String kind, String attr) {
        String f = cls.site(kind, attr);
        mv.visitFieldInsn(GETSTATIC, cls.name, f, "L" + RT + kind + ";");
    }

    void constant(Object v) {
        cls.consts.load(mv, cls.name, cls.consts.of(v));
    }

    void kwnames(String[] names) {
        cls.consts.loadNames(mv, cls.name, cls.consts.names(names));
    }

    void push(int i) {
        Gen.push(mv, i);
    }

    void invokeObj(String name, String desc) {
        Gen.invokeObj(mv, name, desc);
    }

    void invokeRt(String name, String desc) {
        Gen.invokeRt(mv, "Rt", name, desc);
    }

    void checkcast(String internal) {
        mv.visitTypeInsn(CHECKCAST, internal);
    }

    void none() {
        Gen.none(mv);
    }

    /** Emits code that converts the PyObject on the stack to a JVM boolean. */
    void truth() {
        invokeObj("isTrue", "()Z");
    }

    /** Throws the PyException returned by a helper on the stack. */
    void athrow() {
        mv.visitInsn(ATHROW);
    }

    /** Raises an error detected at compile time for a construct not supported yet. */
    static RuntimeException unsupported(Node n, String what) {
        return new UnsupportedFeature(what, n.pos().line());
    }

    /** A language feature the code generator does not handle yet (reported as a SyntaxError-like error). */
    static final class UnsupportedFeature extends RuntimeException {
        final int line;

        UnsupportedFeature(String what, int line) {
            super(what, null, false, false);
            this.line = line;
        }
    }
}
