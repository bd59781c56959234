package dev.krait.codegen;

import dev.krait.frontend.ast.Arg;
import dev.krait.frontend.ast.Arguments;
import dev.krait.frontend.ast.Comprehension;
import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Stmt;
import dev.krait.frontend.ast.WithItem;
import dev.krait.frontend.scope.Scope;
import dev.krait.frontend.scope.Symbol;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.tree.MethodNode;

/**
 * The JVM method of one code block: a function, lambda, comprehension or class body (an instance method of
 * its function class, slot 0 being the function object), or a chunk of module code (a static method).
 */
final class BodyEmitter extends MatchEmitter {
    /** Internal name of the function class (for cell fields), or null for module code. */
    private final String fnClass;
    private final Set<String> params = new HashSet<>();
    private final Set<String> deleted = new HashSet<>();
    private int classCellSlot = -1;
    /** True for the resume method of a generator or coroutine (slots 1-3: generator, sent, thrown). */
    private final boolean generator;

    BodyEmitter(ModuleGen mod, ClassBuilder cls, MethodNode mv, Scope scope, String codeName, String fnClass,
                int firstFreeSlot) {
        this(mod, cls, mv, scope, codeName, fnClass, firstFreeSlot, false);
    }

    BodyEmitter(ModuleGen mod, ClassBuilder cls, MethodNode mv, Scope scope, String codeName, String fnClass,
                int firstFreeSlot, boolean generator) {
        super(mod, cls, mv, scope, codeName, firstFreeSlot);
        this.fnClass = fnClass;
        this.generator = generator;
        this.retSlot = newSlot();
    }

    // ------------------------------------------------------------------ set-up

    /** Maps parameters (already in slots 1..n) and allocates locals and cells; emits cell creation. */
    void setUpFunction(List<String> paramNames, Object node) {
        for (int i = 0; i < paramNames.size(); i++) {
            if (generator) {
                int slot = newSlot();
                mv.visitVarInsn(ALOAD, 1);
                mv.visitFieldInsn(GETFIELD, RT + "PyGenerator", "refs", "[Ljava/lang/Object;");
                push(i);
                mv.visitInsn(AALOAD);
                checkcast(PYOBJECT);
                mv.visitVarInsn(ASTORE, slot);
                slots.put(paramNames.get(i), slot);
            } else {
                slots.put(paramNames.get(i), i + 1);
            }
            params.add(paramNames.get(i));
        }
        collectDeleted(node);
        for (Symbol s : scope.symbols().values()) {
            if (s.binding() == Symbol.Binding.LOCAL && !slots.containsKey(s.name())) {
                slots.put(s.name(), newSlot());
            } else if (s.binding() == Symbol.Binding.CELL) {
                int cell = newSlot();
                mv.visitTypeInsn(NEW, RT + "PyCell");
                mv.visitInsn(DUP);
                Integer paramSlot = slots.get(s.name());
                if (paramSlot != null) {
                    mv.visitVarInsn(ALOAD, paramSlot);
                    mv.visitMethodInsn(INVOKESPECIAL, RT + "PyCell", "<init>", "(" + OBJ + ")V", false);
                } else {
                    mv.visitMethodInsn(INVOKESPECIAL, RT + "PyCell", "<init>", "()V", false);
                }
                mv.visitVarInsn(ASTORE, cell);
                slots.put(s.name(), cell);
            }
        }
    }

    /**
     * A chunk of a split function: Python locals and cells live in the frame array (slot 1), which the
     * function's entry method fills; {@code index} gives each name's place in it.
     */
    void setUpFrame(List<String> paramNames, Object node, java.util.Map<String, Integer> index) {
        frameSlot = 1;
        slots.putAll(index);
        params.addAll(paramNames);
        collectDeleted(node);
    }

    /** Frame-array indices for a split function: parameters first, then the other locals and cells. */
    static java.util.Map<String, Integer> frameIndex(Scope scope, List<String> paramNames) {
        java.util.Map<String, Integer> index = new java.util.LinkedHashMap<>();
        for (String p : paramNames) index.put(p, index.size());
        for (Symbol s : scope.symbols().values()) {
            if ((s.binding() == Symbol.Binding.LOCAL || s.binding() == Symbol.Binding.CELL) && !index.containsKey(s.name())) {
                index.put(s.name(), index.size());
            }
        }
        return index;
    }

    /** Ends a chunk of a split function: falling off its end returns null (go on with the next chunk). */
    void finishChunk() {
        Label end = new Label();
        mv.visitInsn(ACONST_NULL);
        mv.visitInsn(ARETURN);
        mv.visitLabel(end);
        handlerTail(bodyStart, end, new Label());
    }

    /** Class bodies: slot 1 holds the namespace; the __class__ cell is created when methods need it. */
    void setUpClassBody() {
        nsSlot = 1;
        if (scope.needsClassCell()) {
            classCellSlot = newSlot();
            mv.visitTypeInsn(NEW, RT + "PyCell");
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, RT + "PyCell", "<init>", "()V", false);
            mv.visitVarInsn(ASTORE, classCellSlot);
        }
    }

    int classCellSlot() {
        return classCellSlot;
    }

    private void collectDeleted(Object node) {
        new dev.krait.frontend.ast.AstWalker() {
            @Override
            protected void visitName(Expr.Name e) {
                if (e.ctx() == dev.krait.frontend.ast.Ctx.DEL) deleted.add(mangle(e.id()));
            }

            @Override
            protected void visitFunctionDef(Stmt.FunctionDef s) {}

            @Override
            protected void visitClassDef(Stmt.ClassDef s) {}

            @Override
            protected void visitLambda(Expr.Lambda e) {}
        }.walkBody(node);
    }

    @Override
    boolean isDefinitelyBound(String mangled) {
        return params.contains(mangled) && !deleted.contains(mangled);
    }

    // ------------------------------------------------------------------ bodies

    private Label bodyStart;

    /** The statements of a function, then an implicit {@code return None}. */
    void emitStatements(List<Stmt> body) {
        startStatements();
        stmts(body);
        finishStatements();
    }

    /** Begins a body emitted statement by statement (module chunks). */
    void startStatements() {
        bodyStart = new Label();
        mv.visitLabel(bodyStart);
        if (generator) throwIfThrown();
    }

    /** A generator's first resume with an exception (throw() before start) raises it at the first line. */
    private void throwIfThrown() {
        Label ok = new Label();
        mv.visitVarInsn(ALOAD, 3);
        mv.visitJumpInsn(IFNULL, ok);
        mv.visitVarInsn(ALOAD, 3);
        athrow();
        mv.visitLabel(ok);
    }

    void finishStatements() {
        Label end = new Label();
        none();
        if (generator) {
            mv.visitVarInsn(ASTORE, retSlot);
            emitReturnFromRetSlot();
        } else {
            mv.visitInsn(ARETURN);
        }
        mv.visitLabel(end);
        handlerTail(bodyStart, end, new Label());
    }

    /** A lambda: return its expression. */
    void emitExpressionBody(Expr body) {
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitLabel(start);
        line(body);
        if (generator) throwIfThrown();
        expr(body);
        if (generator) {
            mv.visitVarInsn(ASTORE, retSlot);
            emitReturnFromRetSlot();
        } else {
            mv.visitInsn(ARETURN);
        }
        mv.visitLabel(end);
        handlerTail(start, end, handler);
    }

    /** A generator expression: yield each element. */
    void emitGeneratorExpression(Expr.GeneratorExp node) {
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitLabel(start);
        line(node);
        throwIfThrown();
        comprehensionLoop(node.generators(), 0, () -> {
            expr(node.elt());
            if (scope.isCoroutine()) invokeRt("asyncGenWrap", "(" + OBJ + ")" + OBJ);
            suspendYield();
            mv.visitInsn(POP);
        });
        none();
        mv.visitVarInsn(ASTORE, retSlot);
        emitReturnFromRetSlot();
        mv.visitLabel(end);
        handlerTail(start, end, handler);
    }

    /** The function-wide handler that adds this frame to a passing exception's traceback. */
    private void handlerTail(Label start, Label end, Label handler) {
        catchAll(start, end, handler);
        mv.visitLabel(handler);
        recordFrame();
        athrow();
        org.objectweb.asm.tree.AbstractInsnNode rethrow = mv.instructions.getLast();
        finishSlots();
        leaveBeforeThrow(rethrow);
    }

    /** A class body: set __module__, __qualname__, __doc__, run the statements, return the __class__ cell. */
    void emitClassBody(Stmt.ClassDef c) {
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitLabel(start);
        line(c);
        mv.visitVarInsn(ALOAD, nsSlot);
        mv.visitLdcInsn("__module__");
        mod.loadGlobalsDict(mv);
        mv.visitLdcInsn("__name__");
        invokeRt("loadGlobal", "(L" + RT + "PyDict;Ljava/lang/String;)" + OBJ);
        invokeRt("storeName", "(" + OBJ + "Ljava/lang/String;" + OBJ + ")V");
        mv.visitVarInsn(ALOAD, nsSlot);
        mv.visitLdcInsn("__qualname__");
        constant(scope.qualname());
        invokeRt("storeName", "(" + OBJ + "Ljava/lang/String;" + OBJ + ")V");
        List<Stmt> body = c.body();
        String doc = docstring(body);
        if (doc != null) {
            mv.visitVarInsn(ALOAD, nsSlot);
            mv.visitLdcInsn("__doc__");
            constant(doc);
            invokeRt("storeName", "(" + OBJ + "Ljava/lang/String;" + OBJ + ")V");
        }
        if (hasAnnotations(body)) {
            mv.visitVarInsn(ALOAD, nsSlot);
            invokeRt("annotations", Gen.objDesc(1));
            mv.visitInsn(POP);
        }
        stmts(body);
        if (classCellSlot >= 0) mv.visitVarInsn(ALOAD, classCellSlot);
        else none();
        mv.visitInsn(ARETURN);
        mv.visitLabel(end);
        handlerTail(start, end, handler);
    }

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant k
                && k.value() instanceof String s) {
            return s;
        }
        return null;
    }

    static boolean hasAnnotations(List<Stmt> body) {
        boolean[] found = {false};
        dev.krait.frontend.ast.AstWalker w = new dev.krait.frontend.ast.AstWalker() {
            @Override
            protected void visitAnnAssign(Stmt.AnnAssign s) {
                if (s.simple()) found[0] = true;
            }

            @Override
            protected void visitFunctionDef(Stmt.FunctionDef s) {}

            @Override
            protected void visitClassDef(Stmt.ClassDef s) {}
        };
        w.stmts(body);
        return found[0];
    }

    /** A list, set or dict comprehension over the iterator in slot 1. */
    void emitComprehension(Expr node) {
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitLabel(start);
        line(node);
        int result = newSlot();
        String type = node instanceof Expr.ListComp ? "PyList" : node instanceof Expr.SetComp ? "PySet" : "PyDict";
        mv.visitTypeInsn(NEW, RT + type);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, RT + type, "<init>", "()V", false);
        mv.visitVarInsn(ASTORE, result);
        List<Comprehension> gens;
        if (node instanceof Expr.ListComp c) gens = c.generators();
        else if (node instanceof Expr.SetComp c) gens = c.generators();
        else gens = ((Expr.DictComp) node).generators();
        comprehensionLoop(gens, 0, () -> {
            mv.visitVarInsn(ALOAD, result);
            if (node instanceof Expr.ListComp c) {
                expr(c.elt());
                mv.visitMethodInsn(INVOKEVIRTUAL, RT + "PyList", "append", "(" + OBJ + ")V", false);
            } else if (node instanceof Expr.SetComp c) {
                expr(c.elt());
                invokeRt("setAdd", "(" + OBJ + OBJ + ")V");
            } else {
                Expr.DictComp d = (Expr.DictComp) node;
                expr(d.key());
                expr(d.value());
                invokeObj("setItem", "(" + OBJ + OBJ + ")V");
            }
        });
        mv.visitVarInsn(ALOAD, result);
        if (generator) {
            // An async comprehension is a coroutine: its list is the coroutine's return value.
            mv.visitVarInsn(ASTORE, retSlot);
            emitReturnFromRetSlot();
        } else {
            mv.visitInsn(ARETURN);
        }
        mv.visitLabel(end);
        handlerTail(start, end, handler);
    }

    /** An {@code async for} clause: awaits __anext__() until StopAsyncIteration. */
    private void asyncComprehensionLoop(List<Comprehension> gens, int i, Runnable element) {
        Comprehension g = gens.get(i);
        int it;
        if (i == 0) {
            it = slots.get(".0");
        } else {
            it = newSlot();
            expr(g.iter());
            invokeRt("aiter", "(" + OBJ + ")" + OBJ);
            mv.visitVarInsn(ASTORE, it);
        }
        Label top = new Label();
        Label done = new Label();
        Label body = new Label();
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label rethrow = new Label();
        mv.visitLabel(top);
        mv.visitVarInsn(ALOAD, it);
        invokeRt("anext", "(" + OBJ + ")" + OBJ);
        mv.visitLabel(start);
        awaitValue();
        mv.visitLabel(end);
        mv.visitJumpInsn(GOTO, body);
        mv.visitLabel(handler);
        mv.visitInsn(DUP);
        invokeRt("isStopAsyncIteration", "(Ljava/lang/Throwable;)Z");
        mv.visitJumpInsn(IFEQ, rethrow);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(rethrow);
        mv.visitInsn(ATHROW);
        catchAll(start, end, handler);
        mv.visitLabel(body);
        store(g.target());
        for (Expr cond : g.ifs()) condition(cond, top, false);
        comprehensionLoop(gens, i + 1, element);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(done);
    }

    /** Nested loops of a comprehension's clauses; the first iterates the iterator parameter. */
    void comprehensionLoop(List<Comprehension> gens, int i, Runnable element) {
        if (i == gens.size()) {
            element.run();
            return;
        }
        Comprehension g = gens.get(i);
        if (g.isAsync()) {
            asyncComprehensionLoop(gens, i, element);
            return;
        }
        int it;
        if (i == 0) {
            it = slots.get(".0");
        } else {
            it = newSlot();
            expr(g.iter());
            invokeObj("iter", "()" + OBJ);
            mv.visitVarInsn(ASTORE, it);
        }
        Label top = new Label();
        Label done = new Label();
        Label body = new Label();
        mv.visitLabel(top);
        mv.visitVarInsn(ALOAD, it);
        invokeObj("next", "()" + OBJ);
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, body);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(body);
        store(g.target());
        for (Expr cond : g.ifs()) condition(cond, top, false);
        comprehensionLoop(gens, i + 1, element);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(done);
    }

    // ------------------------------------------------------------------ abstract hooks

    @Override
    void loadCell(String mangled) {
        if (mangled.equals("__class__") && classCellSlot >= 0) {
            mv.visitVarInsn(ALOAD, classCellSlot);
            return;
        }
        Symbol.Binding b = scope.bindingOf(mangled);
        if (b == Symbol.Binding.CELL) {
            loadLocal(mangled);
            if (frameSlot >= 0) checkcast(RT + "PyCell");
            return;
        }
        if (fnClass == null) throw new IllegalStateException("no cell for " + mangled + " in " + scope);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, fnClass, FunctionGen.cellField(mangled), "L" + RT + "PyCell;");
    }

    @Override
    void emitReturnFromRetSlot() {
        if (generator) {
            mv.visitVarInsn(ALOAD, 1);
            mv.visitVarInsn(ALOAD, retSlot);
            invokeRt("genReturn", "(L" + RT + "PyGenerator;" + OBJ + ")" + OBJ);
            mv.visitInsn(ARETURN);
            return;
        }
        mv.visitVarInsn(ALOAD, retSlot);
        mv.visitInsn(ARETURN);
    }

    @Override
    boolean isGeneratorBody() {
        return generator;
    }

    @Override
    void localsForFrame() {
        if (nsSlot >= 0) {
            mv.visitVarInsn(ALOAD, nsSlot);
            return;
        }
        if (!scope.isFunctionLike()) {
            mv.visitInsn(ACONST_NULL);
            return;
        }
        List<String> names = new ArrayList<>();
        for (Symbol s : scope.symbols().values()) {
            Symbol.Binding b = s.binding();
            if ((b == Symbol.Binding.LOCAL && slots.containsKey(s.name())) || b == Symbol.Binding.CELL
                    || b == Symbol.Binding.FREE) {
                if (!s.name().startsWith(".")) names.add(s.name());
            }
        }
        kwnames(names.toArray(new String[0]));
        push(names.size());
        mv.visitTypeInsn(ANEWARRAY, PYOBJECT);
        for (int i = 0; i < names.size(); i++) {
            mv.visitInsn(DUP);
            push(i);
            String n = names.get(i);
            if (scope.bindingOf(n) == Symbol.Binding.LOCAL) loadLocal(n);
            else loadCell(n);
            mv.visitInsn(AASTORE);
        }
        invokeRt("localsDict", "([Ljava/lang/String;[" + OBJ + ")" + OBJ);
    }

    @Override
    void superArgs() {
        if (scope.bindingOf("__class__") == Symbol.Binding.FREE) loadCell("__class__");
        else mv.visitInsn(ACONST_NULL);
        List<String> ps = scope.params();
        if (ps.isEmpty()) {
            mv.visitInsn(ACONST_NULL);
            return;
        }
        String first = ps.get(0);
        if (scope.bindingOf(first) == Symbol.Binding.CELL) {
            loadCell(first);
            mv.visitFieldInsn(GETFIELD, RT + "PyCell", "value", OBJ);
        } else {
            loadLocal(first);
        }
    }

    @Override
    void yieldExpr(Expr e) {
        if (!generator) throw unsupported(e, "yield outside a generator body");
        if (e instanceof Expr.Yield y) {
            optional(y.value());
            // An async generator's own values are told apart from what its awaits yield.
            if (scope.isCoroutine()) invokeRt("asyncGenWrap", "(" + OBJ + ")" + OBJ);
            suspendYield();
        } else if (e instanceof Expr.YieldFrom y) {
            mv.visitVarInsn(ALOAD, 1);
            expr(y.value());
            invokeRt("yieldFromBegin", "(L" + RT + "PyGenerator;" + OBJ + ")V");
            suspendDelegate();
        } else {
            mv.visitVarInsn(ALOAD, 1);
            expr(((Expr.Await) e).value());
            invokeRt("awaitBegin", "(L" + RT + "PyGenerator;" + OBJ + ")V");
            suspendDelegate();
        }
    }

    /** Suspension marker: yields the value on the stack; the sent value replaces it on resume. */
    private void suspendYield() {
        mv.visitMethodInsn(INVOKESTATIC, GeneratorTransform.MARKER_OWNER, GeneratorTransform.YIELD, Gen.objDesc(1), false);
    }

    /** Suspension marker: lets the generator object drive its delegate; pushes the delegate's result on resume. */
    private void suspendDelegate() {
        mv.visitMethodInsn(INVOKESTATIC, GeneratorTransform.MARKER_OWNER, GeneratorTransform.DELEGATE, "()" + OBJ, false);
    }

    @Override
    void awaitValue() {
        if (!generator) throw new IllegalStateException("await outside a coroutine body");
        mv.visitVarInsn(ALOAD, 1);
        mv.visitInsn(SWAP);
        invokeRt("awaitBegin", "(L" + RT + "PyGenerator;" + OBJ + ")V");
        suspendDelegate();
    }

    /** {@code async for}: await __anext__() until it raises StopAsyncIteration, then the else clause. */
    @Override
    void asyncFor(Stmt.For s) {
        int it = newSlot();
        expr(s.iter());
        invokeRt("aiter", "(" + OBJ + ")" + OBJ);
        mv.visitVarInsn(ASTORE, it);
        Label top = new Label();
        Label orelse = new Label();
        Label brk = new Label();
        Label body = new Label();
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitLabel(top);
        lineUnknown();
        line(s);
        mv.visitVarInsn(ALOAD, it);
        invokeRt("anext", "(" + OBJ + ")" + OBJ);
        mv.visitLabel(start);
        awaitValue();
        mv.visitLabel(end);
        mv.visitJumpInsn(GOTO, body);
        mv.visitLabel(handler);
        mv.visitInsn(DUP);
        invokeRt("isStopAsyncIteration", "(Ljava/lang/Throwable;)Z");
        Label rethrow = new Label();
        mv.visitJumpInsn(IFEQ, rethrow);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, orelse);
        mv.visitLabel(rethrow);
        mv.visitInsn(ATHROW);
        catchAll(start, end, handler);
        mv.visitLabel(body);
        store(s.target());
        blocks.add(new LoopBlock(brk, top));
        stmts(s.body());
        blocks.remove(blocks.size() - 1);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(orelse);
        lineUnknown();
        stmts(s.orelse());
        mv.visitLabel(brk);
        lineUnknown();
    }

    // ------------------------------------------------------------------ functions

    @Override
    void functionDef(Stmt.FunctionDef s) {
        for (Expr d : s.decorators()) expr(d);
        Scope fs = mod.table.scopeOf(s);
        makeFunction(s, fs, s.args().defaults(), s.args().kwDefaults(), s.args());
        String doc = docstring(s.body());
        if (doc != null) {
            mv.visitInsn(DUP);
            checkcast(RT + "PyFunction");
            constant(doc);
            mv.visitFieldInsn(PUTFIELD, RT + "PyFunction", "doc", OBJ);
        }
        annotations(s.args(), s.returns());
        for (int i = 0; i < s.decorators().size(); i++) invokeObj("call1", Gen.objDesc(1));
        storeName(s.name());
    }

    /** Evaluates parameter and return annotations into the new function's __annotations__. */
    private void annotations(Arguments a, Expr returns) {
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) all.add(a.vararg());
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) all.add(a.kwarg());
        boolean any = returns != null;
        for (Arg x : all) if (x.annotation() != null) any = true;
        if (!any) return;
        mv.visitInsn(DUP);
        checkcast(RT + "PyFunction");
        mv.visitTypeInsn(NEW, RT + "PyDict");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, RT + "PyDict", "<init>", "()V", false);
        for (Arg x : all) {
            if (x.annotation() == null) continue;
            mv.visitInsn(DUP);
            constant(mangle(x.name()));
            annotationValue(x.annotation());
            mv.visitMethodInsn(INVOKEVIRTUAL, RT + "PyDict", "setItem", "(" + OBJ + OBJ + ")V", false);
        }
        if (returns != null) {
            mv.visitInsn(DUP);
            constant("return");
            annotationValue(returns);
            mv.visitMethodInsn(INVOKEVIRTUAL, RT + "PyDict", "setItem", "(" + OBJ + OBJ + ")V", false);
        }
        mv.visitFieldInsn(PUTFIELD, RT + "PyFunction", "annotations", "L" + RT + "PyDict;");
    }

    @Override
    void makeFunction(Object node, Scope child, List<Expr> defaults, List<Expr> kwDefaults, Arguments args) {
        FunctionGen.Info info = mod.compileBlock(child, node);
        mod.loadGlobalsDict(mv);
        if (defaults.isEmpty()) {
            mv.visitInsn(ACONST_NULL);
        } else {
            array(defaults);
        }
        boolean anyKw = false;
        for (Expr k : kwDefaults) if (k != null) anyKw = true;
        if (!anyKw) {
            mv.visitInsn(ACONST_NULL);
        } else {
            mv.visitTypeInsn(NEW, RT + "PyDict");
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, RT + "PyDict", "<init>", "()V", false);
            for (int i = 0; i < kwDefaults.size(); i++) {
                Expr k = kwDefaults.get(i);
                if (k == null) continue;
                mv.visitInsn(DUP);
                constant(mangle(args.kwonlyargs().get(i).name()));
                expr(k);
                mv.visitMethodInsn(INVOKEVIRTUAL, RT + "PyDict", "setItem", "(" + OBJ + OBJ + ")V", false);
            }
        }
        for (String free : info.freeVars()) loadCell(free);
        mv.visitMethodInsn(INVOKESTATIC, info.className(), "make", info.factoryDesc(), false);
    }
}
