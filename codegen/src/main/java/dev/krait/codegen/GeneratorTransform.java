package dev.krait.codegen;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

/**
 * Turns a generator body into a resumable state machine. The emitter marks each suspension point with a call
 * to {@link #MARKER_OWNER}: {@code yield(value)} or {@code delegate()}. Here each marker becomes: save the
 * operand stack and live locals into the generator object, set its state and return; and a resume block
 * (outside every exception range) restores them and jumps back to just after the marker, where a thrown
 * exception is raised or the sent value pushed. The method starts with a switch on the state.
 *
 * <p>Slots: 0 the function, 1 the generator, 2 the sent value, 3 the thrown exception.
 */
final class GeneratorTransform implements Opcodes {
    static final String MARKER_OWNER = "krait/$suspend";
    static final String YIELD = "yield";
    static final String DELEGATE = "delegate";
    private static final String RT = Gen.RT;
    private static final String GEN = RT + "PyGenerator";
    private static final int FIXED = 4;

    private GeneratorTransform() {}

    /**
     * @param depthSlot   the frame-depth ThreadState slot: not saved, left before each suspension
     * @param prologueEnd where the method's prologue ends: the state dispatch goes right after it
     */
    static void transform(String owner, MethodNode mn, int depthSlot, LabelNode prologueEnd) {
        List<MethodInsnNode> markers = new ArrayList<>();
        for (AbstractInsnNode n : mn.instructions) {
            if (n instanceof MethodInsnNode m && m.owner.equals(MARKER_OWNER)) markers.add(m);
        }
        int maxLocal = 3;
        for (AbstractInsnNode n : mn.instructions) {
            if (n instanceof VarInsnNode v) maxLocal = Math.max(maxLocal, v.var);
        }
        mn.maxLocals = maxLocal + 1;
        mn.maxStack = 1024;
        Frame<BasicValue>[] frames;
        try {
            frames = new Analyzer<>(new Verifier(owner)).analyze(owner, mn);
        } catch (AnalyzerException e) {
            throw new IllegalStateException("generator analysis failed in " + owner + "." + mn.name + ": " + e.getMessage(), e);
        }
        List<Frame<BasicValue>> markerFrames = new ArrayList<>();
        for (MethodInsnNode m : markers) markerFrames.add(frames[mn.instructions.indexOf(m)]);
        if (Boolean.getBoolean("krait.debugGen")) {
            int i = 0;
            for (AbstractInsnNode n : mn.instructions) {
                System.err.println(i + ": " + n.getOpcode() + " " + n.getClass().getSimpleName()
                        + (n instanceof MethodInsnNode mi ? " " + mi.owner + "." + mi.name : "")
                        + (n instanceof VarInsnNode vi ? " v" + vi.var : "") + (frames[i] == null ? " UNREACHABLE" : ""));
                i++;
            }
        }
        LabelNode start = new LabelNode();
        List<LabelNode> resumes = new ArrayList<>();
        InsnList resumeBlocks = new InsnList();
        int k = 0;
        int index = 0;
        for (MethodInsnNode m : markers) {
            k++;
            // Frames are per marker; k only counts the reachable ones (the resume states).
            Frame<BasicValue> f = markerFrames.get(index++);
            boolean isYield = m.name.equals(YIELD);
            if (f == null) {
                // Unreachable suspension (e.g. after a raise): keep the stack shape, no state.
                if (!isYield) mn.instructions.insert(m, new InsnNode(ACONST_NULL));
                mn.instructions.remove(m);
                k--;
                continue;
            }
            int stackBelow = f.getStackSize() - (isYield ? 1 : 0);
            int valueSlot = mn.maxLocals + 1;
            mn.maxLocals += 2;
            Spill spill = new Spill(f, stackBelow, depthSlot);
            LabelNode cont = new LabelNode();
            LabelNode resume = new LabelNode();
            resumes.add(resume);
            InsnList save = new InsnList();
            if (isYield) save.add(new VarInsnNode(ASTORE, valueSlot));
            save.add(new VarInsnNode(ALOAD, 1));
            push(save, spill.refCount);
            push(save, spill.intCount);
            save.add(new MethodInsnNode(INVOKEVIRTUAL, GEN, "ensureSpill", "(II)V", false));
            spill.emitSave(save);
            save.add(new VarInsnNode(ALOAD, 1));
            push(save, k);
            save.add(new FieldInsnNode(PUTFIELD, GEN, "state", "I"));
            if (isYield) save.add(new VarInsnNode(ALOAD, valueSlot));
            else save.add(new FieldInsnNode(GETSTATIC, GEN, "DELEGATE", Gen.OBJ));
            save.add(new VarInsnNode(ALOAD, depthSlot));
            save.add(new InsnNode(DUP));
            save.add(new FieldInsnNode(GETFIELD, RT + "ThreadState", "depth", "I"));
            save.add(new InsnNode(ICONST_1));
            save.add(new InsnNode(ISUB));
            save.add(new FieldInsnNode(PUTFIELD, RT + "ThreadState", "depth", "I"));
            save.add(new InsnNode(ARETURN));
            save.add(cont);
            LabelNode notThrown = new LabelNode();
            save.add(new VarInsnNode(ALOAD, 3));
            save.add(new JumpInsnNode(IFNULL, notThrown));
            save.add(new VarInsnNode(ALOAD, 3));
            save.add(new InsnNode(ATHROW));
            save.add(notThrown);
            save.add(new VarInsnNode(ALOAD, 2));
            mn.instructions.insert(m, save);
            mn.instructions.remove(m);
            resumeBlocks.add(resume);
            spill.emitRestore(resumeBlocks);
            resumeBlocks.add(new JumpInsnNode(GOTO, cont));
        }
        InsnList entry = new InsnList();
        entry.add(new VarInsnNode(ALOAD, 1));
        entry.add(new FieldInsnNode(GETFIELD, GEN, "state", "I"));
        LabelNode[] targets = new LabelNode[resumes.size() + 1];
        targets[0] = start;
        for (int i = 0; i < resumes.size(); i++) targets[i + 1] = resumes.get(i);
        entry.add(new TableSwitchInsnNode(0, resumes.size(), start, targets));
        entry.add(start);
        mn.instructions.insert(prologueEnd, entry);
        mn.instructions.add(resumeBlocks);
    }

    private static void push(InsnList l, int i) {
        if (i >= -1 && i <= 5) l.add(new InsnNode(ICONST_0 + i));
        else if (i <= Short.MAX_VALUE) l.add(new IntInsnNode(SIPUSH, i));
        else l.add(new LdcInsnNode(i));
    }

    /** Where each saved value goes: locals (from slot 4) and the stack below the suspension value. */
    private static final class Spill {
        final Frame<BasicValue> f;
        final int stack;
        int refCount;
        int intCount;
        final List<int[]> localPlan = new ArrayList<>();
        final List<int[]> stackPlan = new ArrayList<>();

        Spill(Frame<BasicValue> f, int stack, int skipSlot) {
            this.f = f;
            this.stack = stack;
            for (int i = FIXED; i < f.getLocals(); i++) localPlan.add(i == skipSlot ? new int[] {0, 0} : plan(f.getLocal(i)));
            for (int i = 0; i < stack; i++) stackPlan.add(plan(f.getStack(i)));
        }

        /** {kind, index}: kind 0 nothing (unset), 1 reference, 2 int, 3 null constant. */
        private int[] plan(BasicValue v) {
            if (v == null || v == BasicValue.UNINITIALIZED_VALUE) return new int[] {0, 0};
            Type t = v.getType();
            if (t == null) return new int[] {0, 0};
            switch (t.getSort()) {
                case Type.INT: case Type.BOOLEAN: case Type.BYTE: case Type.CHAR: case Type.SHORT:
                    return new int[] {2, intCount++};
                case Type.OBJECT: case Type.ARRAY:
                    if (t.getInternalName().equals("null")) return new int[] {3, 0};
                    return new int[] {1, refCount++};
                default:
                    throw new IllegalStateException("cannot save value of type " + t + " across a yield");
            }
        }

        void emitSave(InsnList out) {
            for (int i = 0; i < localPlan.size(); i++) {
                int[] p = localPlan.get(i);
                int slot = FIXED + i;
                if (p[0] == 1) storeRef(out, p[1], () -> out.add(new VarInsnNode(ALOAD, slot)));
                else if (p[0] == 2) storeInt(out, p[1], () -> out.add(new VarInsnNode(ILOAD, slot)));
            }
            for (int i = stack - 1; i >= 0; i--) {
                int[] p = stackPlan.get(i);
                if (p[0] == 1) {
                    out.add(new VarInsnNode(ALOAD, 1));
                    out.add(new FieldInsnNode(GETFIELD, GEN, "refs", "[Ljava/lang/Object;"));
                    out.add(new InsnNode(SWAP));
                    push(out, p[1]);
                    out.add(new InsnNode(SWAP));
                    out.add(new InsnNode(AASTORE));
                } else if (p[0] == 2) {
                    out.add(new VarInsnNode(ALOAD, 1));
                    out.add(new FieldInsnNode(GETFIELD, GEN, "ints", "[I"));
                    out.add(new InsnNode(SWAP));
                    push(out, p[1]);
                    out.add(new InsnNode(SWAP));
                    out.add(new InsnNode(IASTORE));
                } else {
                    out.add(new InsnNode(POP));
                }
            }
        }

        private static void storeRef(InsnList out, int idx, Runnable value) {
            out.add(new VarInsnNode(ALOAD, 1));
            out.add(new FieldInsnNode(GETFIELD, GEN, "refs", "[Ljava/lang/Object;"));
            push(out, idx);
            value.run();
            out.add(new InsnNode(AASTORE));
        }

        private static void storeInt(InsnList out, int idx, Runnable value) {
            out.add(new VarInsnNode(ALOAD, 1));
            out.add(new FieldInsnNode(GETFIELD, GEN, "ints", "[I"));
            push(out, idx);
            value.run();
            out.add(new InsnNode(IASTORE));
        }

        void emitRestore(InsnList out) {
            for (int i = 0; i < localPlan.size(); i++) {
                int[] p = localPlan.get(i);
                int slot = FIXED + i;
                Type t = f.getLocal(slot).getType();
                if (p[0] == 1) {
                    loadRef(out, p[1], t);
                    out.add(new VarInsnNode(ASTORE, slot));
                } else if (p[0] == 2) {
                    loadInt(out, p[1]);
                    out.add(new VarInsnNode(ISTORE, slot));
                } else if (p[0] == 3) {
                    out.add(new InsnNode(ACONST_NULL));
                    out.add(new VarInsnNode(ASTORE, slot));
                }
            }
            for (int i = 0; i < stack; i++) {
                int[] p = stackPlan.get(i);
                if (p[0] == 1) loadRef(out, p[1], f.getStack(i).getType());
                else if (p[0] == 2) loadInt(out, p[1]);
                else out.add(new InsnNode(ACONST_NULL));
            }
        }

        private static void loadRef(InsnList out, int idx, Type t) {
            out.add(new VarInsnNode(ALOAD, 1));
            out.add(new FieldInsnNode(GETFIELD, GEN, "refs", "[Ljava/lang/Object;"));
            push(out, idx);
            out.add(new InsnNode(AALOAD));
            if (!t.getDescriptor().equals("Ljava/lang/Object;")) out.add(new TypeInsnNode(CHECKCAST, t.getInternalName()));
        }

        private static void loadInt(InsnList out, int idx) {
            out.add(new VarInsnNode(ALOAD, 1));
            out.add(new FieldInsnNode(GETFIELD, GEN, "ints", "[I"));
            push(out, idx);
            out.add(new InsnNode(IALOAD));
        }
    }

    /** Type inference that knows the runtime's classes and treats generated classes as the classes they extend. */
    static final class Verifier extends SimpleVerifier {
        Verifier(String owner) {
            super(ASM9, Type.getObjectType(owner), Type.getObjectType(RT + "PyFunction"), List.of(
                    Type.getObjectType(RT + "GeneratorBody")), false);
            setClassLoader(GeneratorTransform.class.getClassLoader());
        }

        @Override
        protected Class<?> getClass(Type type) {
            String n = type.getInternalName();
            if (n.startsWith("pymod/")) {
                return n.endsWith("/__module__") ? dev.krait.runtime.CompiledModule.class : dev.krait.runtime.PyFunction.class;
            }
            return super.getClass(type);
        }
    }
}
