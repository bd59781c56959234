package dev.krait.codegen;

import dev.krait.frontend.ast.Arg;
import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Module;
import dev.krait.frontend.ast.Operator;
import dev.krait.frontend.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Typed Java facades: for a module whose top-level functions are annotated with int, float, bool, str, bytes,
 * None, list[...], dict[...], set[...], tuple[...] or Optional[...], a class {@code krait.facade.<Module>} with a
 * static method per such function ({@code def add(a: int, b: int) -> int} becomes {@code long add(long, long)}),
 * so javac checks the calls. Each method converts its arguments, calls the compiled function and converts and
 * checks the result (dev.krait.embed.Facades).
 */
final class FacadeGen implements Opcodes {
    private FacadeGen() {}

    static final String PACKAGE = "krait/facade/";
    private static final String RT = Gen.RT;
    private static final String OBJ = Gen.OBJ;
    private static final String FACADES = "dev/krait/embed/Facades";

    /** A parameter or result type: its Java descriptor, generic signature and how it converts. */
    private record JType(String desc, String signature, String kind, boolean optional) {
        boolean primitive() {
            return desc.length() == 1;
        }
    }

    /** The facade class name for a module ("pkg.mathutils" gives krait/facade/Mathutils). */
    static String className(String module) {
        String last = module.substring(module.lastIndexOf('.') + 1);
        StringBuilder sb = new StringBuilder();
        boolean up = true;
        for (char c : last.toCharArray()) {
            if (c == '_') {
                up = true;
                continue;
            }
            sb.append(up ? Character.toUpperCase(c) : c);
            up = false;
        }
        return PACKAGE + sb;
    }

    /** The facade class of a module, or null when none of its functions is fully annotated with supported types. */
    static byte[] generate(String module, Module ast) {
        String cname = className(module);
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, cname, null, "java/lang/Object", null);
        int count = 0;
        for (Stmt s : ast.body()) {
            if (!(s instanceof Stmt.FunctionDef f) || f.isAsync() || !f.decorators().isEmpty()) continue;
            if (f.name().startsWith("_") || f.args().vararg() != null || f.args().kwarg() != null) continue;
            if (!f.args().kwonlyargs().isEmpty()) continue;
            List<Arg> params = new ArrayList<>(f.args().posonlyargs());
            params.addAll(f.args().args());
            List<JType> types = new ArrayList<>();
            boolean ok = true;
            for (Arg a : params) {
                JType t = a.annotation() == null ? null : type(a.annotation(), false);
                if (t == null || t.kind.equals("None")) ok = false;
                types.add(t);
            }
            JType ret = f.returns() == null ? null : type(f.returns(), true);
            if (!ok || ret == null) continue;
            method(cw, cname, module, f.name(), types, ret);
            count++;
        }
        cw.visitEnd();
        return count == 0 ? null : cw.toByteArray();
    }

    private static JType scalar(String name, boolean optional) {
        return switch (name) {
            case "int" -> optional ? new JType("Ljava/lang/Long;", null, "int", true) : new JType("J", null, "int", false);
            case "float" -> optional ? new JType("Ljava/lang/Double;", null, "float", true) : new JType("D", null, "float", false);
            case "bool" -> optional ? new JType("Ljava/lang/Boolean;", null, "bool", true) : new JType("Z", null, "bool", false);
            case "str" -> new JType("Ljava/lang/String;", null, "str", optional);
            case "bytes" -> new JType("[B", null, "bytes", optional);
            default -> null;
        };
    }

    /** The Java type of an annotation, or null when it has none here. */
    private static JType type(Expr e, boolean isReturn) {
        if (e instanceof Expr.Constant c && c.value() == Expr.Constant.NONE) {
            return isReturn ? new JType("V", null, "None", false) : null;
        }
        if (e instanceof Expr.Name n) {
            if (n.id().equals("None")) return isReturn ? new JType("V", null, "None", false) : null;
            JType t = scalar(n.id(), false);
            if (t != null) return t;
            return switch (n.id()) {
                case "list", "tuple" -> new JType("Ljava/util/List;", null, n.id(), false);
                case "dict" -> new JType("Ljava/util/Map;", null, "dict", false);
                case "set" -> new JType("Ljava/util/Set;", null, "set", false);
                default -> null;
            };
        }
        if (e instanceof Expr.BinOp b && b.op() == Operator.BITOR && isNone(b.right())) return optional(b.left());
        if (e instanceof Expr.Subscript s && s.value() instanceof Expr.Name n) {
            List<Expr> args = s.slice() instanceof Expr.Tuple t ? t.elts() : List.of(s.slice());
            switch (n.id()) {
                case "Optional":
                    return args.size() == 1 ? optional(args.get(0)) : null;
                case "list", "List", "set", "Set": {
                    String elem = boxed(args.get(0));
                    if (elem == null || args.size() != 1) return null;
                    boolean list = n.id().equalsIgnoreCase("list");
                    String raw = list ? "java/util/List" : "java/util/Set";
                    return new JType("L" + raw + ";", "L" + raw + "<" + elem + ">;", list ? "list" : "set", false);
                }
                case "dict", "Dict": {
                    if (args.size() != 2) return null;
                    String k = boxed(args.get(0));
                    String v = boxed(args.get(1));
                    if (k == null || v == null) return null;
                    return new JType("Ljava/util/Map;", "Ljava/util/Map<" + k + v + ">;", "dict", false);
                }
                case "tuple", "Tuple":
                    return new JType("Ljava/util/List;", "Ljava/util/List<Ljava/lang/Object;>;", "tuple", false);
                default:
                    return null;
            }
        }
        return null;
    }

    private static boolean isNone(Expr e) {
        return e instanceof Expr.Constant c && c.value() == Expr.Constant.NONE
                || e instanceof Expr.Name n && n.id().equals("None");
    }

    private static JType optional(Expr inner) {
        if (inner instanceof Expr.Name n) return scalar(n.id(), true);
        JType t = type(inner, false);
        return t == null || t.primitive() ? null : new JType(t.desc, t.signature, t.kind, true);
    }

    /** The boxed Java type of a container element, as a descriptor (nested containers allowed). */
    private static String boxed(Expr e) {
        JType t = type(e, false);
        if (t == null || t.kind.equals("None")) return null;
        return switch (t.desc) {
            case "J" -> "Ljava/lang/Long;";
            case "D" -> "Ljava/lang/Double;";
            case "Z" -> "Ljava/lang/Boolean;";
            default -> t.signature != null ? t.signature : t.desc;
        };
    }

    private static void method(ClassWriter cw, String cname, String module, String name, List<JType> params, JType ret) {
        StringBuilder desc = new StringBuilder("(");
        StringBuilder sig = new StringBuilder("(");
        boolean generic = ret.signature != null;
        for (JType t : params) {
            desc.append(t.desc);
            sig.append(t.signature != null ? t.signature : t.desc);
            generic |= t.signature != null;
        }
        desc.append(')').append(ret.desc);
        sig.append(')').append(ret.signature != null ? ret.signature : ret.desc);
        String field = "f$" + name;
        cw.visitField(ACC_PRIVATE | ACC_STATIC, field, OBJ, null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, name, desc.toString(), generic ? sig.toString() : null, null);
        mv.visitCode();
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitTryCatchBlock(start, end, handler, RT + "PyException");
        // The function object, looked up once.
        mv.visitFieldInsn(GETSTATIC, cname, field, OBJ);
        Label have = new Label();
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, have);
        mv.visitInsn(POP);
        mv.visitLdcInsn(module);
        mv.visitLdcInsn(name);
        mv.visitMethodInsn(INVOKESTATIC, FACADES, "function", "(Ljava/lang/String;Ljava/lang/String;)" + OBJ, false);
        mv.visitInsn(DUP);
        mv.visitFieldInsn(PUTSTATIC, cname, field, OBJ);
        mv.visitLabel(have);
        mv.visitLabel(start);
        int slot = 0;
        boolean array = params.size() > 3;
        if (array) {
            Gen.push(mv, params.size());
            mv.visitTypeInsn(ANEWARRAY, RT + "PyObject");
        }
        for (int i = 0; i < params.size(); i++) {
            JType t = params.get(i);
            if (array) {
                mv.visitInsn(DUP);
                Gen.push(mv, i);
            }
            switch (t.desc) {
                case "J" -> {
                    mv.visitVarInsn(LLOAD, slot);
                    mv.visitMethodInsn(INVOKESTATIC, FACADES, "py", "(J)" + OBJ, false);
                    slot += 2;
                }
                case "D" -> {
                    mv.visitVarInsn(DLOAD, slot);
                    mv.visitMethodInsn(INVOKESTATIC, FACADES, "py", "(D)" + OBJ, false);
                    slot += 2;
                }
                case "Z" -> {
                    mv.visitVarInsn(ILOAD, slot);
                    mv.visitMethodInsn(INVOKESTATIC, FACADES, "py", "(Z)" + OBJ, false);
                    slot += 1;
                }
                default -> {
                    mv.visitVarInsn(ALOAD, slot);
                    mv.visitMethodInsn(INVOKESTATIC, FACADES, "py", "(Ljava/lang/Object;)" + OBJ, false);
                    slot += 1;
                }
            }
            if (array) mv.visitInsn(AASTORE);
        }
        if (array) {
            mv.visitInsn(ACONST_NULL);
            mv.visitMethodInsn(INVOKEVIRTUAL, RT + "PyObject", "call", "([" + OBJ + "[Ljava/lang/String;)" + OBJ, false);
        } else {
            mv.visitMethodInsn(INVOKEVIRTUAL, RT + "PyObject", "call" + params.size(), Gen.objDesc(params.size()), false);
        }
        mv.visitLabel(end);
        String fn = module + "." + name;
        mv.visitLdcInsn(fn);
        switch (ret.kind + (ret.optional || !ret.primitive() && !ret.desc.equals("V") ? "?" : "")) {
            case "None" -> {
                mv.visitMethodInsn(INVOKESTATIC, FACADES, "toVoid", "(" + OBJ + "Ljava/lang/String;)V", false);
                mv.visitInsn(RETURN);
            }
            case "int" -> {
                mv.visitMethodInsn(INVOKESTATIC, FACADES, "toLong", "(" + OBJ + "Ljava/lang/String;)J", false);
                mv.visitInsn(LRETURN);
            }
            case "float" -> {
                mv.visitMethodInsn(INVOKESTATIC, FACADES, "toDouble", "(" + OBJ + "Ljava/lang/String;)D", false);
                mv.visitInsn(DRETURN);
            }
            case "bool" -> {
                mv.visitMethodInsn(INVOKESTATIC, FACADES, "toBoolean", "(" + OBJ + "Ljava/lang/String;)Z", false);
                mv.visitInsn(IRETURN);
            }
            case "str?" -> {
                mv.visitInsn(ret.optional ? ICONST_1 : ICONST_0);
                mv.visitMethodInsn(INVOKESTATIC, FACADES, "toStr", "(" + OBJ + "Ljava/lang/String;Z)Ljava/lang/String;", false);
                mv.visitInsn(ARETURN);
            }
            case "bytes?" -> {
                mv.visitInsn(ret.optional ? ICONST_1 : ICONST_0);
                mv.visitMethodInsn(INVOKESTATIC, FACADES, "toBytes", "(" + OBJ + "Ljava/lang/String;Z)[B", false);
                mv.visitInsn(ARETURN);
            }
            default -> {
                mv.visitLdcInsn(ret.kind);
                mv.visitInsn(ret.optional ? ICONST_1 : ICONST_0);
                mv.visitMethodInsn(INVOKESTATIC, FACADES, "toObject",
                        "(" + OBJ + "Ljava/lang/String;Ljava/lang/String;Z)Ljava/lang/Object;", false);
                mv.visitTypeInsn(CHECKCAST, ret.desc.substring(1, ret.desc.length() - 1));
                mv.visitInsn(ARETURN);
            }
        }
        mv.visitLabel(handler);
        mv.visitMethodInsn(INVOKESTATIC, FACADES, "error", "(L" + RT + "PyException;)Ljava/lang/RuntimeException;", false);
        mv.visitInsn(ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
