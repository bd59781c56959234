package dev.krait.codegen;

import dev.krait.frontend.ast.Expr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The literal constants of one generated class: a static final PyObject[] {@code K} and String[][] {@code N}
 * (keyword-name arrays), filled once by the class initializer. One array keeps the constant pool small in
 * huge modules; a constant is one array load at run time.
 */
final class Consts implements Opcodes {
    static final String RT = "dev/krait/runtime/";
    private final List<Object> values = new ArrayList<>();
    private final Map<Object, Integer> index = new HashMap<>();
    private final List<String[]> names = new ArrayList<>();
    private final Map<List<String>, Integer> namesIndex = new HashMap<>();

    /** Index of a literal value (BigInteger, Double, Imaginary, String, Bytes). */
    int of(Object v) {
        Object key = v instanceof Double d ? List.of("float", Double.doubleToRawLongBits(d))
                : v instanceof Expr.Imaginary im ? List.of("imag", Double.doubleToRawLongBits(im.value()))
                : v instanceof String s ? List.of("str", s) : v;
        Integer i = index.get(key);
        if (i != null) return i;
        values.add(v);
        index.put(key, values.size() - 1);
        return values.size() - 1;
    }

    int names(String[] n) {
        List<String> key = List.of(n);
        Integer i = namesIndex.get(key);
        if (i != null) return i;
        names.add(n);
        namesIndex.put(key, names.size() - 1);
        return names.size() - 1;
    }

    boolean isEmpty() {
        return values.isEmpty() && names.isEmpty();
    }

    /** Emits {@code K[i]}. */
    void load(MethodVisitor mv, String owner, int i) {
        mv.visitFieldInsn(GETSTATIC, owner, "K", "[L" + RT + "PyObject;");
        Gen.push(mv, i);
        mv.visitInsn(AALOAD);
    }

    void loadNames(MethodVisitor mv, String owner, int i) {
        mv.visitFieldInsn(GETSTATIC, owner, "N", "[[Ljava/lang/String;");
        Gen.push(mv, i);
        mv.visitInsn(AALOAD);
    }

    /** Chunks of initialisation code: one static method per 500 constants, to stay under the 64 KB limit. */
    List<java.util.function.Consumer<MethodVisitor>> initChunks(String owner) {
        List<java.util.function.Consumer<MethodVisitor>> chunks = new ArrayList<>();
        for (int start = 0; start < values.size(); start += 500) {
            int s = start;
            int e = Math.min(values.size(), start + 500);
            chunks.add(mv -> {
                for (int i = s; i < e; i++) {
                    mv.visitFieldInsn(GETSTATIC, owner, "K", "[L" + RT + "PyObject;");
                    Gen.push(mv, i);
                    emitValue(mv, values.get(i));
                    mv.visitInsn(AASTORE);
                }
            });
        }
        for (int start = 0; start < names.size(); start += 300) {
            int s = start;
            int e = Math.min(names.size(), start + 300);
            chunks.add(mv -> {
                for (int i = s; i < e; i++) {
                    mv.visitFieldInsn(GETSTATIC, owner, "N", "[[Ljava/lang/String;");
                    Gen.push(mv, i);
                    String[] n = names.get(i);
                    Gen.push(mv, n.length);
                    mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
                    for (int j = 0; j < n.length; j++) {
                        mv.visitInsn(DUP);
                        Gen.push(mv, j);
                        mv.visitLdcInsn(n[j]);
                        mv.visitInsn(AASTORE);
                    }
                    mv.visitInsn(AASTORE);
                }
            });
        }
        return chunks;
    }

    int size() {
        return values.size();
    }

    int namesSize() {
        return names.size();
    }

    private static void emitValue(MethodVisitor mv, Object v) {
        if (v instanceof BigInteger b) {
            if (b.bitLength() < 64) {
                mv.visitLdcInsn(b.longValue());
                mv.visitMethodInsn(INVOKESTATIC, RT + "PyInt", "of", "(J)L" + RT + "PyInt;", false);
            } else {
                mv.visitTypeInsn(NEW, "java/math/BigInteger");
                mv.visitInsn(DUP);
                mv.visitLdcInsn(b.toString(16));
                Gen.push(mv, 16);
                mv.visitMethodInsn(INVOKESPECIAL, "java/math/BigInteger", "<init>", "(Ljava/lang/String;I)V", false);
                mv.visitMethodInsn(INVOKESTATIC, RT + "PyInt", "of", "(Ljava/math/BigInteger;)L" + RT + "PyInt;", false);
            }
        } else if (v instanceof Double d) {
            mv.visitTypeInsn(NEW, RT + "PyFloat");
            mv.visitInsn(DUP);
            mv.visitLdcInsn(d);
            mv.visitMethodInsn(INVOKESPECIAL, RT + "PyFloat", "<init>", "(D)V", false);
        } else if (v instanceof Expr.Imaginary im) {
            mv.visitTypeInsn(NEW, RT + "PyComplex");
            mv.visitInsn(DUP);
            mv.visitInsn(DCONST_0);
            mv.visitLdcInsn(im.value());
            mv.visitMethodInsn(INVOKESPECIAL, RT + "PyComplex", "<init>", "(DD)V", false);
        } else if (v instanceof String s) {
            Gen.pushString(mv, s);
            mv.visitMethodInsn(INVOKESTATIC, RT + "PyStr", "of", "(Ljava/lang/String;)L" + RT + "PyStr;", false);
        } else if (v instanceof Expr.Bytes b) {
            Gen.pushString(mv, new String(b.value(), java.nio.charset.StandardCharsets.ISO_8859_1));
            mv.visitMethodInsn(INVOKESTATIC, RT + "Rt", "bytesConst", "(Ljava/lang/String;)L" + RT + "PyObject;", false);
        } else {
            throw new IllegalStateException("not a constant: " + v);
        }
    }

    static Type pyObject() {
        return Type.getObjectType(RT + "PyObject");
    }
}
