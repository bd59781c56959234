package dev.krait.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard modules written in Python that ship with the compiler (resources under {@code krait/lib/}): compiled
 * with a program that imports them, into its jar or in memory, when no module of that name is beside it.
 */
public final class Library {
    private Library() {}

    static final String PREFIX = "krait/lib/";

    /** A library module's source: its text, the file name tracebacks show, and whether it is a package. */
    public record Source(String text, String file, boolean isPackage) {}

    /** The source of library module {@code name}, or null when the library has no such module. */
    public static Source find(String name) {
        String base = name.replace('.', '/');
        Source s = read(base + "/__init__.py", true);
        return s != null ? s : read(base + ".py", false);
    }

    private static Source read(String path, boolean isPackage) {
        try (InputStream in = Library.class.getClassLoader().getResourceAsStream(PREFIX + path)) {
            if (in == null) return null;
            return new Source(new String(in.readAllBytes(), StandardCharsets.UTF_8), "<krait>/" + path, isPackage);
        } catch (IOException e) {
            return null;
        }
    }
}
