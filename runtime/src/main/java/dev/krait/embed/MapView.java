package dev.krait.embed;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;

/** A Python dict seen as a live {@link java.util.Map}: reads and writes go to the dict. */
final class MapView extends AbstractMap<Object, Object> implements PythonRuntime.View {
    private final PythonRuntime rt;
    private final Object handle;

    MapView(PythonRuntime rt, Object handle) {
        this.rt = rt;
        this.handle = handle;
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
    public boolean containsKey(Object key) {
        return rt.guard(() -> rt.bridge.contains(handle, rt.toPython(key)));
    }

    @Override
    public Object get(Object key) {
        return rt.guard(() -> {
            Object k = rt.toPython(key);
            return rt.bridge.contains(handle, k) ? rt.toJava(rt.bridge.getItem(handle, k)) : null;
        });
    }

    @Override
    public Object put(Object key, Object value) {
        Object old = get(key);
        rt.guard(() -> {
            rt.bridge.setItem(handle, rt.toPython(key), rt.toPython(value));
            return null;
        });
        return old;
    }

    @Override
    public Object remove(Object key) {
        return rt.guard(() -> {
            Object k = rt.toPython(key);
            if (!rt.bridge.contains(handle, k)) return null;
            Object old = rt.toJava(rt.bridge.getItem(handle, k));
            rt.bridge.delItem(handle, k);
            return old;
        });
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Object, Object>> iterator() {
                Iterator<Object> keys = rt.guard(() -> rt.bridge.iterate(handle));
                return new Iterator<>() {
                    private Object last;

                    @Override
                    public boolean hasNext() {
                        return rt.guard(keys::hasNext);
                    }

                    @Override
                    public Entry<Object, Object> next() {
                        Object k = rt.guard(keys::next);
                        last = k;
                        Object key = rt.toJava(k);
                        return new SimpleEntry<>(key, rt.guard(() -> rt.toJava(rt.bridge.getItem(handle, k)))) {
                            @Override
                            public Object setValue(Object value) {
                                rt.guard(() -> {
                                    rt.bridge.setItem(handle, k, rt.toPython(value));
                                    return null;
                                });
                                return super.setValue(value);
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        throw new UnsupportedOperationException("remove keys through the map, not while iterating");
                    }
                };
            }

            @Override
            public int size() {
                return MapView.this.size();
            }
        };
    }
}
