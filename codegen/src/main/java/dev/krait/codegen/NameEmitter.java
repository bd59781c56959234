package dev.krait.codegen;

import dev.krait.frontend.scope.Mangler;
import dev.krait.frontend.scope.Scope;
import dev.krait.frontend.scope.Symbol;
import org.objectweb.asm.Label;
import org.objectweb.asm.tree.MethodNode;

/**
 * Reading, binding and deleting names: JVM locals and cells in functions, the namespace mapping in class
 * bodies and exec'd code, module globals through {@code GlobalSite}s, free variables through the function's
 * cell fields.
 */
abstract class NameEmitter extends EmitterBase {

    NameEmitter(ModuleGen mod, ClassBuilder cls, MethodNode mv, Scope scope, String codeName, int firstFreeSlot) {
        super(mod, cls, mv, scope, codeName, firstFreeSlot);
    }

    String mangle(String name) {
        return Mangler.mangle(scope.mangleClass(), name);
    }

    Symbol.Binding binding(String mangled) {
        return scope.bindingOf(mangled);
    }

    /** True when names of this block live in a namespace mapping (class body, exec'd module code). */
    boolean dictMode() {
        return nsSlot >= 0;
    }

    /** Pushes the cell object for a free variable or cell of this block. */
    abstract void loadCell(String mangled);

    void loadName(String raw) {
        String name = mangle(raw);
        Symbol.Binding b = binding(name);
        if (scope.kind() == Scope.Kind.CLASS || (dictMode() && scope.kind() == Scope.Kind.MODULE)) {
            switch (b) {
                case GLOBAL_EXPLICIT:
                    loadGlobal(name);
                    return;
                case FREE:
                    mv.visitVarInsn(ALOAD, nsSlot);
                    loadCell(name);
                    mv.visitLdcInsn(name);
                    invokeRt("loadClassDeref", "(" + OBJ + "L" + RT + "PyCell;Ljava/lang/String;)" + OBJ);
                    return;
                default:
                    mv.visitVarInsn(ALOAD, nsSlot);
                    mod.loadGlobalsDict(mv);
                    mv.visitLdcInsn(name);
                    invokeRt("loadName", "(" + OBJ + "L" + RT + "PyDict;Ljava/lang/String;)" + OBJ);
                    return;
            }
        }
        switch (b) {
            case LOCAL: {
                Integer slot = slots.get(name);
                if (slot == null) {
                    loadGlobal(name);
                    return;
                }
                loadLocal(name);
                if (!isDefinitelyBound(name)) nullCheck("unboundLocal", name);
                return;
            }
            case CELL:
            case FREE:
                loadCell(name);
                mv.visitFieldInsn(GETFIELD, RT + "PyCell", "value", OBJ);
                nullCheck(b == Symbol.Binding.CELL ? "unboundLocal" : "unboundFree", name);
                return;
            default:
                loadGlobal(name);
        }
    }

    /** Parameters never deleted are always bound, so their reads need no check. */
    abstract boolean isDefinitelyBound(String mangled);

    private void nullCheck(String helper, String name) {
        Label ok = new Label();
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, ok);
        mv.visitInsn(POP);
        mv.visitLdcInsn(name);
        invokeRt(helper, "(Ljava/lang/String;)L" + RT + "PyException;");
        athrow();
        mv.visitLabel(ok);
    }

    void loadGlobal(String name) {
        mod.loadSite(mv, name);
        mv.visitMethodInsn(INVOKEVIRTUAL, RT + "GlobalSite", "get", "()" + OBJ, false);
    }

    /** Binds the value on top of the stack to a name. */
    void storeName(String raw) {
        String name = mangle(raw);
        Symbol.Binding b = binding(name);
        if (scope.kind() == Scope.Kind.CLASS || (dictMode() && scope.kind() == Scope.Kind.MODULE)) {
            if (b == Symbol.Binding.GLOBAL_EXPLICIT) {
                storeGlobal(name);
            } else if (b == Symbol.Binding.FREE) {
                loadCell(name);
                mv.visitInsn(SWAP);
                mv.visitFieldInsn(PUTFIELD, RT + "PyCell", "value", OBJ);
            } else {
                mv.visitVarInsn(ALOAD, nsSlot);
                mv.visitInsn(SWAP);
                mv.visitLdcInsn(name);
                mv.visitInsn(SWAP);
                invokeRt("storeName", "(" + OBJ + "Ljava/lang/String;" + OBJ + ")V");
            }
            return;
        }
        switch (b) {
            case LOCAL: {
                Integer slot = slots.get(name);
                if (slot == null) {
                    storeGlobal(name);
                    return;
                }
                storeLocal(name);
                return;
            }
            case CELL:
            case FREE:
                loadCell(name);
                mv.visitInsn(SWAP);
                mv.visitFieldInsn(PUTFIELD, RT + "PyCell", "value", OBJ);
                return;
            default:
                storeGlobal(name);
        }
    }

    void storeGlobal(String name) {
        mod.loadSite(mv, name);
        mv.visitInsn(SWAP);
        mv.visitMethodInsn(INVOKEVIRTUAL, RT + "GlobalSite", "set", "(" + OBJ + ")V", false);
    }

    void deleteName(String raw) {
        String name = mangle(raw);
        Symbol.Binding b = binding(name);
        if (scope.kind() == Scope.Kind.CLASS || (dictMode() && scope.kind() == Scope.Kind.MODULE)) {
            if (b == Symbol.Binding.GLOBAL_EXPLICIT) {
                mod.loadSite(mv, name);
                mv.visitMethodInsn(INVOKEVIRTUAL, RT + "GlobalSite", "delete", "()V", false);
            } else {
                mv.visitVarInsn(ALOAD, nsSlot);
                mv.visitLdcInsn(name);
                invokeRt("deleteName", "(" + OBJ + "Ljava/lang/String;)V");
            }
            return;
        }
        switch (b) {
            case LOCAL: {
                Integer slot = slots.get(name);
                if (slot == null) {
                    mod.loadSite(mv, name);
                    mv.visitMethodInsn(INVOKEVIRTUAL, RT + "GlobalSite", "delete", "()V", false);
                    return;
                }
                mv.visitVarInsn(ALOAD, slot);
                nullCheck("unboundLocal", name);
                mv.visitInsn(POP);
                mv.visitInsn(ACONST_NULL);
                storeLocal(name);
                return;
            }
            case CELL:
            case FREE:
                loadCell(name);
                mv.visitInsn(DUP);
                mv.visitFieldInsn(GETFIELD, RT + "PyCell", "value", OBJ);
                nullCheck(b == Symbol.Binding.CELL ? "unboundLocal" : "unboundFree", name);
                mv.visitInsn(POP);
                mv.visitInsn(ACONST_NULL);
                mv.visitFieldInsn(PUTFIELD, RT + "PyCell", "value", OBJ);
                return;
            default:
                mod.loadSite(mv, name);
                mv.visitMethodInsn(INVOKEVIRTUAL, RT + "GlobalSite", "delete", "()V", false);
        }
    }

    /** Unbinds a name without checking it was bound (end of an {@code except ... as name} block). */
    void clearName(String raw) {
        String name = mangle(raw);
        Symbol.Binding b = binding(name);
        if (scope.kind() == Scope.Kind.CLASS || (dictMode() && scope.kind() == Scope.Kind.MODULE)
                || b == Symbol.Binding.GLOBAL_EXPLICIT || b == Symbol.Binding.GLOBAL_IMPLICIT
                || (b == Symbol.Binding.LOCAL && slots.get(name) == null)) {
            none();
            storeName(raw);
            deleteName(raw);
            return;
        }
        if (b == Symbol.Binding.LOCAL) {
            mv.visitInsn(ACONST_NULL);
            storeLocal(name);
        } else {
            loadCell(name);
            mv.visitInsn(ACONST_NULL);
            mv.visitFieldInsn(PUTFIELD, RT + "PyCell", "value", OBJ);
        }
    }
}
