package dev.krait.codegen;

import dev.krait.frontend.ast.Alias;
import dev.krait.frontend.ast.ExceptHandler;
import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Keyword;
import dev.krait.frontend.ast.Stmt;
import dev.krait.frontend.ast.WithItem;
import dev.krait.frontend.scope.Scope;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.tree.MethodNode;

/** Statements. */
abstract class StmtEmitter extends FlowEmitter {

    StmtEmitter(ModuleGen mod, ClassBuilder cls, MethodNode mv, Scope scope, String codeName, int firstFreeSlot) {
        super(mod, cls, mv, scope, codeName, firstFreeSlot);
    }

    void stmts(List<Stmt> list) {
        for (Stmt s : list) stmt(s);
    }

    void stmt(Stmt s) {
        at(s, () -> stmtCode(s));
    }

    private void stmtCode(Stmt s) {
        line(s);
        if (s instanceof Stmt.ExprStmt x) {
            expr(x.value());
            if (mod.mode == ModuleGen.Mode.SINGLE && scope.kind() == Scope.Kind.MODULE) {
                // Interactive input echoes the values of expression statements outside functions and classes.
                mv.visitMethodInsn(INVOKESTATIC, RT + "Sys", "display", "(" + OBJ + ")V", false);
            } else {
                mv.visitInsn(POP);
            }
        } else if (s instanceof Stmt.Assign x) assign(x);
        else if (s instanceof Stmt.If x) ifStmt(x);
        else if (s instanceof Stmt.Return x) returnStmt(x);
        else if (s instanceof Stmt.For x) forStmt(x);
        else if (s instanceof Stmt.AugAssign x) augAssign(x);
        else if (s instanceof Stmt.FunctionDef x) functionDef(x);
        else if (s instanceof Stmt.While x) whileStmt(x);
        else if (s instanceof Stmt.ClassDef x) classDef(x);
        else if (s instanceof Stmt.Try x) tryStmt(x);
        else if (s instanceof Stmt.Raise x) raise(x);
        else if (s instanceof Stmt.With x) withStmt(x.items(), 0, x.body(), x.isAsync());
        else if (s instanceof Stmt.Import x) importStmt(x);
        else if (s instanceof Stmt.ImportFrom x) importFrom(x);
        else if (s instanceof Stmt.Pass) mv.visitInsn(NOP);
        else if (s instanceof Stmt.Break) jump(Jump.BREAK);
        else if (s instanceof Stmt.Continue) jump(Jump.CONTINUE);
        else if (s instanceof Stmt.Delete x) {
            for (Expr t : x.targets()) delete(t);
            finalizerCheckpoint();
        } else if (s instanceof Stmt.AnnAssign x) annAssign(x);
        else if (s instanceof Stmt.Assert x) assertStmt(x);
        else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) mv.visitInsn(NOP);
        else if (s instanceof Stmt.Match x) matchStmt(x);
        else throw new IllegalStateException("unknown statement " + s);
    }

    abstract void functionDef(Stmt.FunctionDef s);

    abstract void matchStmt(Stmt.Match s);

    // ------------------------------------------------------------------ assignment

    private void assign(Stmt.Assign s) {
        expr(s.value());
        List<Expr> targets = s.targets();
        for (int i = 0; i < targets.size(); i++) {
            if (i < targets.size() - 1) mv.visitInsn(DUP);
            store(targets.get(i));
        }
        // 'x = None' is how programs let an object go: CPython runs its __del__ right there.
        if (s.value() instanceof Expr.Constant c && c.value() == Expr.Constant.NONE) finalizerCheckpoint();
    }

    /** Runs the __del__ of objects that became unreachable, if any may have (runtime Finalizers). */
    private void finalizerCheckpoint() {
        Gen.invokeRt(mv, "Finalizers", "checkpoint", "()V");
    }

    /** Stores the value on top of the stack into an assignment target (reported at the target's position). */
    void store(Expr t) {
        if (t instanceof Expr.Name) storeCode(t);
        else at(t, () -> storeCode(t));
    }

    private void storeCode(Expr t) {
        if (t instanceof Expr.Name n) {
            storeName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            site("AttrSite", mangle(a.attr()));
            mv.visitInsn(SWAP);
            expr(a.value());
            mv.visitMethodInsn(INVOKEVIRTUAL, RT + "AttrSite", "set", "(" + OBJ + OBJ + ")V", false);
        } else if (t instanceof Expr.Subscript sub) {
            expr(sub.value());
            expr(sub.slice());
            invokeRt("storeSubscr", "(" + OBJ + OBJ + OBJ + ")V");
        } else if (t instanceof Expr.Tuple tu) {
            unpackInto(tu.elts());
        } else if (t instanceof Expr.List_ l) {
            unpackInto(l.elts());
        } else if (t instanceof Expr.Starred st) {
            throw unsupported(t, "starred assignment target outside a list or tuple");
        } else {
            throw unsupported(t, "assignment target " + t.getClass().getSimpleName());
        }
    }

    private void unpackInto(List<Expr> elts) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) if (elts.get(i) instanceof Expr.Starred) star = i;
        if (star < 0) {
            push(elts.size());
            invokeRt("unpack", "(" + OBJ + "I)[" + OBJ);
        } else {
            push(star);
            push(elts.size() - star - 1);
            invokeRt("unpackStar", "(" + OBJ + "II)[" + OBJ);
        }
        for (int i = 0; i < elts.size(); i++) {
            mv.visitInsn(DUP);
            push(i);
            mv.visitInsn(AALOAD);
            Expr t = elts.get(i);
            store(t instanceof Expr.Starred s ? s.value() : t);
        }
        mv.visitInsn(POP);
    }

    private void delete(Expr t) {
        if (t instanceof Expr.Attribute || t instanceof Expr.Subscript) at(t, () -> deleteCode(t));
        else deleteCode(t);
    }

    private void deleteCode(Expr t) {
        if (t instanceof Expr.Name n) {
            deleteName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
            mv.visitLdcInsn(mangle(a.attr()));
            invokeObj("delAttr", "(Ljava/lang/String;)V");
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            invokeObj("delItem", "(" + OBJ + ")V");
        } else if (t instanceof Expr.Tuple tu) {
            for (Expr e : tu.elts()) delete(e);
        } else if (t instanceof Expr.List_ l) {
            for (Expr e : l.elts()) delete(e);
        } else {
            throw unsupported(t, "delete target");
        }
    }

    private void augAssign(Stmt.AugAssign s) {
        String op = inplaceMethod(s.op());
        Expr t = s.target();
        if (t instanceof Expr.Name n) {
            loadName(n.id());
            expr(s.value());
            invokeObj(op, Gen.objDesc(1));
            storeName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            // One cached site serves the read and the write of obj.name.
            int obj = newSlot();
            String site = cls.site("AttrSite", mangle(a.attr()));
            String siteDesc = "L" + RT + "AttrSite;";
            expr(a.value());
            mv.visitInsn(DUP);
            mv.visitVarInsn(ASTORE, obj);
            mv.visitFieldInsn(GETSTATIC, cls.name, site, siteDesc);
            mv.visitInsn(SWAP);
            mv.visitMethodInsn(INVOKEVIRTUAL, RT + "AttrSite", "get", Gen.objDesc(1), false);
            expr(s.value());
            invokeObj(op, Gen.objDesc(1));
            mv.visitFieldInsn(GETSTATIC, cls.name, site, siteDesc);
            mv.visitInsn(SWAP);
            mv.visitVarInsn(ALOAD, obj);
            mv.visitMethodInsn(INVOKEVIRTUAL, RT + "AttrSite", "set", "(" + OBJ + OBJ + ")V", false);
            clearSlots(obj);
        } else if (t instanceof Expr.Subscript sub) {
            int obj = newSlot();
            int key = newSlot();
            expr(sub.value());
            mv.visitInsn(DUP);
            mv.visitVarInsn(ASTORE, obj);
            expr(sub.slice());
            mv.visitInsn(DUP);
            mv.visitVarInsn(ASTORE, key);
            invokeObj("getItem", Gen.objDesc(1));
            expr(s.value());
            invokeObj(op, Gen.objDesc(1));
            mv.visitVarInsn(ALOAD, obj);
            mv.visitVarInsn(ALOAD, key);
            invokeRt("storeSubscr", "(" + OBJ + OBJ + OBJ + ")V");
            clearSlots(obj, key);
        } else {
            throw unsupported(t, "augmented assignment target");
        }
    }

    /** Drops temporaries so they do not keep objects alive past the statement (weakref and __del__ timing). */
    private void clearSlots(int... slots) {
        for (int slot : slots) {
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, slot);
        }
    }

    private void annAssign(Stmt.AnnAssign s) {
        boolean evaluates = scope.kind() == Scope.Kind.MODULE || scope.kind() == Scope.Kind.CLASS;
        if (s.value() != null) {
            expr(s.value());
            store(s.target());
        }
        if (!evaluates) return;
        if (s.simple() && s.target() instanceof Expr.Name n) {
            annotationValue(s.annotation());
            annotationsDict();
            mv.visitInsn(SWAP);
            constant(mangle(n.id()));
            mv.visitInsn(SWAP);
            invokeObj("setItem", "(" + OBJ + OBJ + ")V");
        } else if (!mod.futureAnnotations) {
            expr(s.annotation());
            mv.visitInsn(POP);
        }
    }

    /** Pushes an annotation's value: evaluated, or its source text under {@code from __future__ import annotations}. */
    void annotationValue(Expr a) {
        if (mod.futureAnnotations) constant(mod.sourceText(a));
        else expr(a);
    }

    /** Pushes the __annotations__ dict of the module or class namespace. */
    private void annotationsDict() {
        if (nsSlot >= 0) mv.visitVarInsn(ALOAD, nsSlot);
        else mod.loadGlobalsDict(mv);
        invokeRt("annotations", Gen.objDesc(1));
    }

    // ------------------------------------------------------------------ control flow

    private void ifStmt(Stmt.If s) {
        Label other = new Label();
        Label end = new Label();
        condition(s.test(), other, false);
        stmts(s.body());
        if (!s.orelse().isEmpty()) mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(other);
        lineUnknown();
        stmts(s.orelse());
        mv.visitLabel(end);
        lineUnknown();
    }

    private void whileStmt(Stmt.While s) {
        Label top = new Label();
        Label orelse = new Label();
        Label brk = new Label();
        mv.visitLabel(top);
        lineUnknown();
        line(s);
        condition(s.test(), orelse, false);
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

    void forStmt(Stmt.For s) {
        if (s.isAsync()) {
            asyncFor(s);
            return;
        }
        int it = newSlot();
        expr(s.iter());
        invokeObj("iter", "()" + OBJ);
        mv.visitVarInsn(ASTORE, it);
        Label top = new Label();
        Label orelse = new Label();
        Label brk = new Label();
        Label body = new Label();
        mv.visitLabel(top);
        lineUnknown();
        line(s);
        mv.visitVarInsn(ALOAD, it);
        invokeObj("next", "()" + OBJ);
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, body);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, orelse);
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

    abstract void asyncFor(Stmt.For s);

    private void returnStmt(Stmt.Return s) {
        if (s.value() == null) none();
        else expr(s.value());
        if (!returnNeedsUnwind() && !isGeneratorBody()) {
            mv.visitInsn(ARETURN);
            return;
        }
        mv.visitVarInsn(ASTORE, retSlot);
        jump(Jump.RETURN);
    }

    abstract boolean isGeneratorBody();

    private void raise(Stmt.Raise s) {
        if (s.exc() == null) {
            invokeRt("reraise", "()L" + RT + "PyException;");
            athrow();
            return;
        }
        expr(s.exc());
        if (s.cause() == null) mv.visitInsn(ACONST_NULL);
        else expr(s.cause());
        invokeRt("raise", "(" + OBJ + OBJ + ")L" + RT + "PyException;");
        athrow();
    }

    private void assertStmt(Stmt.Assert s) {
        if (mod.optimize) return;
        Label ok = new Label();
        condition(s.test(), ok, true);
        if (s.msg() == null) mv.visitInsn(ACONST_NULL);
        else expr(s.msg());
        // CPython drops a constant test, and the raise then reports the whole statement.
        if (!(s.test() instanceof Expr.Constant)) mark(s.test());
        invokeRt("assertionError", "(" + OBJ + ")L" + RT + "PyException;");
        athrow();
        mv.visitLabel(ok);
    }

    // ------------------------------------------------------------------ try / with

    private void tryStmt(Stmt.Try s) {
        Runnable body = s.isStar() ? () -> tryStar(s.body(), s.handlers(), s.orelse())
                : () -> tryExcept(s.body(), s.handlers(), s.orelse());
        if (s.finalbody().isEmpty()) {
            body.run();
            return;
        }
        protectedRegion(body, () -> stmts(s.finalbody()), null);
    }

    /**
     * {@code try ... except*}: on an exception, each clause runs with the part of the group it matches (a
     * naked exception is wrapped first); what no clause matched, and what the clauses raised, is raised again
     * at the end (runtime ExceptStar).
     */
    private void tryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label after = new Label();
        mv.visitLabel(start);
        stmts(body);
        mv.visitLabel(end);
        lineUnknown();
        stmts(orelse);
        mv.visitJumpInsn(GOTO, after);
        catchAll(start, end, handler);
        mv.visitLabel(handler);
        int exc = newSlot();
        int prev = newSlot();
        int state = newSlot();
        recordFrame();
        mv.visitInsn(DUP);
        mv.visitVarInsn(ASTORE, exc);
        Gen.invokeRt(mv, "ExceptStar", "begin", "(L" + RT + "PyException;)L" + RT + "ExceptStar;");
        mv.visitVarInsn(ASTORE, state);
        mv.visitVarInsn(ALOAD, exc);
        Gen.invokeRt(mv, "ThreadState", "enterHandler", "(L" + RT + "PyException;)L" + RT + "PyBaseException;");
        mv.visitVarInsn(ASTORE, prev);
        for (ExceptHandler h : handlers) {
            Label next = new Label();
            lineUnknown();
            line(h);
            int matched = newSlot();
            mv.visitVarInsn(ALOAD, state);
            expr(h.type());
            mv.visitMethodInsn(INVOKEVIRTUAL, RT + "ExceptStar", "match", "(" + OBJ + ")" + OBJ, false);
            mv.visitInsn(DUP);
            mv.visitVarInsn(ASTORE, matched);
            mv.visitJumpInsn(IFNULL, next);
            Label hStart = new Label();
            Label hEnd = new Label();
            Label hFail = new Label();
            mv.visitLabel(hStart);
            if (h.name() != null) {
                mv.visitVarInsn(ALOAD, matched);
                storeName(h.name());
            }
            stmts(h.body());
            mv.visitLabel(hEnd);
            if (h.name() != null) clearName(h.name());
            mv.visitJumpInsn(GOTO, next);
            catchAll(hStart, hEnd, hFail);
            mv.visitLabel(hFail);
            recordFrame();
            int t = newSlot();
            mv.visitVarInsn(ASTORE, t);
            if (h.name() != null) clearNameQuietly(h.name());
            mv.visitVarInsn(ALOAD, state);
            mv.visitVarInsn(ALOAD, t);
            mv.visitMethodInsn(INVOKEVIRTUAL, RT + "ExceptStar", "raised", "(Ljava/lang/Throwable;)V", false);
            mv.visitLabel(next);
        }
        lineUnknown();
        mv.visitVarInsn(ALOAD, prev);
        Gen.invokeRt(mv, "ThreadState", "exitHandler", "(L" + RT + "PyBaseException;)V");
        mv.visitVarInsn(ALOAD, state);
        mv.visitMethodInsn(INVOKEVIRTUAL, RT + "ExceptStar", "end", "()V", false);
        mv.visitLabel(after);
        lineUnknown();
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        if (handlers.isEmpty()) {
            stmts(body);
            stmts(orelse);
            return;
        }
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label after = new Label();
        mv.visitLabel(start);
        stmts(body);
        mv.visitLabel(end);
        lineUnknown();
        stmts(orelse);
        mv.visitJumpInsn(GOTO, after);
        catchAll(start, end, handler);
        mv.visitLabel(handler);
        int exc = newSlot();
        int prev = newSlot();
        recordFrame();
        mv.visitInsn(DUP);
        mv.visitVarInsn(ASTORE, exc);
        Gen.invokeRt(mv, "ThreadState", "enterHandler", "(L" + RT + "PyException;)L" + RT + "PyBaseException;");
        mv.visitVarInsn(ASTORE, prev);
        HandlerBlock hb = new HandlerBlock(prev);
        blocks.add(hb);
        Label hStart = new Label();
        Label hEnd = new Label();
        Label cleanup = new Label();
        mv.visitLabel(hStart);
        for (ExceptHandler h : handlers) {
            Label next = new Label();
            lineUnknown();
            line(h);
            if (h.type() != null) {
                mv.visitVarInsn(ALOAD, exc);
                expr(h.type());
                invokeRt("matches", "(L" + RT + "PyException;" + OBJ + ")Z");
                mv.visitJumpInsn(IFEQ, next);
            }
            if (h.name() != null) {
                mv.visitVarInsn(ALOAD, exc);
                mv.visitFieldInsn(GETFIELD, RT + "PyException", "value", "L" + RT + "PyBaseException;");
                storeName(h.name());
                hb.name = h.name();
            }
            stmts(h.body());
            leaveHandler(hb);
            hb.name = null;
            mv.visitJumpInsn(GOTO, after);
            mv.visitLabel(next);
        }
        lineUnknown();
        mv.visitVarInsn(ALOAD, prev);
        Gen.invokeRt(mv, "ThreadState", "exitHandler", "(L" + RT + "PyBaseException;)V");
        rethrowSlot(exc);
        mv.visitLabel(hEnd);
        blocks.remove(blocks.size() - 1);
        catchAll(hStart, hEnd, cleanup);
        mv.visitLabel(cleanup);
        recordFrame();
        int exc2 = newSlot();
        mv.visitVarInsn(ASTORE, exc2);
        for (ExceptHandler h : handlers) {
            if (h.name() != null) clearNameQuietly(h.name());
        }
        mv.visitVarInsn(ALOAD, prev);
        Gen.invokeRt(mv, "ThreadState", "exitHandler", "(L" + RT + "PyBaseException;)V");
        rethrowSlot(exc2);
        mv.visitLabel(after);
        lineUnknown();
    }

    /** Unbinds a handler's name on the exceptional path, where it may never have been bound. */
    private void clearNameQuietly(String name) {
        String m = mangle(name);
        if (scope.isFunctionLike() && slots.containsKey(m)) {
            mv.visitInsn(ACONST_NULL);
            storeLocal(m);
        } else {
            clearName(name);
        }
    }

    /** {@code with a as x, b as y: body} as nested single-item with statements. */
    void withStmt(List<WithItem> items, int i, List<Stmt> body, boolean isAsync) {
        if (i == items.size()) {
            stmts(body);
            return;
        }
        WithItem item = items.get(i);
        int exit = newSlot();
        expr(item.contextExpr());
        invokeRt(isAsync ? "asyncWithEnter" : "withEnter", "(" + OBJ + ")[" + OBJ);
        mv.visitInsn(DUP);
        push(0);
        mv.visitInsn(AALOAD);
        mv.visitVarInsn(ASTORE, exit);
        push(1);
        mv.visitInsn(AALOAD);
        if (isAsync) awaitValue();
        if (item.optionalVars() != null) store(item.optionalVars());
        else mv.visitInsn(POP);
        Label after = new Label();
        protectedRegion(() -> withStmt(items, i + 1, body, isAsync), () -> {
            mv.visitVarInsn(ALOAD, exit);
            if (isAsync) {
                invokeRt("asyncWithExitNormal", "(" + OBJ + ")" + OBJ);
                awaitValue();
                mv.visitInsn(POP);
            } else {
                invokeRt("withExitNormal", "(" + OBJ + ")V");
            }
        }, excSlot -> withException(exit, excSlot, after, isAsync));
        mv.visitLabel(after);
    }



    /** The exception path of a with: __exit__(type, value, tb); a true result suppresses the exception. */
    private void withException(int exit, int excSlot, Label after, boolean isAsync) {
        int prev = newSlot();
        mv.visitVarInsn(ALOAD, excSlot);
        Gen.invokeRt(mv, "ThreadState", "enterHandler", "(L" + RT + "PyException;)L" + RT + "PyBaseException;");
        mv.visitVarInsn(ASTORE, prev);
        Label start = new Label();
        Label end = new Label();
        Label failed = new Label();
        Label reraise = new Label();
        mv.visitLabel(start);
        mv.visitVarInsn(ALOAD, exit);
        mv.visitVarInsn(ALOAD, excSlot);
        if (isAsync) {
            // The awaitable is awaited after the protected call, outside its handler's range.
            invokeRt("asyncWithExitException", "(" + OBJ + "L" + RT + "PyException;)" + OBJ);
            mv.visitLabel(end);
            awaitValue();
            truth();
        } else {
            invokeRt("withExitException", "(" + OBJ + "L" + RT + "PyException;)Z");
            mv.visitLabel(end);
        }
        mv.visitJumpInsn(IFEQ, reraise);
        mv.visitVarInsn(ALOAD, prev);
        Gen.invokeRt(mv, "ThreadState", "exitHandler", "(L" + RT + "PyBaseException;)V");
        mv.visitJumpInsn(GOTO, after);
        mv.visitLabel(reraise);
        mv.visitVarInsn(ALOAD, prev);
        Gen.invokeRt(mv, "ThreadState", "exitHandler", "(L" + RT + "PyBaseException;)V");
        rethrowSlot(excSlot);
        catchAll(start, end, failed);
        mv.visitLabel(failed);
        recordFrame();
        int e2 = newSlot();
        mv.visitVarInsn(ASTORE, e2);
        mv.visitVarInsn(ALOAD, prev);
        Gen.invokeRt(mv, "ThreadState", "exitHandler", "(L" + RT + "PyBaseException;)V");
        rethrowSlot(e2);
    }

    // ------------------------------------------------------------------ imports

    private void importStmt(Stmt.Import s) {
        for (Alias a : s.names()) {
            mv.visitLdcInsn(a.name());
            push(0);
            mod.loadGlobalsDict(mv);
            if (a.asname() != null) {
                Gen.invokeRt(mv, "Importer", "importModule", "(Ljava/lang/String;IL" + RT + "PyDict;)" + OBJ);
                storeName(a.asname());
            } else {
                Gen.invokeRt(mv, "Importer", "importName", "(Ljava/lang/String;IL" + RT + "PyDict;)" + OBJ);
                storeName(a.name().split("\\.", 2)[0]);
            }
        }
    }

    private void importFrom(Stmt.ImportFrom s) {
        if (s.module() == null) mv.visitInsn(ACONST_NULL);
        else mv.visitLdcInsn(s.module());
        push(s.level());
        mod.loadGlobalsDict(mv);
        Gen.invokeRt(mv, "Importer", "importModule", "(Ljava/lang/String;IL" + RT + "PyDict;)" + OBJ);
        for (Alias a : s.names()) {
            if (a.name().equals("*")) {
                if (nsSlot >= 0) {
                    mv.visitVarInsn(ALOAD, nsSlot);
                    checkcast(RT + "PyDict");
                } else {
                    mod.loadGlobalsDict(mv);
                }
                Gen.invokeRt(mv, "Importer", "importStar", "(" + OBJ + "L" + RT + "PyDict;)V");
                return;
            }
            mv.visitInsn(DUP);
            mv.visitLdcInsn(a.name());
            Gen.invokeRt(mv, "Importer", "importFrom", "(" + OBJ + "Ljava/lang/String;)" + OBJ);
            storeName(a.asname() != null ? a.asname() : a.name());
        }
        mv.visitInsn(POP);
    }

    // ------------------------------------------------------------------ classes

    private void classDef(Stmt.ClassDef s) {
        for (Expr d : s.decorators()) expr(d);
        Scope cs = mod.table.scopeOf(s);
        makeFunction(s, cs, List.of(), List.of(), null);
        mv.visitLdcInsn(s.name());
        if (hasStar(s.bases())) {
            listWithStars(s.bases());
            mv.visitMethodInsn(INVOKEVIRTUAL, RT + "PyList", "toArray", "()[" + OBJ, false);
        } else {
            array(s.bases());
        }
        List<Keyword> kws = s.keywords();
        boolean dstar = false;
        for (Keyword k : kws) if (k.arg() == null) dstar = true;
        if (kws.isEmpty()) {
            mv.visitInsn(ACONST_NULL);
            mv.visitInsn(ACONST_NULL);
            Gen.invokeRt(mv, "Instances", "buildClass", "(" + OBJ + "Ljava/lang/String;[" + OBJ + "[Ljava/lang/String;["
                    + OBJ + ")" + OBJ);
        } else if (!dstar) {
            String[] names = new String[kws.size()];
            for (int i = 0; i < names.length; i++) names[i] = kws.get(i).arg();
            kwnames(names);
            push(kws.size());
            mv.visitTypeInsn(ANEWARRAY, PYOBJECT);
            for (int i = 0; i < kws.size(); i++) {
                mv.visitInsn(DUP);
                push(i);
                expr(kws.get(i).value());
                mv.visitInsn(AASTORE);
            }
            Gen.invokeRt(mv, "Instances", "buildClass", "(" + OBJ + "Ljava/lang/String;[" + OBJ + "[Ljava/lang/String;["
                    + OBJ + ")" + OBJ);
        } else {
            mv.visitTypeInsn(NEW, RT + "PyDict");
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, RT + "PyDict", "<init>", "()V", false);
            for (Keyword k : kws) {
                mv.visitInsn(DUP);
                if (k.arg() == null) {
                    expr(k.value());
                    mv.visitInsn(ICONST_1);
                    mv.visitInsn(ACONST_NULL);
                    invokeRt("dictMerge", "(L" + RT + "PyDict;" + OBJ + "Z" + OBJ + ")V");
                } else {
                    constant(k.arg());
                    expr(k.value());
                    mv.visitMethodInsn(INVOKEVIRTUAL, RT + "PyDict", "setItem", "(" + OBJ + OBJ + ")V", false);
                }
            }
            invokeRt("buildClassKw", "(" + OBJ + "Ljava/lang/String;[" + OBJ + "L" + RT + "PyDict;)" + OBJ);
        }
        for (int i = 0; i < s.decorators().size(); i++) invokeObj("call1", Gen.objDesc(1));
        storeName(s.name());
    }
}
