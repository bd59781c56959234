package dev.krait.codegen;

import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Stmt;
import dev.krait.frontend.scope.Scope;
import dev.krait.frontend.scope.Symbol;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Generates the class of one function-like block (def, lambda, comprehension, class body): a final PyFunction
 * subclass with the body as an instance method taking the parameters as JVM arguments, fast {@code callN}
 * entry points for plain positional calls, and fields for the cells of its free variables.
 */
final class FunctionGen implements Opcodes {
    private static final String RT = Gen.RT;
    private static final String OBJ = Gen.OBJ;
    private static final String FN = RT + "PyFunction";

    /** What the creating code needs: the class, its free variables in constructor order, the constructor. */
    record Info(String className, List<String> freeVars, String constructorDesc) {
        /** The static factory {@code make}: the constructor's arguments, returning the function as a PyObject. */
        String factoryDesc() {
            return constructorDesc.substring(0, constructorDesc.length() - 1) + OBJ;
        }
    }

    static String cellField(String name) {
        return "c$" + name.replace('.', '$');
    }

    private FunctionGen() {}

    /** The co_flags bits beyond the signature's: nested, generator, coroutine, async generator (as CPython sets). */
    private static int codeFlags(Scope scope, List<String> free) {
        int f = 0;
        Scope parent = scope.parent();
        if (parent != null && parent.kind() != Scope.Kind.MODULE && parent.kind() != Scope.Kind.CLASS) f |= 0x10;
        boolean gen = scope.isGenerator();
        boolean coro = scope.isCoroutine() && scope.kind() == Scope.Kind.FUNCTION;
        if (gen && coro) f |= 0x200;
        else if (gen) f |= 0x20;
        else if (coro) f |= 0x80;
        return f;
    }

    static Info generate(ModuleGen mod, Scope scope, Object node) {
        String cname = mod.names.forBlock(scope.qualname());
        boolean gen = scope.isGenerator() || (scope.isCoroutine()
                && (scope.kind() == Scope.Kind.FUNCTION || scope.kind() == Scope.Kind.COMPREHENSION));
        ClassBuilder cb = new ClassBuilder(cname, FN, mod.sourceFileName());
        if (gen) cb.addInterface(RT + "GeneratorBody");
        List<String> free = scope.namesWith(Symbol.Binding.FREE);
        List<String> params = scope.kind() == Scope.Kind.CLASS ? List.of("ns") : scope.params();
        Sig sig = Sig.of(scope, node, params);
        String codeName = scope.kind() == Scope.Kind.CLASS ? scope.name() : scope.name();
        int firstLine = firstLine(node);
        cb.codeInfo(scope.qualname(), mod.file, firstLine);

        cb.field(ACC_STATIC | ACC_FINAL, "SIG", "L" + RT + "Signature;");
        int codeFlags = codeFlags(scope, free);
        cb.staticInit(mv -> {
            sig.emit(mv, cname);
            if (codeFlags != 0) {
                mv.visitFieldInsn(GETSTATIC, cname, "SIG", "L" + RT + "Signature;");
                Gen.push(mv, codeFlags);
                mv.visitFieldInsn(PUTFIELD, RT + "Signature", "codeFlags", "I");
            }
        });
        for (String f : free) cb.field(ACC_FINAL, cellField(f), "L" + RT + "PyCell;");

        StringBuilder ctorDesc = new StringBuilder("(L" + RT + "PyDict;[" + OBJ + "L" + RT + "PyDict;");
        for (int i = 0; i < free.size(); i++) ctorDesc.append("L" + RT + "PyCell;");
        ctorDesc.append(")V");
        constructor(cb, cname, ctorDesc.toString(), scope, free, mod, firstLine);
        factory(cb, cname, ctorDesc.toString(), free.size());
        closureInfo(cb, cname, scope, params, free);

        int n = params.size();
        if (n > 250) throw EmitterBase.unsupported((dev.krait.frontend.ast.Node) node, "more than 250 parameters");
        String bodyName = methodName(scope.name());
        String bodyDesc = Gen.objDesc(n);
        invoke(cb, cname, bodyName, bodyDesc, params, sig.bindOrder());
        fastCalls(cb, cname, bodyName, bodyDesc, sig, n);

        MethodNode body = cb.method(ACC_FINAL, bodyName, bodyDesc);
        if (gen) {
            boolean asyncGen = scope.isGenerator() && scope.isCoroutine();
            generatorClass(mod, cname);
            generatorFactory(body, cname, n, scope.isCoroutine() && !asyncGen, asyncGen);
            MethodNode resume = cb.method(ACC_PUBLIC | ACC_FINAL, "resumeGen", "(L" + RT + "PyGenerator;" + OBJ
                    + "Ljava/lang/Throwable;)" + OBJ);
            BodyEmitter g = new BodyEmitter(mod, cb, resume, scope, codeName, cname, 4, true);
            g.setUpFunction(params, node);
            if (node instanceof Stmt.FunctionDef f) g.emitStatements(f.body());
            else if (node instanceof Expr.Lambda l) g.emitExpressionBody(l.body());
            else if (node instanceof Expr.GeneratorExp ge) g.emitGeneratorExpression(ge);
            else g.emitComprehension((Expr) node);
            GeneratorTransform.transform(cname, resume, g.depthSlot, g.prologueEnd);
            mod.addClass(cname, cb.toBytes());
            return new Info(cname, free, ctorDesc.toString());
        }
        if (node instanceof Stmt.FunctionDef f && bodySize(f) > SPLIT_NODES) {
            splitBody(mod, cb, cname, scope, codeName, params, f, body);
            mod.addClass(cname, cb.toBytes());
            return new Info(cname, free, ctorDesc.toString());
        }
        BodyEmitter e = new BodyEmitter(mod, cb, body, scope, codeName, cname, n + 1);
        if (scope.kind() == Scope.Kind.CLASS) {
            e.setUpClassBody();
            e.emitClassBody((Stmt.ClassDef) node);
        } else {
            e.setUpFunction(params, node);
            if (node instanceof Stmt.FunctionDef f) e.emitStatements(f.body());
            else if (node instanceof Expr.Lambda l) e.emitExpressionBody(l.body());
            else e.emitComprehension((Expr) node);
        }
        mod.addClass(cname, cb.toBytes());
        return new Info(cname, free, ctorDesc.toString());
    }

    /**
     * Functions whose body has more AST nodes than this are split: their statements go into several chunk
     * methods sharing the locals through a frame array, so no JVM method passes the 64 KB limit.
     */
    static final int SPLIT_NODES = 2000;

    private static int bodySize(Stmt.FunctionDef f) {
        int[] count = {0};
        new dev.krait.frontend.ast.AstWalker() {
            @Override
            public void stmt(Stmt s) {
                count[0]++;
                super.stmt(s);
            }

            @Override
            public void expr(Expr e) {
                count[0]++;
                super.expr(e);
            }
        }.stmts(f.body());
        return count[0];
    }

    /**
     * A split function: its body method only builds the frame array (parameters, then fresh cells) and runs
     * the chunks in order until one returns a value; each chunk records its own traceback line and depth.
     */
    private static void splitBody(ModuleGen mod, ClassBuilder cb, String cname, Scope scope, String codeName,
                                  List<String> params, Stmt.FunctionDef f, MethodNode body) {
        java.util.Map<String, Integer> index = BodyEmitter.frameIndex(scope, params);
        String chunkDesc = "([" + OBJ + ")" + OBJ;
        List<String> chunks = new java.util.ArrayList<>();
        List<Stmt> stmts = f.body();
        int i = 0;
        while (i < stmts.size()) {
            String name = "chunk$" + chunks.size();
            MethodNode mn = cb.method(ACC_FINAL, name, chunkDesc);
            BodyEmitter e = new BodyEmitter(mod, cb, mn, scope, codeName, cname, 2);
            e.setUpFrame(params, f, index);
            e.startStatements();
            while (i < stmts.size()) {
                e.stmt(stmts.get(i++));
                if (mn.instructions.size() > ModuleGen.CHUNK_INSNS) break;
            }
            e.finishChunk();
            chunks.add(name);
        }
        int frame = params.size() + 1;
        Gen.push(body, index.size());
        body.visitTypeInsn(ANEWARRAY, Gen.PYOBJECT);
        body.visitVarInsn(ASTORE, frame);
        for (java.util.Map.Entry<String, Integer> en : index.entrySet()) {
            int param = params.indexOf(en.getKey());
            boolean cell = scope.bindingOf(en.getKey()) == Symbol.Binding.CELL;
            if (!cell && param < 0) continue;
            body.visitVarInsn(ALOAD, frame);
            Gen.push(body, en.getValue());
            if (cell) {
                body.visitTypeInsn(NEW, RT + "PyCell");
                body.visitInsn(DUP);
                if (param >= 0) {
                    body.visitVarInsn(ALOAD, param + 1);
                    body.visitMethodInsn(INVOKESPECIAL, RT + "PyCell", "<init>", "(" + OBJ + ")V", false);
                } else {
                    body.visitMethodInsn(INVOKESPECIAL, RT + "PyCell", "<init>", "()V", false);
                }
            } else {
                body.visitVarInsn(ALOAD, param + 1);
            }
            body.visitInsn(AASTORE);
        }
        Label ret = new Label();
        for (String c : chunks) {
            body.visitVarInsn(ALOAD, 0);
            body.visitVarInsn(ALOAD, frame);
            body.visitMethodInsn(INVOKEVIRTUAL, cname, c, chunkDesc, false);
            body.visitInsn(DUP);
            body.visitJumpInsn(IFNONNULL, ret);
            body.visitInsn(POP);
        }
        Gen.none(body);
        body.visitLabel(ret);
        body.visitInsn(ARETURN);
    }

    /**
     * The Java name of a function's body method: the Python name (so Java stack traces and profiles read well),
     * unless the function classes' own methods use it ({@code call1}, {@code add}, {@code next}...), where a
     * body of the same descriptor would override or clash with them.
     */
    static String methodName(String name) {
        String s = name.replace("<", "").replace(">", "").replace('.', '_');
        if (s.isEmpty() || s.equals("init") || s.equals("clinit")) return "_" + s;
        return INHERITED.contains(s) ? "py$" + s : s;
    }

    private static final java.util.Set<String> INHERITED = inheritedNames();

    private static java.util.Set<String> inheritedNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Class<?> c = dev.krait.runtime.PyFunction.class; c != null; c = c.getSuperclass()) {
            for (java.lang.reflect.Method m : c.getDeclaredMethods()) names.add(m.getName());
        }
        return names;
    }

    private static int firstLine(Object node) {
        if (node instanceof Stmt.FunctionDef f && !f.decorators().isEmpty()) return f.decorators().get(0).pos().line();
        return ((dev.krait.frontend.ast.Node) node).pos().line();
    }

    private static void constructor(ClassBuilder cb, String cname, String desc, Scope scope, List<String> free,
                                    ModuleGen mod, int firstLine) {
        MethodNode mv = cb.method(ACC_PUBLIC, "<init>", desc);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETSTATIC, cname, "SIG", "L" + RT + "Signature;");
        mv.visitLdcInsn(scope.name());
        mv.visitLdcInsn(scope.qualname());
        mv.visitVarInsn(ALOAD, 1);
        mod.pushFile(mv);
        Gen.push(mv, firstLine);
        mv.visitMethodInsn(INVOKESPECIAL, FN, "<init>", "(L" + RT + "Signature;Ljava/lang/String;Ljava/lang/String;L"
                + RT + "PyDict;Ljava/lang/String;I)V", false);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 2);
        mv.visitFieldInsn(PUTFIELD, FN, "defaults", "[" + OBJ);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 3);
        mv.visitFieldInsn(PUTFIELD, FN, "kwdefaults", "L" + RT + "PyDict;");
        for (int i = 0; i < free.size(); i++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, 4 + i);
            mv.visitFieldInsn(PUTFIELD, cname, cellField(free.get(i)), "L" + RT + "PyCell;");
        }
        mv.visitInsn(RETURN);
    }

    /**
     * co_freevars and co_cellvars in CPython's order (free variables sorted; cells that are parameters in
     * parameter order, then the others sorted), as class constants read only when asked for, and
     * {@code closure()} listing the cell fields for {@code __closure__}: nothing on the call path.
     */
    private static void closureInfo(ClassBuilder cb, String cname, Scope scope, List<String> params, List<String> free) {
        List<String> freeVars = new java.util.ArrayList<>(free);
        java.util.Collections.sort(freeVars);
        List<String> cells = scope.namesWith(Symbol.Binding.CELL);
        List<String> cellVars = new java.util.ArrayList<>();
        for (String p : params) if (cells.contains(p)) cellVars.add(p);
        List<String> rest = new java.util.ArrayList<>(cells);
        rest.removeAll(cellVars);
        java.util.Collections.sort(rest);
        cellVars.addAll(rest);
        if (scope.kind() == Scope.Kind.CLASS && scope.needsClassCell()) cellVars.add("__class__");
        if (!cellVars.isEmpty()) cb.constant("co$cellvars", String.join(" ", cellVars));
        if (freeVars.isEmpty()) return;
        cb.constant("co$freevars", String.join(" ", freeVars));
        String cell = RT + "PyCell";
        MethodNode mv = cb.method(ACC_PUBLIC | ACC_FINAL, "closure", "()[L" + cell + ";");
        Gen.push(mv, freeVars.size());
        mv.visitTypeInsn(ANEWARRAY, cell);
        for (int i = 0; i < freeVars.size(); i++) {
            mv.visitInsn(DUP);
            Gen.push(mv, i);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, cname, cellField(freeVars.get(i)), "L" + cell + ";");
            mv.visitInsn(AASTORE);
        }
        mv.visitInsn(ARETURN);
    }

    /** invoke(slots): slots come in binding order; the body takes parameters in declaration order. */
    /** A generator function's body just creates the generator object holding the arguments. */
    /** {@code cname$gen}: the generator objects of this function, whose step() calls the body directly. */
    private static void generatorClass(ModuleGen mod, String cname) {
        String gname = cname + "$gen";
        ClassBuilder gb = new ClassBuilder(gname, RT + "PyGenerator", mod.sourceFileName());
        String ctor = "(L" + FN + ";L" + RT + "GeneratorBody;[Ljava/lang/Object;Z)V";
        MethodNode init = gb.method(ACC_PUBLIC, "<init>", ctor);
        for (int i = 0; i <= 4; i++) init.visitVarInsn(i == 4 ? ILOAD : ALOAD, i);
        init.visitMethodInsn(INVOKESPECIAL, RT + "PyGenerator", "<init>", ctor, false);
        init.visitInsn(RETURN);
        MethodNode step = gb.method(ACC_PROTECTED | ACC_FINAL, "step", "(" + Gen.OBJ + "Ljava/lang/Throwable;)" + Gen.OBJ);
        step.visitVarInsn(ALOAD, 0);
        step.visitFieldInsn(GETFIELD, RT + "PyGenerator", "body", "L" + RT + "GeneratorBody;");
        step.visitTypeInsn(CHECKCAST, cname);
        step.visitVarInsn(ALOAD, 0);
        step.visitVarInsn(ALOAD, 1);
        step.visitVarInsn(ALOAD, 2);
        step.visitMethodInsn(INVOKEVIRTUAL, cname, "resumeGen", "(L" + RT + "PyGenerator;" + Gen.OBJ
                + "Ljava/lang/Throwable;)" + Gen.OBJ, false);
        step.visitInsn(ARETURN);
        mod.addClass(gname, gb.toBytes());
    }

    private static void generatorFactory(MethodNode mv, String cname, int n, boolean coroutine, boolean asyncGen) {
        mv.visitTypeInsn(NEW, cname + "$gen");
        mv.visitInsn(DUP);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 0);
        Gen.push(mv, n);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < n; i++) {
            mv.visitInsn(DUP);
            Gen.push(mv, i);
            mv.visitVarInsn(ALOAD, i + 1);
            mv.visitInsn(AASTORE);
        }
        mv.visitInsn(coroutine ? ICONST_1 : ICONST_0);
        mv.visitMethodInsn(INVOKESPECIAL, cname + "$gen", "<init>", "(L" + FN + ";L" + RT
                + "GeneratorBody;[Ljava/lang/Object;Z)V", false);
        // An async generator is its body's generator behind the async iteration protocol.
        if (asyncGen) mv.visitMethodInsn(INVOKESTATIC, RT + "Rt", "asyncGenerator", "(" + OBJ + ")" + OBJ, false);
        mv.visitInsn(ARETURN);
    }

    /** {@code static PyObject make(...)}: new + constructor, so creating code never has an uninitialised object on the stack. */
    private static void factory(ClassBuilder cb, String cname, String ctorDesc, int ncells) {
        String desc = ctorDesc.substring(0, ctorDesc.length() - 1) + OBJ;
        MethodNode mv = cb.method(ACC_STATIC, "make", desc);
        mv.visitTypeInsn(NEW, cname);
        mv.visitInsn(DUP);
        for (int i = 0; i < 3 + ncells; i++) mv.visitVarInsn(ALOAD, i);
        mv.visitMethodInsn(INVOKESPECIAL, cname, "<init>", ctorDesc, false);
        mv.visitInsn(ARETURN);
    }

    private static void invoke(ClassBuilder cb, String cname, String bodyName, String bodyDesc, List<String> params,
                               List<String> bindOrder) {
        MethodNode mv = cb.method(ACC_PUBLIC, "invoke", "([" + OBJ + ")" + OBJ);
        mv.visitVarInsn(ALOAD, 0);
        for (String p : params) {
            mv.visitVarInsn(ALOAD, 1);
            Gen.push(mv, bindOrder.indexOf(p));
            mv.visitInsn(AALOAD);
        }
        mv.visitMethodInsn(INVOKEVIRTUAL, cname, bodyName, bodyDesc, false);
        mv.visitInsn(ARETURN);
    }

    /** call0..call3 without argument binding, for plain positional parameters (filling trailing defaults). */
    private static void fastCalls(ClassBuilder cb, String cname, String bodyName, String bodyDesc, Sig sig, int n) {
        if (sig.varargs || sig.varkw || sig.kwonly > 0) return;
        for (int k = 0; k <= 3; k++) {
            if (k > n || k < n - sig.ndefaults) continue;
            MethodNode mv = cb.method(ACC_PUBLIC, "call" + k, Gen.objDesc(k));
            Label fallback = new Label();
            for (int i = k; i < n; i++) {
                mv.visitVarInsn(ALOAD, 0);
                Gen.push(mv, i);
                mv.visitMethodInsn(INVOKEVIRTUAL, FN, "defaultFor", "(I)" + OBJ, false);
                mv.visitInsn(DUP);
                mv.visitVarInsn(ASTORE, 1 + i);
                mv.visitJumpInsn(IFNULL, fallback);
            }
            mv.visitVarInsn(ALOAD, 0);
            for (int i = 0; i < n; i++) mv.visitVarInsn(ALOAD, 1 + i);
            mv.visitMethodInsn(INVOKEVIRTUAL, cname, bodyName, bodyDesc, false);
            mv.visitInsn(ARETURN);
            if (k < n) {
                mv.visitLabel(fallback);
                mv.visitVarInsn(ALOAD, 0);
                for (int i = 0; i < k; i++) mv.visitVarInsn(ALOAD, 1 + i);
                mv.visitMethodInsn(INVOKESPECIAL, FN, "call" + k, Gen.objDesc(k), false);
                mv.visitInsn(ARETURN);
            }
        }
    }

    /** The parameter shape of a block, for its Signature and fast paths. */
    record Sig(List<String> names, int posonly, int argcount, int kwonly, boolean varargs, boolean varkw, int ndefaults) {
        static Sig of(Scope scope, Object node, List<String> names) {
            dev.krait.frontend.ast.Arguments a = null;
            if (node instanceof Stmt.FunctionDef f) a = f.args();
            else if (node instanceof Expr.Lambda l) a = l.args();
            if (a == null) return new Sig(names, 0, names.size(), 0, false, false, 0);
            int posonly = a.posonlyargs().size();
            int argcount = posonly + a.args().size();
            return new Sig(names, posonly, argcount, a.kwonlyargs().size(), a.vararg() != null, a.kwarg() != null,
                    a.defaults().size());
        }

        /**
         * Emits {@code SIG = new Signature(...)}. The names array orders parameters as positional, keyword-only,
         * *args, **kwargs (the order Signature.bind fills them in); the body takes them in declaration order.
         */
        void emit(org.objectweb.asm.MethodVisitor mv, String cname) {
            mv.visitTypeInsn(NEW, RT + "Signature");
            mv.visitInsn(DUP);
            Gen.push(mv, names.size());
            mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
            List<String> order = bindOrder();
            for (int i = 0; i < order.size(); i++) {
                mv.visitInsn(DUP);
                Gen.push(mv, i);
                mv.visitLdcInsn(order.get(i));
                mv.visitInsn(AASTORE);
            }
            Gen.push(mv, posonly);
            Gen.push(mv, argcount);
            Gen.push(mv, kwonly);
            mv.visitInsn(varargs ? ICONST_1 : ICONST_0);
            mv.visitInsn(varkw ? ICONST_1 : ICONST_0);
            mv.visitMethodInsn(INVOKESPECIAL, RT + "Signature", "<init>", "([Ljava/lang/String;IIIZZ)V", false);
            mv.visitFieldInsn(PUTSTATIC, cname, "SIG", "L" + RT + "Signature;");
        }

        /** Declaration order is positional, *args, keyword-only, **kwargs; binding order puts *args after kwonly. */
        List<String> bindOrder() {
            if (!varargs) return names;
            java.util.ArrayList<String> r = new java.util.ArrayList<>(names.subList(0, argcount));
            r.addAll(names.subList(argcount + 1, argcount + 1 + kwonly));
            r.add(names.get(argcount));
            if (varkw) r.add(names.get(names.size() - 1));
            return r;
        }
    }
}
