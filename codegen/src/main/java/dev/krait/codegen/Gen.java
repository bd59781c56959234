package dev.krait.codegen;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Small bytecode idioms shared by the emitters. */
final class Gen implements Opcodes {
    static final String RT = "dev/krait/runtime/";
    static final String OBJ = "L" + RT + "PyObject;";
    static final String PYOBJECT = RT + "PyObject";

    private Gen() {}

    static void push(MethodVisitor mv, int i) {
        if (i >= -1 && i <= 5) mv.visitInsn(ICONST_0 + i);
        else if (i >= Byte.MIN_VALUE && i <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, i);
        else if (i >= Short.MIN_VALUE && i <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, i);
        else mv.visitLdcInsn(i);
    }

    /** Pushes a string constant, splitting ones too long for a single constant-pool entry. */
    static void pushString(MethodVisitor mv, String s) {
        if (utf8Length(s) < 65000) {
            mv.visitLdcInsn(s);
            return;
        }
        mv.visitTypeInsn(NEW, "java/lang/StringBuilder");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
        for (int i = 0; i < s.length(); i += 16000) {
            int end = Math.min(s.length(), i + 16000);
            if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) end--;
            mv.visitLdcInsn(s.substring(i, end));
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                    "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
            if (end != Math.min(s.length(), i + 16000)) i--;
        }
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c == 0 ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return n;
    }

    static void invokeRt(MethodVisitor mv, String cls, String name, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, RT + cls, name, desc, false);
    }

    static void invokeObj(MethodVisitor mv, String name, String desc) {
        mv.visitMethodInsn(INVOKEVIRTUAL, PYOBJECT, name, desc, false);
    }

    /** Method descriptor taking n PyObjects and returning a PyObject. */
    static String objDesc(int n) {
        return "(" + OBJ.repeat(n) + ")" + OBJ;
    }

    static void none(MethodVisitor mv) {
        mv.visitFieldInsn(GETSTATIC, RT + "PyNone", "NONE", "L" + RT + "PyNone;");
    }

    static void bool(MethodVisitor mv, boolean b) {
        mv.visitFieldInsn(GETSTATIC, RT + "PyBool", b ? "TRUE" : "FALSE", "L" + RT + "PyBool;");
    }
}
