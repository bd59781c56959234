package dev.krait.codegen;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Assembles one generated class: header, fields, methods (built as MethodNodes so code can be prepended after
 * the body is known), the constants initializer, and frame computation without loading generated classes.
 */
final class ClassBuilder implements Opcodes {
    final String name;
    final String superName;
    final String sourceFile;
    final Consts consts = new Consts();
    private final List<String[]> fields = new ArrayList<>();
    private final List<String> interfaces = new ArrayList<>();
    private final List<MethodNode> methods = new ArrayList<>();
    private final List<java.util.function.Consumer<MethodVisitor>> staticInit = new ArrayList<>();

    ClassBuilder(String name, String superName, String sourceFile) {
        this.name = name;
        this.superName = superName;
        this.sourceFile = sourceFile;
    }

    private int siteCount;
    private int helperCount;

    /**
     * Source positions of the class's code (7 values per entry: line, col, end line, end col, the caret anchors
     * and, for a method call, the end of its attribute; each char holds value + 1); entry 0 means "unknown". Compiled code keeps the index of the
     * current position in a local, which the frame handler hands to the traceback.
     */
    private final StringBuilder positions = new StringBuilder("\0\0\0\0\0\0\0");
    private final java.util.Map<String, Integer> positionIndex = new java.util.HashMap<>();

    int position(int line, int col, int endLine, int endCol, int leftAnchor, int rightAnchor, int lookupEnd) {
        int[] v = {line, col, endLine, endCol, leftAnchor, rightAnchor, lookupEnd};
        StringBuilder key = new StringBuilder(7);
        for (int x : v) key.append((char) (x < 0 || x > 65533 ? 0 : x + 1));
        return positionIndex.computeIfAbsent(key.toString(), k -> {
            positions.append(k);
            return positions.length() / 7 - 1;
        });
    }

    /** The line of position entry {@code index} (0 when unknown). */
    int positionLine(int index) {
        int at = index * 7;
        return at < positions.length() ? positions.charAt(at) - 1 : 0;
    }

    /** Pushes the position table (a String, see {@link #position}). */
    void loadPositions(MethodVisitor mv) {
        mv.visitFieldInsn(GETSTATIC, name, "POS$", "Ljava/lang/String;");
    }

    /** A new static final call-site field ({@code AttrSite} or {@code MethodSite}) for one attribute name. */
    String site(String kind, String attr) {
        String f = "site" + siteCount++;
        String desc = "L" + Gen.RT + kind + ";";
        field(ACC_STATIC | ACC_FINAL, f, desc);
        staticInit(mv -> {
            mv.visitTypeInsn(NEW, Gen.RT + kind);
            mv.visitInsn(DUP);
            mv.visitLdcInsn(attr);
            mv.visitMethodInsn(INVOKESPECIAL, Gen.RT + kind, "<init>", "(Ljava/lang/String;)V", false);
            mv.visitFieldInsn(PUTSTATIC, name, f, desc);
        });
        return f;
    }

    void addInterface(String internalName) {
        interfaces.add(internalName);
    }

    void field(int access, String fname, String desc) {
        fields.add(new String[] {String.valueOf(access), fname, desc});
    }

    private final List<Object[]> constants = new ArrayList<>();

    /** A public static final field holding a compile-time constant (a ConstantValue: no initializer code). */
    void constant(String fname, Object value) {
        constants.add(new Object[] {fname, value});
    }

    /**
     * The code facts sys._getframe reports for frames of this class's methods (see runtime Frames): the
     * qualified name, the file and the first line. Only read by reflection when a frame is asked for.
     */
    void codeInfo(String qualname, String file, int firstLine) {
        constant("co$qualname", qualname);
        constant("co$file", file);
        constant("co$line", firstLine);
    }

    MethodNode method(int access, String mname, String desc) {
        MethodNode m = new MethodNode(ASM9, access, mname, desc, null, null);
        methods.add(m);
        return m;
    }

    /** A fresh name for a private helper method of this class. */
    String helperName(String prefix) {
        return prefix + "$" + helperCount++;
    }

    /** Code added to the static initializer after the constants are set up. */
    void staticInit(java.util.function.Consumer<MethodVisitor> code) {
        staticInit.add(code);
    }

    byte[] toBytes() {
        ClassWriter cw = new FrameClassWriter();
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, superName,
                interfaces.isEmpty() ? null : interfaces.toArray(new String[0]));
        cw.visitSource(sourceFile, null);
        for (String[] f : fields) cw.visitField(Integer.parseInt(f[0]), f[1], f[2], null, null).visitEnd();
        for (Object[] c : constants) {
            String desc = c[1] instanceof Integer ? "I" : "Ljava/lang/String;";
            cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, (String) c[0], desc, null, c[1]).visitEnd();
        }
        // Constant strings are limited to 64 KB of modified UTF-8: long tables are joined in <clinit>.
        final int piece = 20000;
        String table = positions.toString();
        boolean inline = table.length() <= piece;
        cw.visitField(ACC_STATIC | ACC_FINAL, "POS$", "Ljava/lang/String;", null, inline ? table : null).visitEnd();
        if (!inline) {
            staticInit.add(0, mv -> {
                mv.visitTypeInsn(NEW, "java/lang/StringBuilder");
                mv.visitInsn(DUP);
                mv.visitMethodInsn(INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
                for (int i = 0; i < table.length(); i += piece) {
                    mv.visitLdcInsn(table.substring(i, Math.min(table.length(), i + piece)));
                    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                            "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
                }
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
                mv.visitFieldInsn(PUTSTATIC, name, "POS$", "Ljava/lang/String;");
            });
        }
        boolean hasK = consts.size() > 0;
        boolean hasN = consts.namesSize() > 0;
        if (hasK) cw.visitField(ACC_STATIC | ACC_FINAL, "K", "[L" + Gen.RT + "PyObject;", null, null).visitEnd();
        if (hasN) cw.visitField(ACC_STATIC | ACC_FINAL, "N", "[[Ljava/lang/String;", null, null).visitEnd();
        List<java.util.function.Consumer<MethodVisitor>> chunks = consts.initChunks(name);
        for (int i = 0; i < chunks.size(); i++) {
            MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, "k$" + i, "()V", null, null);
            mv.visitCode();
            chunks.get(i).accept(mv);
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        if (hasK || hasN || !staticInit.isEmpty()) {
            MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
            mv.visitCode();
            if (hasK) {
                Gen.push(mv, consts.size());
                mv.visitTypeInsn(ANEWARRAY, Gen.PYOBJECT);
                mv.visitFieldInsn(PUTSTATIC, name, "K", "[L" + Gen.RT + "PyObject;");
            }
            if (hasN) {
                Gen.push(mv, consts.namesSize());
                mv.visitTypeInsn(ANEWARRAY, "[Ljava/lang/String;");
                mv.visitFieldInsn(PUTSTATIC, name, "N", "[[Ljava/lang/String;");
            }
            for (int i = 0; i < chunks.size(); i++) mv.visitMethodInsn(INVOKESTATIC, name, "k$" + i, "()V", false);
            for (var c : staticInit) c.accept(mv);
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        for (MethodNode m : methods) m.accept(cw);
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * Computes stack map frames knowing the runtime's class hierarchy (loaded from the compiler's own class
     * path) and treating generated classes as the runtime classes they extend.
     */
    static final class FrameClassWriter extends ClassWriter {
        FrameClassWriter() {
            super(COMPUTE_FRAMES | COMPUTE_MAXS);
        }

        @Override
        protected String getCommonSuperClass(String a, String b) {
            if (a.equals(b)) return a;
            Class<?> ca = load(a);
            Class<?> cb = load(b);
            if (ca == null || cb == null) return "java/lang/Object";
            if (ca.isAssignableFrom(cb)) return internal(ca);
            if (cb.isAssignableFrom(ca)) return internal(cb);
            if (ca.isInterface() || cb.isInterface()) return "java/lang/Object";
            do {
                ca = ca.getSuperclass();
            } while (!ca.isAssignableFrom(cb));
            return internal(ca);
        }

        private static String internal(Class<?> c) {
            return c.getName().replace('.', '/');
        }

        private static Class<?> load(String internalName) {
            String n = internalName;
            if (n.startsWith("pymod/")) {
                n = n.endsWith("/__module__") ? "dev/krait/runtime/CompiledModule" : "dev/krait/runtime/PyFunction";
            }
            try {
                return Class.forName(n.replace('/', '.'), false, ClassBuilder.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                return null;
            }
        }
    }
}
