package dev.krait.embed;

import java.util.AbstractSet;
import java.util.Iterator;

/** A Python set (live, writable) or frozenset (read-only) seen as a {@link java.util.Set}. */
final class SetView extends AbstractSet<Object> implements PythonRuntime.View {
    private final PythonRuntime rt;
    private final Object handle;
    private final boolean mutable;

    SetView(PythonRuntime rt, Object handle, boolean mutable) {
        this.rt = rt;
        this.handle = handle;
        this.mutable = mutable;
    }

    @Override
    public PythonRuntime runtime() {
        return rt;
    }

    @Override
    public Object handle() {
        return handle;
    }

    @Override
    public int size() {
        return rt.guard(() -> rt.bridge.len(handle));
    }

    @Override
    public boolean contains(Object o) {
        return rt.guard(() -> rt.bridge.contains(handle, rt.toPython(o)));
    }

    @Override
    public boolean add(Object o) {
        if (!mutable) throw new UnsupportedOperationException("a frozenset is immutable");
        if (contains(o)) return false;
        rt.guard(() -> rt.bridge.call(rt.bridge.getAttr(handle, "add"), new Object[] {rt.toPython(o)}, null));
        return true;
    }

    @Override
    public boolean remove(Object o) {
        if (!mutable) throw new UnsupportedOperationException("a frozenset is immutable");
        if (!contains(o)) return false;
        rt.guard(() -> rt.bridge.call(rt.bridge.getAttr(handle, "discard"), new Object[] {rt.toPython(o)}, null));
        return true;
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<Object> it = rt.guard(() -> rt.bridge.iterate(handle));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rt.guard(it::hasNext);
            }

            @Override
            public Object next() {
                return rt.toJava(rt.guard(it::next));
            }
        };
    }
}
