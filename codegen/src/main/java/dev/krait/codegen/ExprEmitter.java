package dev.krait.codegen;

import dev.krait.frontend.ast.BoolOperator;
import dev.krait.frontend.ast.CmpOperator;
import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Keyword;
import dev.krait.frontend.ast.Operator;
import dev.krait.frontend.ast.UnaryOperator;
import dev.krait.frontend.scope.Scope;
import dev.krait.frontend.scope.Symbol;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.tree.MethodNode;

/** Expressions: each leaves one PyObject on the operand stack. */
abstract class ExprEmitter extends NameEmitter {

    ExprEmitter(ModuleGen mod, ClassBuilder cls, MethodNode mv, Scope scope, String codeName, int firstFreeSlot) {
        super(mod, cls, mv, scope, codeName, firstFreeSlot);
    }

    /** Creates the function object for a def, lambda, comprehension or class body (defined in a subclass). */
    abstract void makeFunction(Object node, Scope child, List<Expr> defaults, List<Expr> kwDefaults,
                               dev.krait.frontend.ast.Arguments args);

    /** Emits an expression; the calls it makes report its position in tracebacks. */
    void expr(Expr e) {
        at(e, () -> exprCode(e));
    }

    private void exprCode(Expr e) {
        if (e instanceof Expr.Name x) loadName(x.id());
        else if (e instanceof Expr.Constant x) constantExpr(x.value());
        else if (e instanceof Expr.Call x) call(x);
        else if (e instanceof Expr.Attribute x) {
            site("AttrSite", mangle(x.attr()));
            expr(x.value());
            mv.visitMethodInsn(INVOKEVIRTUAL, RT + "AttrSite", "get", Gen.objDesc(1), false);
        } else if (e instanceof Expr.BinOp x) {
            expr(x.left());
            expr(x.right());
            invokeObj(binaryMethod(x.op()), Gen.objDesc(1));
        } else if (e instanceof Expr.Subscript x) {
            expr(x.value());
            expr(x.slice());
            invokeObj("getItem", Gen.objDesc(1));
        } else if (e instanceof Expr.Compare x) compare(x);
        else if (e instanceof Expr.Tuple x) tuple(x.elts());
        else if (e instanceof Expr.List_ x) list(x.elts());
        else if (e instanceof Expr.UnaryOp x) unary(x);
        else if (e instanceof Expr.BoolOp x) boolOp(x);
        else if (e instanceof Expr.Dict x) dict(x);
        else if (e instanceof Expr.JoinedStr x) joinedStr(x);
        else if (e instanceof Expr.FormattedValue x) formattedValue(x);
        else if (e instanceof Expr.IfExp x) ifExp(x);
        else if (e instanceof Expr.Lambda x) makeFunction(x, mod.table.scopeOf(x), x.args().defaults(),
                x.args().kwDefaults(), x.args());
        else if (e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp
                || e instanceof Expr.GeneratorExp) comprehension(e);
        else if (e instanceof Expr.Set x) set(x.elts());
        else if (e instanceof Expr.Slice x) slice(x);
        else if (e instanceof Expr.NamedExpr x) {
            expr(x.value());
            mv.visitInsn(DUP);
            storeName(x.target().id());
        } else if (e instanceof Expr.Starred x) {
            throw unsupported(e, "starred expression in this position");
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom || e instanceof Expr.Await) {
            yieldExpr(e);
        } else {
            throw new IllegalStateException("unknown expression " + e);
        }
    }

    /** yield / yield from / await: generators and coroutines (defined by the generator emitter). */
    abstract void yieldExpr(Expr e);

    void constantExpr(Object v) {
        if (v == Expr.Constant.NONE) none();
        else if (v instanceof Boolean b) Gen.bool(mv, b);
        else if (v == Expr.Constant.ELLIPSIS) mv.visitFieldInsn(GETSTATIC, RT + "Singletons", "ELLIPSIS", OBJ);
        else constant(v);
    }

    static String binaryMethod(Operator op) {
        switch (op) {
            case ADD: return "add";
            case SUB: return "sub";
            case MULT: return "mul";
            case MATMULT: return "matmul";
            case DIV: return "truediv";
            case MOD: return "mod";
            case POW: return "pow";
            case LSHIFT: return "lshift";
            case RSHIFT: return "rshift";
            case BITOR: return "or";
            case BITXOR: return "xor";
            case BITAND: return "and";
            default: return "floordiv";
        }
    }

    static String inplaceMethod(Operator op) {
        return "i" + binaryMethod(op);
    }

    private void unary(Expr.UnaryOp x) {
        expr(x.operand());
        switch (x.op()) {
            case NOT: {
                truth();
                boolToPy(true);
                break;
            }
            case USUB: invokeObj("neg", "()" + OBJ); break;
            case UADD: invokeObj("pos", "()" + OBJ); break;
            default: invokeObj("invert", "()" + OBJ);
        }
    }

    /** Converts a JVM boolean on the stack to True/False (negated when asked). */
    void boolToPy(boolean negate) {
        Label t = new Label();
        Label end = new Label();
        mv.visitJumpInsn(negate ? IFEQ : IFNE, t);
        Gen.bool(mv, false);
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(t);
        Gen.bool(mv, true);
        mv.visitLabel(end);
    }

    private void boolOp(Expr.BoolOp x) {
        Label end = new Label();
        List<Expr> vals = x.values();
        for (int i = 0; i < vals.size(); i++) {
            expr(vals.get(i));
            if (i < vals.size() - 1) {
                mv.visitInsn(DUP);
                truth();
                mv.visitJumpInsn(x.op() == BoolOperator.AND ? IFEQ : IFNE, end);
                mv.visitInsn(POP);
            }
        }
        mv.visitLabel(end);
    }

    private void ifExp(Expr.IfExp x) {
        Label other = new Label();
        Label end = new Label();
        condition(x.test(), other, false);
        expr(x.body());
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(other);
        expr(x.orelse());
        mv.visitLabel(end);
    }

    /** Jumps to {@code target} when the condition's truth equals {@code jumpIf}. */
    void condition(Expr test, Label target, boolean jumpIf) {
        at(test, () -> conditionCode(test, target, jumpIf));
    }

    private void conditionCode(Expr test, Label target, boolean jumpIf) {
        if (test instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT) {
            condition(u.operand(), target, !jumpIf);
            return;
        }
        if (test instanceof Expr.BoolOp b) {
            boolean and = b.op() == BoolOperator.AND;
            if (and != jumpIf) {
                // and-jump-if-false / or-jump-if-true: any operand deciding goes to target.
                for (Expr v : b.values()) condition(v, target, jumpIf);
            } else {
                Label skip = new Label();
                List<Expr> vals = b.values();
                for (int i = 0; i < vals.size() - 1; i++) condition(vals.get(i), skip, !jumpIf);
                condition(vals.get(vals.size() - 1), target, jumpIf);
                mv.visitLabel(skip);
            }
            return;
        }
        if (test instanceof Expr.Compare c && c.ops().size() == 1) {
            CmpOperator op = c.ops().get(0);
            if (op == CmpOperator.IS || op == CmpOperator.IS_NOT) {
                expr(c.left());
                expr(c.comparators().get(0));
                boolean eq = op == CmpOperator.IS;
                mv.visitJumpInsn(eq == jumpIf ? IF_ACMPEQ : IF_ACMPNE, target);
                return;
            }
            if (op == CmpOperator.LT) {
                expr(c.left());
                expr(c.comparators().get(0));
                invokeObj("lessThan", "(" + OBJ + ")Z");
                mv.visitJumpInsn(jumpIf ? IFNE : IFEQ, target);
                return;
            }
            if (op == CmpOperator.IN || op == CmpOperator.NOT_IN) {
                expr(c.left());
                expr(c.comparators().get(0));
                mv.visitInsn(SWAP);
                invokeObj("contains", "(" + OBJ + ")Z");
                boolean in = op == CmpOperator.IN;
                mv.visitJumpInsn(in == jumpIf ? IFNE : IFEQ, target);
                return;
            }
        }
        if (test instanceof Expr.Constant k && k.value() instanceof Boolean bv) {
            if (bv == jumpIf) mv.visitJumpInsn(GOTO, target);
            return;
        }
        expr(test);
        truth();
        mv.visitJumpInsn(jumpIf ? IFNE : IFEQ, target);
    }

    private void compare(Expr.Compare x) {
        expr(x.left());
        List<CmpOperator> ops = x.ops();
        if (ops.size() == 1) {
            Expr right = x.comparators().get(0);
            boolean membership = ops.get(0) == CmpOperator.IN || ops.get(0) == CmpOperator.NOT_IN;
            if (membership && right instanceof Expr.Set st && !hasStar(st.elts())) {
                // only membership is asked of this set: its iteration order does not matter
                array(st.elts());
                invokeRt("buildSet", "([" + OBJ + ")" + OBJ);
            } else {
                expr(right);
            }
            compareOp(ops.get(0));
            return;
        }
        Label end = new Label();
        int tmp = newSlot();
        for (int i = 0; i < ops.size(); i++) {
            expr(x.comparators().get(i));
            boolean last = i == ops.size() - 1;
            if (!last) {
                mv.visitInsn(DUP);
                mv.visitVarInsn(ASTORE, tmp);
            }
            compareOp(ops.get(i));
            if (!last) {
                mv.visitInsn(DUP);
                truth();
                mv.visitJumpInsn(IFEQ, end);
                mv.visitInsn(POP);
                mv.visitVarInsn(ALOAD, tmp);
            }
        }
        mv.visitLabel(end);
    }

    /** Stack: a, b → result of {@code a op b}. */
    void compareOp(CmpOperator op) {
        switch (op) {
            case EQ: invokeObj("eq", Gen.objDesc(1)); break;
            case NOT_EQ: invokeObj("ne", Gen.objDesc(1)); break;
            case LT: invokeObj("lt", Gen.objDesc(1)); break;
            case LT_E: invokeObj("le", Gen.objDesc(1)); break;
            case GT: invokeObj("gt", Gen.objDesc(1)); break;
            case GT_E: invokeObj("ge", Gen.objDesc(1)); break;
            case IS: {
                Label t = new Label();
                Label end = new Label();
                mv.visitJumpInsn(IF_ACMPEQ, t);
                Gen.bool(mv, false);
                mv.visitJumpInsn(GOTO, end);
                mv.visitLabel(t);
                Gen.bool(mv, true);
                mv.visitLabel(end);
                break;
            }
            case IS_NOT: {
                Label t = new Label();
                Label end = new Label();
                mv.visitJumpInsn(IF_ACMPNE, t);
                Gen.bool(mv, false);
                mv.visitJumpInsn(GOTO, end);
                mv.visitLabel(t);
                Gen.bool(mv, true);
                mv.visitLabel(end);
                break;
            }
            case IN:
                Gen.invokeRt(mv, "Ops", "in", Gen.objDesc(2));
                break;
            default:
                invokeRt("notIn", Gen.objDesc(2));
        }
    }

    // ------------------------------------------------------------------ displays

    boolean hasStar(List<Expr> elts) {
        for (Expr e : elts) if (e instanceof Expr.Starred) return true;
        return false;
    }

    /** Pushes a PyObject[] of the (non-starred) expressions. */
    /** Displays longer than this, of constants only, are filled by helper methods (one method holds 64 KB). */
    private static final int BIG_DISPLAY = 1000;
    private static final int BATCH = 1500;

    /** Whether CPython's AST optimizer makes e a constant: literals, signed numbers, tuples of such. */
    private static boolean isFoldedConstant(Expr e) {
        if (e instanceof Expr.Constant) return true;
        if (e instanceof Expr.UnaryOp u && (u.op() == UnaryOperator.USUB || u.op() == UnaryOperator.UADD)) {
            return u.operand() instanceof Expr.Constant c && c.value() instanceof Number;
        }
        if (e instanceof Expr.Tuple t) {
            for (Expr x : t.elts()) if (!isFoldedConstant(x)) return false;
            return true;
        }
        return false;
    }

    private static boolean allConstants(List<Expr> elts) {
        for (Expr e : elts) if (!(e instanceof Expr.Constant)) return false;
        return true;
    }

    /** Pushes a constant with a given method's code (helpers use it). */
    private void constantTo(MethodVisitor m, Object v) {
        if (v == Expr.Constant.NONE) Gen.none(m);
        else if (v instanceof Boolean b) Gen.bool(m, b);
        else if (v == Expr.Constant.ELLIPSIS) m.visitFieldInsn(GETSTATIC, RT + "Singletons", "ELLIPSIS", OBJ);
        else cls.consts.load(m, cls.name, cls.consts.of(v));
    }

    /** A PyObject[] of many constants, filled by static helpers of BATCH elements each. */
    private void constantArray(List<Expr> elts) {
        push(elts.size());
        mv.visitTypeInsn(ANEWARRAY, PYOBJECT);
        for (int start = 0; start < elts.size(); start += BATCH) {
            String name = cls.helperName("fill");
            MethodNode h = cls.method(ACC_PRIVATE | ACC_STATIC, name, "([" + OBJ + ")V");
            for (int i = start; i < Math.min(elts.size(), start + BATCH); i++) {
                h.visitVarInsn(ALOAD, 0);
                Gen.push(h, i);
                constantTo(h, ((Expr.Constant) elts.get(i)).value());
                h.visitInsn(AASTORE);
            }
            h.visitInsn(RETURN);
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESTATIC, cls.name, name, "([" + OBJ + ")V", false);
        }
    }

    void array(List<Expr> elts) {
        if (elts.size() > BIG_DISPLAY && allConstants(elts)) {
            constantArray(elts);
            return;
        }
        push(elts.size());
        mv.visitTypeInsn(ANEWARRAY, PYOBJECT);
        for (int i = 0; i < elts.size(); i++) {
            mv.visitInsn(DUP);
            push(i);
            expr(elts.get(i));
            mv.visitInsn(AASTORE);
        }
    }

    /** Slot of the function being called while building its star arguments (for error messages), or -1. */
    private int starFunc = -1;

    /** Pushes a new PyList built from possibly starred items. */
    void listWithStars(List<Expr> elts) {
        mv.visitTypeInsn(NEW, RT + "PyList");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, RT + "PyList", "<init>", "()V", false);
        for (Expr e : elts) {
            mv.visitInsn(DUP);
            if (e instanceof Expr.Starred s) {
                expr(s.value());
                if (starFunc >= 0) {
                    mv.visitVarInsn(ALOAD, starFunc);
                    invokeRt("extendArgs", "(L" + RT + "PyList;" + OBJ + OBJ + ")V");
                } else {
                    invokeRt("extend", "(L" + RT + "PyList;" + OBJ + ")V");
                }
            } else {
                expr(e);
                mv.visitMethodInsn(INVOKEVIRTUAL, RT + "PyList", "append", "(" + OBJ + ")V", false);
            }
        }
    }

    void tuple(List<Expr> elts) {
        if (elts.isEmpty()) {
            mv.visitFieldInsn(GETSTATIC, RT + "PyTuple", "EMPTY", "L" + RT + "PyTuple;");
            return;
        }
        if (hasStar(elts)) {
            listWithStars(elts);
            invokeRt("listToTuple", "(L" + RT + "PyList;)" + OBJ);
            return;
        }
        array(elts);
        invokeRt("tupleOf", "([" + OBJ + ")" + OBJ);
    }

    void list(List<Expr> elts) {
        if (hasStar(elts) || elts.isEmpty()) {
            listWithStars(elts);
            return;
        }
        array(elts);
        invokeRt("listOf", "([" + OBJ + ")" + OBJ);
    }

    private void set(List<Expr> elts) {
        if (!hasStar(elts)) {
            array(elts);
            // CPython compiles a display of three or more constants to a frozenset merged into an empty set,
            // which places colliding elements (-1 and -2 hash alike) differently than adding them one by one
            boolean folded = elts.size() > 2;
            for (Expr e : elts) folded &= isFoldedConstant(e);
            invokeRt(folded ? "buildConstantSet" : "buildSet", "([" + OBJ + ")" + OBJ);
            return;
        }
        mv.visitTypeInsn(NEW, RT + "PySet");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, RT + "PySet", "<init>", "()V", false);
        for (Expr e : elts) {
            mv.visitInsn(DUP);
            if (e instanceof Expr.Starred s) {
                expr(s.value());
                invokeRt("setUpdate", "(" + OBJ + OBJ + ")V");
            } else {
                expr(e);
                invokeRt("setAdd", "(" + OBJ + OBJ + ")V");
            }
        }
    }

    private void dict(Expr.Dict x) {
        mv.visitTypeInsn(NEW, RT + "PyDict");
        mv.visitInsn(DUP);
        push(x.values().size());
        mv.visitMethodInsn(INVOKESPECIAL, RT + "PyDict", "<init>", "(I)V", false);
        if (x.values().size() > BIG_DISPLAY && !x.keys().contains(null) && allConstants(x.keys()) && allConstants(x.values())) {
            for (int start = 0; start < x.values().size(); start += BATCH) {
                String name = cls.helperName("fill");
                MethodNode h = cls.method(ACC_PRIVATE | ACC_STATIC, name, "(L" + RT + "PyDict;)V");
                for (int i = start; i < Math.min(x.values().size(), start + BATCH); i++) {
                    h.visitVarInsn(ALOAD, 0);
                    constantTo(h, ((Expr.Constant) x.keys().get(i)).value());
                    constantTo(h, ((Expr.Constant) x.values().get(i)).value());
                    h.visitMethodInsn(INVOKEVIRTUAL, RT + "PyDict", "setItem", "(" + OBJ + OBJ + ")V", false);
                }
                h.visitInsn(RETURN);
                mv.visitInsn(DUP);
                mv.visitMethodInsn(INVOKESTATIC, cls.name, name, "(L" + RT + "PyDict;)V", false);
            }
            return;
        }
        for (int i = 0; i < x.values().size(); i++) {
            Expr k = x.keys().get(i);
            mv.visitInsn(DUP);
            if (k == null) {
                expr(x.values().get(i));
                mv.visitInsn(ICONST_0);
                mv.visitInsn(ACONST_NULL);
                invokeRt("dictMerge", "(L" + RT + "PyDict;" + OBJ + "Z" + OBJ + ")V");
            } else {
                expr(k);
                expr(x.values().get(i));
                mv.visitMethodInsn(INVOKEVIRTUAL, RT + "PyDict", "setItem", "(" + OBJ + OBJ + ")V", false);
            }
        }
    }

    private void slice(Expr.Slice x) {
        optional(x.lower());
        optional(x.upper());
        optional(x.step());
        invokeRt("slice", Gen.objDesc(3));
    }

    /** The expression, or None when absent. */
    void optional(Expr e) {
        if (e == null) none();
        else expr(e);
    }

    private void joinedStr(Expr.JoinedStr x) {
        List<Expr> parts = x.values();
        if (parts.size() == 1) {
            Expr p = parts.get(0);
            if (p instanceof Expr.Constant) {
                expr(p);
                return;
            }
            expr(p);
            return;
        }
        array(parts);
        invokeRt("joinStrings", "([" + OBJ + ")" + OBJ);
    }

    private void formattedValue(Expr.FormattedValue x) {
        expr(x.value());
        push(x.conversion());
        if (x.formatSpec() == null) mv.visitInsn(ACONST_NULL);
        else expr(x.formatSpec());
        invokeRt("formatValue", "(" + OBJ + "I" + OBJ + ")" + OBJ);
    }

    /** Awaits the awaitable on the stack (in a coroutine body), leaving its result. */
    abstract void awaitValue();

    private void comprehension(Expr e) {
        List<dev.krait.frontend.ast.Comprehension> gens;
        if (e instanceof Expr.ListComp c) gens = c.generators();
        else if (e instanceof Expr.SetComp c) gens = c.generators();
        else if (e instanceof Expr.DictComp c) gens = c.generators();
        else gens = ((Expr.GeneratorExp) e).generators();
        makeFunction(e, mod.table.scopeOf(e), List.of(), List.of(), null);
        expr(gens.get(0).iter());
        if (gens.get(0).isAsync()) {
            invokeRt("aiter", Gen.objDesc(1));
        } else {
            invokeObj("iter", "()" + OBJ);
        }
        invokeObj("call1", Gen.objDesc(1));
        // A list, set or dict comprehension with async for or await is a coroutine the enclosing one awaits.
        if (!(e instanceof Expr.GeneratorExp) && mod.table.scopeOf(e).isCoroutine()) awaitValue();
    }

    // ------------------------------------------------------------------ calls

    private void call(Expr.Call x) {
        Expr f = x.func();
        List<Expr> args = x.args();
        List<Keyword> kws = x.keywords();
        boolean star = hasStar(args);
        boolean dstar = false;
        for (Keyword k : kws) if (k.arg() == null) dstar = true;
        if (f instanceof Expr.Name n && !star && !dstar && frameNames(n.id())) {
            frameCall(x, n);
            return;
        }
        if (f instanceof Expr.Attribute a && !star && !dstar && a.ctx() == dev.krait.frontend.ast.Ctx.LOAD) {
            methodCall(a, args, kws);
            return;
        }
        expr(f);
        if (!star && !dstar) {
            if (kws.isEmpty() && args.size() <= 3) {
                for (Expr a : args) expr(a);
                invokeObj("call" + args.size(), Gen.objDesc(args.size()));
                return;
            }
            argsArray(args, kws);
            invokeObj("call", "([" + OBJ + "[Ljava/lang/String;)" + OBJ);
            return;
        }
        int fslot = newSlot();
        mv.visitInsn(DUP);
        mv.visitVarInsn(ASTORE, fslot);
        starFunc = fslot;
        listWithStars(args);
        starFunc = -1;
        if (kws.isEmpty()) {
            mv.visitInsn(ACONST_NULL);
        } else {
            mv.visitTypeInsn(NEW, RT + "PyDict");
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, RT + "PyDict", "<init>", "()V", false);
            for (Keyword k : kws) {
                mv.visitInsn(DUP);
                if (k.arg() == null) {
                    expr(k.value());
                    mv.visitInsn(ICONST_1);
                    mv.visitVarInsn(ALOAD, fslot);
                    invokeRt("dictMerge", "(L" + RT + "PyDict;" + OBJ + "Z" + OBJ + ")V");
                } else {
                    constant(k.arg());
                    expr(k.value());
                    mv.visitVarInsn(ALOAD, fslot);
                    invokeRt("kwSet", "(L" + RT + "PyDict;" + OBJ + OBJ + OBJ + ")V");
                }
            }
        }
        invokeRt("callEx", "(" + OBJ + "L" + RT + "PyList;L" + RT + "PyDict;)" + OBJ);
    }

    /** Pushes args array (positional then keyword values) and the kwnames array (or null). */
    private void argsArray(List<Expr> args, List<Keyword> kws) {
        push(args.size() + kws.size());
        mv.visitTypeInsn(ANEWARRAY, PYOBJECT);
        int i = 0;
        for (Expr a : args) {
            mv.visitInsn(DUP);
            push(i++);
            expr(a);
            mv.visitInsn(AASTORE);
        }
        for (Keyword k : kws) {
            mv.visitInsn(DUP);
            push(i++);
            expr(k.value());
            mv.visitInsn(AASTORE);
        }
        if (kws.isEmpty()) {
            mv.visitInsn(ACONST_NULL);
        } else {
            String[] names = new String[kws.size()];
            for (int j = 0; j < names.length; j++) names[j] = kws.get(j).arg();
            kwnames(names);
        }
    }

    private void methodCall(Expr.Attribute a, List<Expr> args, List<Keyword> kws) {
        String name = mangle(a.attr());
        if (kws.isEmpty() && args.size() <= 2) {
            monomorphicMethodCall(name, a.value(), args);
            return;
        }
        site("MethodSite", name);
        expr(a.value());
        if (kws.isEmpty() && args.size() <= 2) {
            for (Expr x : args) expr(x);
            mv.visitMethodInsn(INVOKEVIRTUAL, RT + "MethodSite", "call" + args.size(), Gen.objDesc(args.size() + 1), false);
            return;
        }
        argsArray(args, kws);
        mv.visitMethodInsn(INVOKEVIRTUAL, RT + "MethodSite", "call", "(" + OBJ + "[" + OBJ + "[Ljava/lang/String;)" + OBJ,
                false);
    }

    /**
     * {@code obj.name(a, b)} when the method is a Python function on the class: the virtual call into the
     * function object is made here, in the caller's bytecode, so the JIT profiles each call site on its own,
     * sees one receiver class and inlines the method body. Other cases go through the site's generic call.
     */
    private void monomorphicMethodCall(String name, Expr receiver, List<Expr> args) {
        String site = cls.site("MethodSite", name);
        String siteDesc = "L" + RT + "MethodSite;";
        int obj = newSlot();
        expr(receiver);
        mv.visitVarInsn(ASTORE, obj);
        int[] slots = new int[args.size()];
        for (int i = 0; i < slots.length; i++) {
            expr(args.get(i));
            slots[i] = newSlot();
            mv.visitVarInsn(ASTORE, slots[i]);
        }
        Label generic = new Label();
        Label done = new Label();
        mv.visitFieldInsn(GETSTATIC, cls.name, site, siteDesc);
        mv.visitVarInsn(ALOAD, obj);
        mv.visitMethodInsn(INVOKEVIRTUAL, RT + "MethodSite", "function", "(" + OBJ + ")L" + RT + "PyFunction;", false);
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNULL, generic);
        mv.visitVarInsn(ALOAD, obj);
        for (int slot : slots) mv.visitVarInsn(ALOAD, slot);
        mv.visitMethodInsn(INVOKEVIRTUAL, RT + "PyFunction", "call" + (slots.length + 1), Gen.objDesc(slots.length + 1), false);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(generic);
        mv.visitInsn(POP);
        mv.visitFieldInsn(GETSTATIC, cls.name, site, siteDesc);
        mv.visitVarInsn(ALOAD, obj);
        for (int slot : slots) mv.visitVarInsn(ALOAD, slot);
        mv.visitMethodInsn(INVOKEVIRTUAL, RT + "MethodSite", "call" + slots.length, Gen.objDesc(slots.length + 1), false);
        mv.visitLabel(done);
        // The temporaries must not keep the receiver and arguments alive after the call (weakref, __del__ timing).
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, obj);
        for (int slot : slots) {
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, slot);
        }
    }

    /** Names whose builtin versions need the caller's frame: super, locals, globals, vars, dir, eval, exec. */
    private boolean frameNames(String name) {
        switch (name) {
            case "super": case "locals": case "globals": case "vars": case "dir": case "eval": case "exec":
                Symbol.Binding b = binding(name);
                return b == Symbol.Binding.GLOBAL_IMPLICIT || (scope.kind() != Scope.Kind.MODULE && b == null);
            default:
                return false;
        }
    }

    private void frameCall(Expr.Call x, Expr.Name n) {
        expr(n);
        if (n.id().equals("super") && x.args().isEmpty() && x.keywords().isEmpty() && scope.isFunctionLike()) {
            superArgs();
            invokeRt("callSuper", "(" + OBJ + "L" + RT + "PyCell;" + OBJ + ")" + OBJ);
            return;
        }
        argsArray(x.args(), x.keywords());
        mod.loadGlobalsDict(mv);
        localsForFrame();
        Gen.invokeRt(mv, "FrameCalls", "call", "(" + OBJ + "[" + OBJ + "[Ljava/lang/String;L" + RT + "PyDict;" + OBJ
                + ")" + OBJ);
    }

    /** Pushes the current locals mapping: a fresh dict in functions, the namespace, or null for globals. */
    abstract void localsForFrame();

    /** Pushes the __class__ cell and the first argument for zero-argument super(). */
    abstract void superArgs();
}
