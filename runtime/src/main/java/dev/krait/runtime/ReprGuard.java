package dev.krait.runtime;

import java.util.IdentityHashMap;

/** Detects recursive containers while building a repr, so {@code l.append(l)} prints {@code [[...]]}. */
final class ReprGuard {
    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> ACTIVE =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private ReprGuard() {}

    static boolean enter(Object o) {
        return ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    static void exit(Object o) {
        ACTIVE.get().remove(o);
    }
}
