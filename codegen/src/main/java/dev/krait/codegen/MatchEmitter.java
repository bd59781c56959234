package dev.krait.codegen;

import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.MatchCase;
import dev.krait.frontend.ast.Pattern;
import dev.krait.frontend.ast.Stmt;
import dev.krait.frontend.scope.Scope;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.tree.MethodNode;

/**
 * {@code match} statements: the subject in a slot, then each case's pattern as a chain of tests that jump to
 * the next case on the first failure, binding captures as they succeed (PEP 634 leaves the bindings of a
 * failed case unspecified). The run-time checks live in the runtime's MatchSupport.
 */
abstract class MatchEmitter extends StmtEmitter {
    private static final String MS = "MatchSupport";
    private static final String ARR = "[" + OBJ;

    MatchEmitter(ModuleGen mod, ClassBuilder cls, MethodNode mv, Scope scope, String codeName, int firstFreeSlot) {
        super(mod, cls, mv, scope, codeName, firstFreeSlot);
    }

    @Override
    void matchStmt(Stmt.Match s) {
        int subject = newSlot();
        expr(s.subject());
        mv.visitVarInsn(ASTORE, subject);
        Label end = new Label();
        for (MatchCase c : s.cases()) {
            Label next = new Label();
            lineUnknown();
            line(c.pattern());
            pattern(c.pattern(), subject, next);
            if (c.guard() != null) condition(c.guard(), next, false);
            stmts(c.body());
            mv.visitJumpInsn(GOTO, end);
            mv.visitLabel(next);
        }
        mv.visitLabel(end);
        lineUnknown();
    }

    /** Tests the value in slot {@code subj} against p; jumps to fail (with an empty stack) when it does not match. */
    private void pattern(Pattern p, int subj, Label fail) {
        if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) pattern(a.pattern(), subj, fail);
            if (a.name() != null) {
                mv.visitVarInsn(ALOAD, subj);
                storeName(a.name());
            }
        } else if (p instanceof Pattern.MatchValue v) {
            mv.visitVarInsn(ALOAD, subj);
            expr(v.value());
            invokeObj("equalsPy", "(" + OBJ + ")Z");
            mv.visitJumpInsn(IFEQ, fail);
        } else if (p instanceof Pattern.MatchSingleton s) {
            mv.visitVarInsn(ALOAD, subj);
            if (s.value() instanceof Boolean b) {
                mv.visitFieldInsn(GETSTATIC, RT + "PyBool", b ? "TRUE" : "FALSE", "L" + RT + "PyBool;");
            } else {
                none();
            }
            mv.visitJumpInsn(IF_ACMPNE, fail);
        } else if (p instanceof Pattern.MatchOr o) {
            Label ok = new Label();
            List<Pattern> alts = o.patterns();
            for (int i = 0; i < alts.size() - 1; i++) {
                Label nextAlt = new Label();
                pattern(alts.get(i), subj, nextAlt);
                mv.visitJumpInsn(GOTO, ok);
                mv.visitLabel(nextAlt);
            }
            pattern(alts.get(alts.size() - 1), subj, fail);
            mv.visitLabel(ok);
        } else if (p instanceof Pattern.MatchSequence q) {
            sequence(q, subj, fail);
        } else if (p instanceof Pattern.MatchMapping m) {
            mapping(m, subj, fail);
        } else if (p instanceof Pattern.MatchClass c) {
            classPattern(c, subj, fail);
        } else {
            throw unsupported(p, "this pattern here");
        }
    }

    /** Jumps to fail if the reference on the stack is null (popping it); otherwise leaves it. */
    private void nullFails(Label fail) {
        Label ok = new Label();
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, ok);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, fail);
        mv.visitLabel(ok);
    }

    /** Matches the element on the stack (consumed) against p. */
    private void sub(Pattern p, Label fail) {
        int item = newSlot();
        mv.visitVarInsn(ASTORE, item);
        pattern(p, item, fail);
    }

    private void sequence(Pattern.MatchSequence q, int subj, Label fail) {
        List<Pattern> ps = q.patterns();
        int n = ps.size();
        int star = -1;
        for (int i = 0; i < n; i++) if (ps.get(i) instanceof Pattern.MatchStar) star = i;
        int arr = newSlot();
        mv.visitVarInsn(ALOAD, subj);
        Gen.invokeRt(mv, MS, "sequence", "(" + OBJ + ")" + ARR);
        nullFails(fail);
        mv.visitVarInsn(ASTORE, arr);
        mv.visitVarInsn(ALOAD, arr);
        mv.visitInsn(ARRAYLENGTH);
        push(star < 0 ? n : n - 1);
        mv.visitJumpInsn(star < 0 ? IF_ICMPNE : IF_ICMPLT, fail);
        for (int i = 0; i < n; i++) {
            if (i == star) {
                String name = ((Pattern.MatchStar) ps.get(i)).name();
                if (name != null) {
                    mv.visitVarInsn(ALOAD, arr);
                    push(i);
                    mv.visitVarInsn(ALOAD, arr);
                    mv.visitInsn(ARRAYLENGTH);
                    push(n - 1 - i);
                    mv.visitInsn(ISUB);
                    Gen.invokeRt(mv, MS, "slice", "(" + ARR + "II)" + OBJ);
                    storeName(name);
                }
                continue;
            }
            if (isWildcard(ps.get(i))) continue;
            mv.visitVarInsn(ALOAD, arr);
            if (star < 0 || i < star) {
                push(i);
            } else {
                mv.visitVarInsn(ALOAD, arr);
                mv.visitInsn(ARRAYLENGTH);
                push(n - i);
                mv.visitInsn(ISUB);
            }
            mv.visitInsn(AALOAD);
            sub(ps.get(i), fail);
        }
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    private void mapping(Pattern.MatchMapping m, int subj, Label fail) {
        mv.visitVarInsn(ALOAD, subj);
        Gen.invokeRt(mv, MS, "isMapping", "(" + OBJ + ")Z");
        mv.visitJumpInsn(IFEQ, fail);
        List<Expr> keys = m.keys();
        int n = keys.size();
        int keysArr = newSlot();
        push(n);
        mv.visitTypeInsn(ANEWARRAY, PYOBJECT);
        for (int i = 0; i < n; i++) {
            mv.visitInsn(DUP);
            push(i);
            expr(keys.get(i));
            mv.visitInsn(AASTORE);
        }
        mv.visitVarInsn(ASTORE, keysArr);
        if (n > 1) {
            mv.visitVarInsn(ALOAD, keysArr);
            Gen.invokeRt(mv, MS, "checkKeys", "(" + ARR + ")V");
        }
        if (n > 0) {
            mv.visitVarInsn(ALOAD, subj);
            invokeObj("len", "()I");
            push(n);
            mv.visitJumpInsn(IF_ICMPLT, fail);
        }
        for (int i = 0; i < n; i++) {
            mv.visitVarInsn(ALOAD, subj);
            mv.visitVarInsn(ALOAD, keysArr);
            push(i);
            mv.visitInsn(AALOAD);
            Gen.invokeRt(mv, MS, "mapGet", "(" + OBJ + OBJ + ")" + OBJ);
            nullFails(fail);
            sub(m.patterns().get(i), fail);
        }
        if (m.rest() != null) {
            mv.visitVarInsn(ALOAD, subj);
            mv.visitVarInsn(ALOAD, keysArr);
            Gen.invokeRt(mv, MS, "mapRest", "(" + OBJ + ARR + ")" + OBJ);
            storeName(m.rest());
        }
    }

    private void classPattern(Pattern.MatchClass c, int subj, Label fail) {
        int cls = newSlot();
        expr(c.cls());
        mv.visitVarInsn(ASTORE, cls);
        mv.visitVarInsn(ALOAD, subj);
        mv.visitVarInsn(ALOAD, cls);
        Gen.invokeRt(mv, MS, "isInstance", "(" + OBJ + OBJ + ")Z");
        mv.visitJumpInsn(IFEQ, fail);
        int n = c.patterns().size();
        if (n > 0) {
            int arr = newSlot();
            mv.visitVarInsn(ALOAD, subj);
            mv.visitVarInsn(ALOAD, cls);
            push(n);
            Gen.invokeRt(mv, MS, "positional", "(" + OBJ + OBJ + "I)" + ARR);
            nullFails(fail);
            mv.visitVarInsn(ASTORE, arr);
            for (int i = 0; i < n; i++) {
                mv.visitVarInsn(ALOAD, arr);
                push(i);
                mv.visitInsn(AALOAD);
                sub(c.patterns().get(i), fail);
            }
        }
        for (int i = 0; i < c.kwdAttrs().size(); i++) {
            mv.visitVarInsn(ALOAD, subj);
            mv.visitLdcInsn(c.kwdAttrs().get(i));
            Gen.invokeRt(mv, MS, "attr", "(" + OBJ + "Ljava/lang/String;)" + OBJ);
            nullFails(fail);
            sub(c.kwdPatterns().get(i), fail);
        }
    }
}
