package dev.krait.embed;

import java.util.AbstractList;
import java.util.RandomAccess;

/** A Python list (live, writable) or tuple (read-only) seen as a {@link java.util.List}. */
final class ListView extends AbstractList<Object> implements RandomAccess, PythonRuntime.View {
    private final PythonRuntime rt;
    private final Object handle;
    private final boolean mutable;

    ListView(PythonRuntime rt, Object handle, boolean mutable) {
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
    public Object get(int index) {
        checkIndex(index, size());
        return rt.guard(() -> rt.toJava(rt.bridge.getItem(handle, rt.bridge.fromLong(index))));
    }

    @Override
    public int size() {
        return rt.guard(() -> rt.bridge.len(handle));
    }

    @Override
    public Object set(int index, Object element) {
        if (!mutable) throw new UnsupportedOperationException("a tuple is immutable");
        Object old = get(index);
        rt.guard(() -> {
            rt.bridge.setItem(handle, rt.bridge.fromLong(index), rt.toPython(element));
            return null;
        });
        return old;
    }

    @Override
    public void add(int index, Object element) {
        if (!mutable) throw new UnsupportedOperationException("a tuple is immutable");
        if (index < 0 || index > size()) throw new IndexOutOfBoundsException(index);
        rt.guard(() -> rt.bridge.call(rt.bridge.getAttr(handle, "insert"),
                new Object[] {rt.bridge.fromLong(index), rt.toPython(element)}, null));
    }

    @Override
    public Object remove(int index) {
        if (!mutable) throw new UnsupportedOperationException("a tuple is immutable");
        checkIndex(index, size());
        return rt.guard(() -> rt.toJava(rt.bridge.call(rt.bridge.getAttr(handle, "pop"),
                new Object[] {rt.bridge.fromLong(index)}, null)));
    }

    private static void checkIndex(int index, int size) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
    }
}
