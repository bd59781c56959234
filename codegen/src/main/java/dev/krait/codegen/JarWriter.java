package dev.krait.codegen;

import dev.krait.runtime.PyObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Writes compiled modules as a runnable jar (with the runtime and a Main-Class) or as loose class files. The
 * sources go in too, under {@code krait-src/}, so tracebacks can show source lines.
 */
public final class JarWriter implements Opcodes {
    private JarWriter() {}

    static final String MAIN_CLASS = "krait/Main";
    private static final String RUNTIME_PREFIX = "dev/krait/runtime/";
    /** The embedding API ships with the runtime: typed facades and Java callers use it. */
    private static final String EMBED_PREFIX = "dev/krait/embed/";

    /** Writes a jar; {@code withRuntime} adds the runtime classes and {@code mainModule} a Main-Class. */
    public static void writeJar(Path out, List<CompiledUnit> units, Map<String, String> sources, String mainModule,
                                boolean withRuntime) throws IOException {
        writeJar(out, units, sources, Map.of(), mainModule, withRuntime);
    }

    /** Writes a jar with data files too: each under its resource name (a path relative to the project). */
    public static void writeJar(Path out, List<CompiledUnit> units, Map<String, String> sources, Map<String, Path> data,
                                String mainModule, boolean withRuntime) throws IOException {
        writeJar(out, units, sources, data, Map.of(), mainModule, withRuntime);
    }

    /** Writes a jar with data files and extra classes (the typed Java facades, by class name). */
    public static void writeJar(Path out, List<CompiledUnit> units, Map<String, String> sources, Map<String, Path> data,
                                Map<String, byte[]> extraClasses, String mainModule, boolean withRuntime) throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainModule != null) mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, MAIN_CLASS.replace('/', '.'));
        mf.getMainAttributes().putValue("Created-By", "Krait");
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Set<String> seen = new HashSet<>();
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(out), mf)) {
            seen.add("META-INF/MANIFEST.MF");
            for (CompiledUnit u : units) {
                for (Map.Entry<String, byte[]> e : u.classes().entrySet()) {
                    put(jar, seen, e.getKey() + ".class", e.getValue());
                }
            }
            for (String ns : namespacePackages(units)) put(jar, seen, ns, new byte[0]);
            if (mainModule != null) put(jar, seen, MAIN_CLASS + ".class", mainClass(mainModule));
            for (Map.Entry<String, String> s : sources.entrySet()) {
                put(jar, seen, "krait-src/" + s.getKey().replaceFirst("^/+", ""),
                        s.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, Path> d : data.entrySet()) put(jar, seen, d.getKey(), Files.readAllBytes(d.getValue()));
            for (Map.Entry<String, byte[]> c : extraClasses.entrySet()) put(jar, seen, c.getKey() + ".class", c.getValue());
            if (withRuntime) copyRuntime(jar, seen);
        }
    }

    /**
     * Marker resources for namespace packages: every dotted prefix of a compiled module that is not itself
     * compiled (a directory without __init__.py), so the importer finds it on the class path.
     */
    static Set<String> namespacePackages(List<CompiledUnit> units) {
        Set<String> compiled = new HashSet<>();
        for (CompiledUnit u : units) compiled.add(u.moduleName());
        Set<String> markers = new java.util.TreeSet<>();
        for (String name : compiled) {
            for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
                String prefix = name.substring(0, dot);
                if (!compiled.contains(prefix)) markers.add(dev.krait.runtime.CompiledModule.namespaceMarker(prefix));
            }
        }
        return markers;
    }

    /** Writes the compiled classes under a directory. */
    public static void writeDir(Path dir, List<CompiledUnit> units, String mainModule) throws IOException {
        writeDir(dir, units, Map.of(), mainModule);
    }

    /** Writes the compiled classes, and extra classes (facades), under a directory. */
    public static void writeDir(Path dir, List<CompiledUnit> units, Map<String, byte[]> extraClasses, String mainModule)
            throws IOException {
        for (Map.Entry<String, byte[]> c : extraClasses.entrySet()) {
            Path p = dir.resolve(c.getKey() + ".class");
            Files.createDirectories(p.getParent());
            Files.write(p, c.getValue());
        }
        for (CompiledUnit u : units) {
            for (Map.Entry<String, byte[]> e : u.classes().entrySet()) {
                Path p = dir.resolve(e.getKey() + ".class");
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
        }
        for (String ns : namespacePackages(units)) {
            Path p = dir.resolve(ns);
            Files.createDirectories(p.getParent());
            Files.write(p, new byte[0]);
        }
        if (mainModule != null) {
            Path p = dir.resolve(MAIN_CLASS + ".class");
            Files.createDirectories(p.getParent());
            Files.write(p, mainClass(mainModule));
        }
    }

    private static void put(JarOutputStream jar, Set<String> seen, String name, byte[] data) throws IOException {
        if (!seen.add(name)) return;
        JarEntry e = new JarEntry(name);
        jar.putNextEntry(e);
        jar.write(data);
        jar.closeEntry();
    }

    /** {@code krait.Main}: {@code public static void main(String[] a) { Launcher.runJar(module, a); }}. */
    static byte[] mainClass(String mainModule) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, MAIN_CLASS, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        mv.visitLdcInsn(mainModule);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESTATIC, RUNTIME_PREFIX + "Launcher", "runJar", "(Ljava/lang/String;[Ljava/lang/String;)V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** Copies the runtime's classes from wherever the compiler loaded them (a jar or a classes directory). */
    private static void copyRuntime(JarOutputStream jar, Set<String> seen) throws IOException {
        Path src;
        try {
            src = Path.of(PyObject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (Files.isDirectory(src)) {
            try (Stream<Path> files = Files.walk(src)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (!Files.isRegularFile(p)) continue;
                    String name = src.relativize(p).toString().replace('\\', '/');
                    if (name.startsWith(RUNTIME_PREFIX) || name.startsWith(EMBED_PREFIX)) put(jar, seen, name, Files.readAllBytes(p));
                }
            }
            return;
        }
        try (JarFile jf = new JarFile(src.toFile())) {
            Enumeration<JarEntry> en = jf.entries();
            while (en.hasMoreElements()) {
                JarEntry e = en.nextElement();
                if (e.isDirectory() || !(e.getName().startsWith(RUNTIME_PREFIX) || e.getName().startsWith(EMBED_PREFIX))) continue;
                try (InputStream in = jf.getInputStream(e)) {
                    put(jar, seen, e.getName(), in.readAllBytes());
                }
            }
        }
    }

}
