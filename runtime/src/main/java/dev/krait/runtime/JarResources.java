package dev.krait.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Data files that {@code krait compile DIR} packed into the jar beside the modules: read by resource name for
 * {@code importlib.resources}, and through paths under the jar's own path for {@code open()} (a module's
 * {@code __file__} in a jar is such a path, so {@code os.path.dirname(__file__)} leads to its data files).
 */
public final class JarResources {
    private JarResources() {}

    private static final Map<String, Path> EXTRACTED = new HashMap<>();

    /** The bytes of a resource ("pkg/data.txt"), or null when there is none. */
    public static byte[] read(String name) {
        if (name.startsWith("/") || name.endsWith(".class")) return null;
        try (InputStream in = Importer.classLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** The resource a path under the running jar's path stands for ("/x/app.jar/pkg/data.txt"), or null. */
    static String resourceName(String file) {
        String jar = Launcher.jarPath();
        if (jar.isEmpty() || !jar.endsWith(".jar")) return null;
        String prefix = jar + java.io.File.separator;
        return file.startsWith(prefix) ? file.substring(prefix.length()).replace('\\', '/') : null;
    }

    /** A readable file holding the jar entry a path under the jar's path stands for, or null. */
    static synchronized Path extract(String file) {
        String name = resourceName(file);
        if (name == null) return null;
        Path done = EXTRACTED.get(name);
        if (done != null) return done;
        byte[] data = read(name);
        if (data == null) return null;
        try {
            Path tmp = Files.createTempFile("krait-resource", "");
            tmp.toFile().deleteOnExit();
            Files.write(tmp, data);
            EXTRACTED.put(name, tmp);
            return tmp;
        } catch (IOException e) {
            return null;
        }
    }

    /** The {@code _kresources} module: {@code read(name)} gives a resource's bytes or None. */
    static PyModule create() {
        return new ModuleDef("_kresources")
                .fn("read", (Fn.F1) n -> {
                    byte[] b = read(n.str());
                    return b == null ? PyNone.NONE : new PyBytes(b);
                })
                .module;
    }
}
