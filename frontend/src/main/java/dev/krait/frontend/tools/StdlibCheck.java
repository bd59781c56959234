package dev.krait.frontend.tools;

import dev.krait.frontend.CompileError;
import dev.krait.frontend.Frontend;
import dev.krait.frontend.SourceDecoder;
import dev.krait.frontend.ast.Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the front end (parse and scope analysis) over every file in a list and compares the verdict with
 * CPython's {@code compile()} verdict recorded beside it; prints {@code agree N, disagree M}, the
 * disagreements, and the speed in lines per second (second pass, after JVM warm-up).
 *
 * <p>Input: a file of lines {@code OK<TAB>path} or {@code ERR<TAB>path}, written by scripts/stdlib-check.sh.
 */
public final class StdlibCheck {
    private StdlibCheck() {}

    private record Entry(boolean ok, Path path) {}

    public static void main(String[] args) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(args[0]))) {
            int tab = l.indexOf('\t');
            if (tab < 0) continue;
            entries.add(new Entry(l.startsWith("OK"), Path.of(l.substring(tab + 1))));
        }
        List<byte[]> sources = new ArrayList<>();
        long lines = 0;
        for (Entry e : entries) {
            byte[] b = Files.readAllBytes(e.path());
            sources.add(b);
            for (byte x : b) if (x == '\n') lines++;
        }
        int agree = 0;
        List<String> disagreements = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String verdict = check(sources.get(i), e.path().toString());
            boolean ok = verdict == null;
            if (ok == e.ok()) {
                agree++;
            } else {
                disagreements.add((e.ok() ? "CPython accepts, Krait rejects: " : "CPython rejects, Krait accepts: ")
                        + e.path() + (verdict == null ? "" : "\n    " + verdict));
            }
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < entries.size(); i++) check(sources.get(i), entries.get(i).path().toString());
        long t2 = System.nanoTime();
        for (String d : disagreements) System.out.println(d);
        System.out.printf("agree %d, disagree %d%n", agree, disagreements.size());
        System.out.printf("%d files, %d lines: first pass %.1f s, second pass %.1f s (%.0f lines/s after warm-up)%n",
                entries.size(), lines, (t1 - t0) / 1e9, (t2 - t1) / 1e9, lines / ((t2 - t1) / 1e9));
    }

    /** Null when the front end accepts the file, else the error's first line. */
    private static String check(byte[] src, String name) {
        try {
            String text = SourceDecoder.decode(src, name);
            Module m = Frontend.parse(text, name);
            Frontend.analyze(m, text);
            return null;
        } catch (CompileError e) {
            return e.kind() + ": " + e.msg() + " (line " + e.line() + ")";
        } catch (RuntimeException | StackOverflowError e) {
            return "INTERNAL " + e;
        }
    }
}
