package dev.krait.codegen;

import dev.krait.frontend.SourceLines;
import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Module;
import dev.krait.frontend.ast.Node;
import dev.krait.frontend.ast.Stmt;
import dev.krait.frontend.scope.Scope;
import dev.krait.frontend.scope.SymbolTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Generates the classes of one module: the module class (globals dict, one GlobalSite per global name, the
 * body split into chunks under the JVM's method size limit) and, through FunctionGen, a class per block.
 * In exec/eval mode the module class is a PyCode whose top-level names live in a namespace mapping.
 */
final class ModuleGen implements Opcodes {
    enum Mode { MODULE, EXEC, EVAL, SINGLE }

    private static final String RT = Gen.RT;
    private static final String OBJ = Gen.OBJ;
    /** Instructions per module chunk before starting a new method (well under 64 KB). */
    static final int CHUNK_INSNS = 6000;

    final String moduleName;
    final String file;
    final SymbolTable table;
    final ClassNames names;
    final String moduleClass;
    final boolean futureAnnotations;
    final boolean optimize;
    final Mode mode;
    private final SourceLines source;
    private final boolean isPackage;
    private final Map<String, byte[]> classes = new LinkedHashMap<>();
    private final Map<String, Integer> sites = new LinkedHashMap<>();

    ModuleGen(String moduleName, String file, String sourceText, SymbolTable table, boolean isPackage, boolean optimize,
              Mode mode, String moduleClass) {
        this.moduleName = moduleName;
        this.file = file;
        this.table = table;
        this.isPackage = isPackage;
        this.optimize = optimize;
        this.mode = mode;
        this.names = new ClassNames(moduleName);
        this.moduleClass = moduleClass;
        this.source = new SourceLines(file, sourceText);
        this.futureAnnotations = hasFutureAnnotations((Module) table.top().node());
    }

    private static boolean hasFutureAnnotations(Module m) {
        for (Stmt s : m.body()) {
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                for (var a : f.names()) if (a.name().equals("annotations")) return true;
            }
        }
        return false;
    }

    String sourceFileName() {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? file : file.substring(slash + 1);
    }

    void addClass(String internalName, byte[] bytes) {
        classes.put(internalName, bytes);
    }

    Map<String, byte[]> classes() {
        return classes;
    }

    FunctionGen.Info compileBlock(Scope child, Object node) {
        return FunctionGen.generate(this, child, node);
    }

    void loadGlobalsDict(MethodVisitor mv) {
        mv.visitFieldInsn(GETSTATIC, moduleClass, "G", "L" + RT + "PyDict;");
    }

    void loadSite(MethodVisitor mv, String name) {
        Integer i = sites.get(name);
        if (i == null) {
            i = sites.size();
            sites.put(name, i);
        }
        mv.visitFieldInsn(GETSTATIC, moduleClass, "s" + i, "L" + RT + "GlobalSite;");
    }

    void pushFile(MethodVisitor mv) {
        mv.visitLdcInsn(file);
    }

    /** One line of the source (1-based), or null. */
    String sourceLine(int line) {
        return source.line(line);
    }

    /** The source text of a node (for stringified annotations). */
    String sourceText(Node n) {
        var p = n.pos();
        StringBuilder sb = new StringBuilder();
        for (int l = p.line(); l <= p.endLine(); l++) {
            String text = source.line(l);
            if (text == null) break;
            int a = l == p.line() ? text.offsetByCodePoints(0, Math.min(p.col(), text.codePointCount(0, text.length()))) : 0;
            int b = l == p.endLine() ? text.offsetByCodePoints(0, Math.min(p.endCol(), text.codePointCount(0, text.length())))
                    : text.length();
            if (sb.length() > 0) sb.append('\n');
            sb.append(text, a, Math.max(a, b));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ the module class

    void generate(Module m) {
        boolean code = mode != Mode.MODULE;
        ClassBuilder cb = new ClassBuilder(moduleClass, code ? RT + "PyCode" : RT + "CompiledModule", sourceFileName());
        cb.codeInfo("<module>", file, 1);
        Scope top = table.top();
        List<String> chunks = new java.util.ArrayList<>();
        String chunkDesc = code ? Gen.objDesc(1) : "()" + OBJ;
        if (mode == Mode.EVAL) {
            MethodNode mn = cb.method(ACC_STATIC, "chunk$0", chunkDesc);
            BodyEmitter e = new BodyEmitter(this, cb, mn, top, "<module>", null, 1);
            e.nsSlot = 0;
            Stmt.ExprStmt only = (Stmt.ExprStmt) m.body().get(0);
            e.emitExpressionBody(only.value());
            chunks.add("chunk$0");
        } else {
            int i = 0;
            List<Stmt> body = m.body();
            while (i < body.size() || chunks.isEmpty()) {
                String name = "chunk$" + chunks.size();
                MethodNode mn = cb.method(ACC_STATIC, name, chunkDesc);
                BodyEmitter e = new BodyEmitter(this, cb, mn, top, "<module>", null, code ? 1 : 0);
                if (code) e.nsSlot = 0;
                e.startStatements();
                while (i < body.size()) {
                    e.stmt(body.get(i++));
                    if (mn.instructions.size() > CHUNK_INSNS) break;
                }
                e.finishStatements();
                chunks.add(name);
            }
        }
        cb.field(ACC_PUBLIC | ACC_STATIC, "G", "L" + RT + "PyDict;");
        for (int i = 0; i < sites.size(); i++) cb.field(ACC_PUBLIC | ACC_STATIC, "s" + i, "L" + RT + "GlobalSite;");
        if (code) codeMethods(cb, chunks);
        else moduleMethods(cb, m, chunks);
        addClass(moduleClass, cb.toBytes());
    }

    private void initGlobals(MethodVisitor mv) {
        mv.visitFieldInsn(PUTSTATIC, moduleClass, "G", "L" + RT + "PyDict;");
        for (Map.Entry<String, Integer> s : sites.entrySet()) {
            mv.visitTypeInsn(NEW, RT + "GlobalSite");
            mv.visitInsn(DUP);
            loadGlobalsDict(mv);
            mv.visitLdcInsn(s.getKey());
            mv.visitMethodInsn(INVOKESPECIAL, RT + "GlobalSite", "<init>", "(L" + RT + "PyDict;Ljava/lang/String;)V", false);
            mv.visitFieldInsn(PUTSTATIC, moduleClass, "s" + s.getValue(), "L" + RT + "GlobalSite;");
        }
    }

    private void moduleMethods(ClassBuilder cb, Module m, List<String> chunks) {
        MethodNode ctor = cb.method(ACC_PUBLIC, "<init>", "()V");
        ctor.visitVarInsn(ALOAD, 0);
        ctor.visitMethodInsn(INVOKESPECIAL, RT + "CompiledModule", "<init>", "()V", false);
        ctor.visitInsn(RETURN);
        MethodNode f = cb.method(ACC_PUBLIC, "file", "()Ljava/lang/String;");
        f.visitLdcInsn(file);
        f.visitInsn(ARETURN);
        MethodNode p = cb.method(ACC_PUBLIC, "isPackage", "()Z");
        p.visitInsn(isPackage ? ICONST_1 : ICONST_0);
        p.visitInsn(IRETURN);
        MethodNode ex = cb.method(ACC_PUBLIC, "execute", "(L" + RT + "PyModule;)V");
        ex.visitVarInsn(ALOAD, 1);
        ex.visitFieldInsn(GETFIELD, RT + "PyModule", "dict", "L" + RT + "PyDict;");
        initGlobals(ex);
        String doc = BodyEmitter.docstring(m.body());
        if (doc != null) {
            loadGlobalsDict(ex);
            ex.visitLdcInsn("__doc__");
            Gen.pushString(ex, doc);
            ex.visitMethodInsn(INVOKESTATIC, RT + "PyStr", "of", "(Ljava/lang/String;)L" + RT + "PyStr;", false);
            ex.visitMethodInsn(INVOKEVIRTUAL, RT + "PyDict", "setStr", "(Ljava/lang/String;" + OBJ + ")V", false);
        }
        if (BodyEmitter.hasAnnotations(m.body())) {
            loadGlobalsDict(ex);
            ex.visitMethodInsn(INVOKESTATIC, RT + "Rt", "annotations", Gen.objDesc(1), false);
            ex.visitInsn(POP);
        }
        for (String c : chunks) {
            ex.visitMethodInsn(INVOKESTATIC, moduleClass, c, "()" + OBJ, false);
            ex.visitInsn(POP);
        }
        ex.visitInsn(RETURN);
    }

    private void codeMethods(ClassBuilder cb, List<String> chunks) {
        MethodNode ctor = cb.method(ACC_PUBLIC, "<init>", "()V");
        ctor.visitVarInsn(ALOAD, 0);
        ctor.visitLdcInsn(file);
        ctor.visitLdcInsn(mode == Mode.EVAL ? "eval" : mode == Mode.SINGLE ? "single" : "exec");
        ctor.visitMethodInsn(INVOKESPECIAL, RT + "PyCode", "<init>", "(Ljava/lang/String;Ljava/lang/String;)V", false);
        ctor.visitInsn(RETURN);
        MethodNode run = cb.method(ACC_PUBLIC, "run", "(L" + RT + "PyDict;" + OBJ + ")" + OBJ);
        run.visitVarInsn(ALOAD, 1);
        initGlobals(run);
        if (mode == Mode.EVAL) {
            run.visitVarInsn(ALOAD, 2);
            run.visitMethodInsn(INVOKESTATIC, moduleClass, chunks.get(0), Gen.objDesc(1), false);
            run.visitInsn(ARETURN);
            return;
        }
        for (String c : chunks) {
            run.visitVarInsn(ALOAD, 2);
            run.visitMethodInsn(INVOKESTATIC, moduleClass, c, Gen.objDesc(1), false);
            run.visitInsn(POP);
        }
        Gen.none(run);
        run.visitInsn(ARETURN);
    }

    static boolean isDocstring(Stmt s) {
        return s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant k && k.value() instanceof String;
    }
}
