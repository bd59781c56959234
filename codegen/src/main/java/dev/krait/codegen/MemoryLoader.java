package dev.krait.codegen;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Defines compiled classes straight from their bytes, for running without writing files. */
public final class MemoryLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();
    private static volatile java.nio.file.Path dumpDir;

    /** Also writes every class compiled in memory under {@code dir} (krait -X dump-classes=DIR), for javap. */
    public static void dumpTo(java.nio.file.Path dir) {
        dumpDir = dir;
    }

    public MemoryLoader(ClassLoader parent) {
        super(parent);
    }

    /** Makes the unit's classes loadable (by binary name). */
    public void add(CompiledUnit unit) {
        for (Map.Entry<String, byte[]> e : unit.classes().entrySet()) {
            pending.put(e.getKey().replace('/', '.'), e.getValue());
            java.nio.file.Path dir = dumpDir;
            if (dir != null) {
                try {
                    java.nio.file.Path f = dir.resolve(e.getKey() + ".class");
                    java.nio.file.Files.createDirectories(f.getParent());
                    java.nio.file.Files.write(f, e.getValue());
                } catch (java.io.IOException x) {
                    // Dumping is a debugging aid; the program runs without it.
                }
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = pending.get(name);
        if (b == null) throw new ClassNotFoundException(name);
        return defineClass(name, b, 0, b.length);
    }

    /** Instantiates the module class of a unit added earlier. */
    public Object instantiate(CompiledUnit unit) {
        try {
            return Class.forName(unit.mainClass().replace('/', '.'), true, this).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load compiled module " + unit.moduleName(), e);
        }
    }
}
