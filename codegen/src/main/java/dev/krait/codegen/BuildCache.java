package dev.krait.codegen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The classes of modules compiled by an earlier {@code krait compile DIR}, kept in a directory and keyed by a
 * copy of the source, the optimisation flag and the compiler itself, so a second build recompiles only the
 * modules that changed. A damaged or stale entry is a cache miss, never an error.
 */
public final class BuildCache {
    private final Path dir;
    private final String compilerStamp;
    private int hits;
    private int misses;

    public BuildCache(Path dir) {
        this.dir = dir;
        this.compilerStamp = stamp();
    }

    public int hits() {
        return hits;
    }

    public int misses() {
        return misses;
    }

    /** The unit compiled earlier from exactly this source, or null. */
    CompiledUnit lookup(String module, String source, boolean optimize) {
        Path file = dir.resolve(module + ".classes");
        try {
            if (!Files.isRegularFile(file)) {
                misses++;
                return null;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)));
            byte[] stored = new byte[in.readInt()];
            in.readFully(stored);
            if (!java.util.Arrays.equals(stored, key(source, optimize))) {
                misses++;
                return null;
            }
            String mainClass = in.readUTF();
            int n = in.readInt();
            Map<String, byte[]> classes = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                classes.put(name, bytes);
            }
            hits++;
            return new CompiledUnit(module, mainClass, classes);
        } catch (IOException | RuntimeException e) {
            misses++;
            return null;
        }
    }

    /** Keeps a freshly compiled unit for the next build (silently skipped when the directory is not writable). */
    void store(String module, String source, boolean optimize, CompiledUnit unit) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            byte[] key = key(source, optimize);
            out.writeInt(key.length);
            out.write(key);
            out.writeUTF(unit.mainClass());
            out.writeInt(unit.classes().size());
            for (Map.Entry<String, byte[]> e : unit.classes().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, module, ".tmp");
            Files.write(tmp, bytes.toByteArray());
            Files.move(tmp, dir.resolve(module + ".classes"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The cache only saves time; a build without it is still correct.
        }
    }

    /**
     * What an entry must have been compiled from: the compiler's stamp, the flag and the whole source, compared
     * byte for byte (exact, and cheaper at start-up than initialising a message digest).
     */
    private byte[] key(String source, boolean optimize) {
        return (compilerStamp + '\0' + (optimize ? 'O' : '-') + source).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Identifies the compiler and runtime build, so classes from another version of Krait are never reused: the
     * jar's size and time, or for class directories (a development build) the newest class file in them.
     */
    private static String compilerStamp() {
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : new Class<?>[] {BuildCache.class, dev.krait.runtime.PyObject.class}) {
            try {
                Path self = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(self)) {
                    long newest = 0;
                    long count = 0;
                    try (var walk = Files.walk(self)) {
                        for (Path f : (Iterable<Path>) walk::iterator) {
                            if (Files.isRegularFile(f)) {
                                newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
                                count++;
                            }
                        }
                    }
                    sb.append(self).append('@').append(newest).append('#').append(count).append(';');
                } else {
                    sb.append(self).append('@').append(Files.getLastModifiedTime(self).toMillis()).append('#')
                            .append(Files.size(self)).append(';');
                }
            } catch (Exception e) {
                return "unknown-" + System.nanoTime();
            }
        }
        return sb.toString();
    }

    private static volatile String sharedStamp;

    /** The stamp of this process's compiler, computed once. */
    static String stamp() {
        String s = sharedStamp;
        if (s == null) sharedStamp = s = compilerStamp();
        return s;
    }
}
