package dev.krait.codegen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The classes of modules compiled by an earlier {@code krait compile DIR}, kept in a directory and keyed by a
 * hash of the source, the optimisation flag and the compiler itself, so a second build recompiles only the
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
            if (!in.readUTF().equals(key(source, optimize))) {
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
            out.writeUTF(key(source, optimize));
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

    private String key(String source, boolean optimize) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(compilerStamp.getBytes(StandardCharsets.UTF_8));
            md.update((byte) (optimize ? 1 : 0));
            md.update(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
