package dev.krait.codegen;

import dev.krait.runtime.CompiledModule;
import java.util.HashSet;
import java.util.Set;

/**
 * Deterministic JVM names: module {@code a.b} is class {@code pymod.a.b.__module__}; a function with qualified
 * name {@code C.m} in it is {@code pymod.a.b.C$m} (a counter suffix keeps repeated names apart).
 */
final class ClassNames {
    private final String pkg;
    private final Set<String> used = new HashSet<>();

    ClassNames(String module) {
        this.pkg = "pymod/" + module.replace('.', '/') + "/";
    }

    static String moduleClass(String module) {
        return CompiledModule.className(module).replace('.', '/');
    }

    /** A fresh internal name for a code block with this qualified name. */
    String forBlock(String qualname) {
        String base = sanitize(qualname);
        String name = base;
        int n = 1;
        while (!used.add(name)) name = base + "$" + (++n);
        return pkg + name;
    }

    private static String sanitize(String qualname) {
        StringBuilder sb = new StringBuilder();
        for (String part : qualname.split("\\.")) {
            if (part.equals("<locals>")) continue;
            if (sb.length() > 0) sb.append('$');
            sb.append(part.replace("<", "").replace(">", ""));
        }
        String s = sb.toString();
        if (s.equals("__module__")) s = "__module__$";
        return s.isEmpty() ? "block" : s;
    }
}
