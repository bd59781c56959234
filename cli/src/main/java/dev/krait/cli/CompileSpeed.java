package dev.krait.cli;

import dev.krait.codegen.Compiler;
import dev.krait.frontend.SourceDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Compile-speed benchmark (benchmarks/compile_speed.sh): takes Python files, keeps the {@code count} biggest that
 * Krait compiles, compiles them all (parse, scopes, bytecode generation) for warm-up rounds and then for measured
 * rounds in this JVM, and reports the median lines per second of the measured rounds.
 *
 * <p>Usage: {@code java -cp krait.jar dev.krait.cli.CompileSpeed [-n COUNT] [-w WARMUP] [-r ROUNDS] FILE...}
 */
public final class CompileSpeed {
    private CompileSpeed() {}

    private record Source(Path file, String text, int lines) {}

    public static void main(String[] args) throws Exception {
        int count = 20;
        int warmup = 10;
        int rounds = 7;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-n" -> count = Integer.parseInt(args[++i]);
                case "-w" -> warmup = Integer.parseInt(args[++i]);
                case "-r" -> rounds = Integer.parseInt(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        files.sort(Comparator.comparingLong((Path p) -> p.toFile().length()).reversed());
        List<Source> chosen = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path f : files) {
            if (chosen.size() == count) break;
            String text = SourceDecoder.decode(Files.readAllBytes(f), f.toString());
            try {
                compile(text, f);
                chosen.add(new Source(f, text, (int) text.lines().count()));
            } catch (RuntimeException e) {
                refused.add(f.getFileName() + " (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
        }
        long lines = chosen.stream().mapToLong(Source::lines).sum();
        System.out.printf("%d modules, %d lines:%n", chosen.size(), lines);
        for (Source s : chosen) System.out.printf("  %-28s %6d lines%n", s.file().getFileName(), s.lines());
        if (!refused.isEmpty()) System.out.println("skipped (not compiled by Krait): " + String.join(", ", refused));
        for (int i = 0; i < warmup; i++) round(chosen);
        double[] rates = new double[rounds];
        for (int i = 0; i < rounds; i++) rates[i] = lines / round(chosen);
        Arrays.sort(rates);
        System.out.printf("warm-up rounds: %d, measured rounds: %d%n", warmup, rounds);
        System.out.printf("lines per second (median): %.0f  (min %.0f, max %.0f)%n",
                rates[rounds / 2], rates[0], rates[rounds - 1]);
    }

    /** Compiles every source once; returns the seconds taken. */
    private static double round(List<Source> sources) {
        long t0 = System.nanoTime();
        for (Source s : sources) compile(s.text(), s.file());
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void compile(String text, Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.py$", "");
        Compiler.compileModule(text, name, file.toString(), false, false);
    }
}
