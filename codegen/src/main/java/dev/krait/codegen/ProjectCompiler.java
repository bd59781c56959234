package dev.krait.codegen;

import dev.krait.frontend.CompileError;
import dev.krait.frontend.Frontend;
import dev.krait.frontend.SourceDecoder;
import dev.krait.frontend.ast.Alias;
import dev.krait.frontend.ast.AstWalker;
import dev.krait.frontend.ast.Module;
import dev.krait.frontend.ast.Stmt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a program for a jar: the main script as {@code __main__}, every other given file, and every module
 * they import that is found beside the main script (plain modules and packages), following imports
 * transitively. Compile errors in several files are all collected.
 */
public final class ProjectCompiler {
    /**
     * The result: compiled units, the sources by path (for tracebacks), the errors found, and the data files to
     * pack as resources (resource name to file).
     */
    public record Result(List<CompiledUnit> units, Map<String, String> sources, List<CompileError> errors,
                         Map<String, Path> data, Map<String, byte[]> facades) {
        public Result(List<CompiledUnit> units, Map<String, String> sources, List<CompileError> errors) {
            this(units, sources, errors, Map.of(), Map.of());
        }

        public Result(List<CompiledUnit> units, Map<String, String> sources, List<CompileError> errors,
                      Map<String, Path> data) {
            this(units, sources, errors, data, Map.of());
        }
    }

    private final Path root;
    private final boolean optimize;
    private final List<CompiledUnit> units = new ArrayList<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<CompileError> errors = new ArrayList<>();
    private final Set<String> done = new LinkedHashSet<>();
    private final Deque<String[]> queue = new ArrayDeque<>();
    /** Typed Java facades of the program's own modules (class name to bytes). */
    private final Map<String, byte[]> facades = new LinkedHashMap<>();
    private BuildCache cache;

    private ProjectCompiler(Path root, boolean optimize) {
        this.root = root;
        this.optimize = optimize;
    }

    public static Result compile(Path mainFile, List<Path> others, boolean optimize) {
        Path main = mainFile.toAbsolutePath().normalize();
        ProjectCompiler pc = new ProjectCompiler(main.getParent(), optimize);
        pc.compileFile(main, "__main__", false, null);
        for (Path p : others) {
            Path abs = p.toAbsolutePath().normalize();
            String name = pc.moduleNameOf(abs);
            if (name != null && pc.done.add(name)) {
                pc.compileFile(abs, name, abs.getFileName().toString().equals("__init__.py"), null);
            }
        }
        pc.drain();
        return new Result(pc.units, pc.sources, pc.errors, Map.of(), pc.facades);
    }

    /**
     * Compiles a project tree: every {@code .py} file under {@code dir} (outside hidden and {@code __pycache__}
     * directories) under its dotted name, the library modules they import, and every other file as a data
     * resource under its path relative to {@code dir}. Modules are named in tracebacks by that relative path.
     * {@code cache}, when not null, holds the classes of an earlier build: a module whose source is unchanged
     * is not compiled again.
     */
    public static Result compileTree(Path dir, boolean optimize, BuildCache cache) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        ProjectCompiler pc = new ProjectCompiler(root, optimize);
        pc.cache = cache;
        Map<String, Path> data = new java.util.TreeMap<>();
        List<Path> files;
        try (var walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !skipped(root.relativize(f))).sorted().toList();
        }
        for (Path f : files) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            if (!rel.endsWith(".py")) {
                if (!rel.endsWith(".pyc") && !rel.endsWith(".jar")) data.put(rel, f);
                continue;
            }
            String name = pc.moduleNameOf(f);
            if (!pc.done.add(name)) continue;
            boolean isPackage = f.getFileName().toString().equals("__init__.py");
            String text;
            try {
                text = SourceDecoder.decode(Files.readAllBytes(f), rel);
            } catch (CompileError e) {
                pc.errors.add(e);
                continue;
            }
            pc.compileText(text, rel, name, isPackage);
        }
        pc.drain();
        return new Result(pc.units, pc.sources, pc.errors, data, pc.facades);
    }

    /** Hidden directories, caches and build output are not part of a project. */
    private static boolean skipped(Path rel) {
        for (Path part : rel) {
            String p = part.toString();
            if (p.startsWith(".") || p.equals("__pycache__")) return true;
        }
        return false;
    }

    /** The names of the modules a result holds. */
    public static Set<String> moduleNames(Result r) {
        Set<String> names = new LinkedHashSet<>();
        for (CompiledUnit u : r.units()) names.add(u.moduleName());
        return names;
    }

    /**
     * Compiles files as modules of a library (krait compile --lib): each under its own name (none is __main__),
     * with the modules they import from beside them.
     */
    public static Result compileLibrary(List<Path> files, boolean optimize) {
        Path first = files.get(0).toAbsolutePath().normalize();
        ProjectCompiler pc = new ProjectCompiler(first.getParent(), optimize);
        for (Path p : files) {
            Path abs = p.toAbsolutePath().normalize();
            String name = pc.moduleNameOf(abs);
            if (name != null && pc.done.add(name)) {
                pc.compileFile(abs, name, abs.getFileName().toString().equals("__init__.py"), null);
            }
        }
        pc.drain();
        return new Result(pc.units, pc.sources, pc.errors, Map.of(), pc.facades);
    }

    /** The dotted module name of a file under the root, or null. */
    private String moduleNameOf(Path file) {
        if (!file.startsWith(root)) return file.getFileName().toString().replaceFirst("\\.py$", "");
        Path rel = root.relativize(file);
        String s = rel.toString().replace('\\', '/').replaceFirst("\\.py$", "").replace('/', '.');
        if (s.endsWith(".__init__")) s = s.substring(0, s.length() - ".__init__".length());
        return s;
    }

    private void drain() {
        while (!queue.isEmpty()) {
            String[] req = queue.poll();
            String name = req[0];
            if (done.contains(name)) continue;
            Path dir = root;
            String[] parts = name.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) dir = dir.resolve(parts[i]);
            String last = parts[parts.length - 1];
            Path pkg = dir.resolve(last).resolve("__init__.py");
            Path mod = dir.resolve(last + ".py");
            if (Files.isRegularFile(pkg)) {
                done.add(name);
                compileFile(pkg, name, true, null);
            } else if (Files.isRegularFile(mod)) {
                done.add(name);
                compileFile(mod, name, false, null);
            } else {
                Library.Source lib = Library.find(name);
                if (lib != null) {
                    done.add(name);
                    compileText(lib.text(), lib.file(), name, lib.isPackage());
                }
            }
        }
    }

    private void compileFile(Path file, String name, boolean isPackage, String unused) {
        String text;
        try {
            text = SourceDecoder.decode(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            errors.add(CompileError.syntax("can't read file: " + e.getMessage(), file.toString(), 0, 0, null));
            return;
        } catch (CompileError e) {
            errors.add(e);
            return;
        }
        compileText(text, file.toString(), name, isPackage);
    }

    private void compileText(String text, String file, String name, boolean isPackage) {
        sources.put(file, text);
        try {
            CompiledUnit unit = cache == null ? null : cache.lookup(name, file + "\0" + text, optimize);
            if (unit == null) {
                unit = Compiler.compileModule(text, name, file, isPackage, optimize);
                if (cache != null) cache.store(name, file + "\0" + text, optimize, unit);
            }
            units.add(unit);
            Module m = Frontend.parse(text, file);
            String pkg = isPackage ? name : (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
            enqueueImports(m, pkg);
            if (!name.equals("__main__") && !file.startsWith("<krait>")) {
                byte[] facade = FacadeGen.generate(name, m);
                if (facade != null) facades.put(FacadeGen.className(name), facade);
            }
            // Built-ins that import a library helper at run time need it in the jar too.
            if (text.contains("anext(")) queue.add(new String[] {"_kbuiltins"});
        } catch (CompileError e) {
            errors.add(e);
        }
    }

    private void enqueueImports(Module m, String pkg) {
        new AstWalker() {
            @Override
            protected void visitImport(Stmt.Import s) {
                for (Alias a : s.names()) enqueueWithParents(a.name());
            }

            @Override
            protected void visitImportFrom(Stmt.ImportFrom s) {
                String base;
                if (s.level() == 0) {
                    base = s.module();
                } else {
                    String p = pkg;
                    for (int i = 1; i < s.level() && !p.isEmpty(); i++) {
                        p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "";
                    }
                    if (p.isEmpty() && pkg.isEmpty()) return;
                    base = s.module() == null ? p : (p.isEmpty() ? s.module() : p + "." + s.module());
                }
                if (base == null || base.isEmpty()) return;
                enqueueWithParents(base);
                for (Alias a : s.names()) {
                    if (!a.name().equals("*")) queue.add(new String[] {base + "." + a.name()});
                }
            }
        }.stmts(m.body());
    }

    private void enqueueWithParents(String name) {
        String[] parts = name.split("\\.");
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (sb.length() > 0) sb.append('.');
            sb.append(p);
            queue.add(new String[] {sb.toString()});
        }
    }
}
