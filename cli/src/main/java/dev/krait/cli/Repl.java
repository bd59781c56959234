package dev.krait.cli;

import dev.krait.codegen.CompiledUnit;
import dev.krait.codegen.Compiler;
import dev.krait.codegen.MemoryLoader;
import dev.krait.frontend.CompileError;
import dev.krait.frontend.Frontend;
import dev.krait.frontend.ast.Module;
import dev.krait.frontend.ast.Stmt;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Launcher;
import dev.krait.runtime.PyCode;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyModule;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.StdStream;
import dev.krait.runtime.Sys;
import dev.krait.runtime.TracebackPrinter;
import java.util.ArrayList;
import java.util.List;

/**
 * The interactive prompt: reads statements (several lines for a block, ended by a blank line), compiles each input
 * to JVM classes in memory in "single" mode (expression values echoed through sys.displayhook) and runs it in the
 * {@code __main__} namespace, printing tracebacks without leaving.
 */
final class Repl {
    /** Where input lines come from: a line editor on a terminal, or plain standard input. */
    interface LineSource extends AutoCloseable {
        /** The next line without its newline, or null at end of input. */
        String readLine(String prompt) throws Interrupted;

        @Override
        default void close() {}
    }

    /** Ctrl-C while a line is being edited: the input so far is dropped. */
    static final class Interrupted extends Exception {}

    private final MemoryLoader loader;
    private final PyModule main;
    private final boolean banner;

    Repl(MemoryLoader loader, PyModule main, boolean banner) {
        this.loader = loader;
        this.main = main;
        this.banner = banner;
    }

    /** Runs the prompt until end of input or SystemExit; returns the exit status. */
    int run() {
        if (Sys.DICT.getStr("ps1") == null) Sys.DICT.setStr("ps1", PyStr.of(">>> "));
        if (Sys.DICT.getStr("ps2") == null) Sys.DICT.setStr("ps2", PyStr.of("... "));
        boolean tty = Terminal.stdinIsTerminal();
        if (banner) {
            writeErr(new Main.Version().getVersion()[0] + "\n"
                    + "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        }
        LineEditor editor = tty ? LineEditor.open(main) : null;
        try (LineSource in = editor != null ? editor : this::readStdin) {
            List<String> lines = new ArrayList<>();
            while (true) {
                Sys.flushAll();
                String prompt = Sys.DICT.getStr(lines.isEmpty() ? "ps1" : "ps2").str();
                String line;
                try {
                    line = in.readLine(prompt);
                } catch (Interrupted e) {
                    writeErr("\nKeyboardInterrupt\n");
                    lines.clear();
                    continue;
                }
                if (line == null) {
                    writeErr("\n");
                    return 0;
                }
                lines.add(line);
                String source = String.join("\n", lines) + "\n";
                Verdict v = classify(lines, source);
                if (v == Verdict.INCOMPLETE) continue;
                lines.clear();
                if (v == Verdict.BLANK) continue;
                Integer exit = execute(source);
                if (exit != null) return exit;
            }
        }
    }

    enum Verdict { BLANK, INCOMPLETE, READY }

    /**
     * Whether the input so far is a whole statement. Open brackets, triple-quoted strings and backslash continuations
     * ask for more; a compound statement (or a decorator) asks for lines until a blank one, as python3's prompt does.
     */
    static Verdict classify(List<String> lines, String source) {
        if (source.isBlank()) return Verdict.BLANK;
        String first = stripComment(lines.get(0)).strip();
        boolean lastBlank = lines.get(lines.size() - 1).isBlank();
        boolean opensBlock = first.endsWith(":") || first.startsWith("@");
        String last = lines.get(lines.size() - 1);
        if (last.endsWith("\\")) return Verdict.INCOMPLETE;
        try {
            Module m = Frontend.parse(source, "<stdin>");
            boolean compound = opensBlock || (!m.body().isEmpty() && isCompound(m.body().get(0)));
            return compound && !lastBlank ? Verdict.INCOMPLETE : Verdict.READY;
        } catch (CompileError e) {
            String msg = e.msg();
            if (msg.contains("was never closed") || msg.contains("unterminated triple-quoted")) return Verdict.INCOMPLETE;
            if ((opensBlock || msg.contains("expected an indented block")) && !lastBlank) return Verdict.INCOMPLETE;
            return Verdict.READY;
        }
    }

    private static boolean isCompound(Stmt s) {
        return s instanceof Stmt.If || s instanceof Stmt.For || s instanceof Stmt.While || s instanceof Stmt.With
                || s instanceof Stmt.Try || s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef
                || s instanceof Stmt.Match;
    }

    /** The line without a trailing comment (a '#' outside string quotes). */
    private static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** Compiles and runs one input; returns an exit status when the input raised SystemExit, else null. */
    private Integer execute(String source) {
        PyCode code;
        try {
            CompiledUnit unit = Compiler.compileCode(source, "<stdin>", "single");
            loader.add(unit);
            code = (PyCode) loader.instantiate(unit);
        } catch (CompileError e) {
            Sys.flushAll();
            writeErr(e.format());
            return null;
        }
        try {
            code.run(main.dict, main.dict);
        } catch (PyException e) {
            return uncaught(e);
        } catch (StackOverflowError e) {
            return uncaught(Errors.recursionError());
        } finally {
            Sys.flushAll();
        }
        return null;
    }

    private static Integer uncaught(PyException e) {
        if (e.value.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) return Launcher.handleUncaught(e);
        Sys.DICT.setStr("last_type", e.value.type());
        Sys.DICT.setStr("last_value", e.value);
        Sys.DICT.setStr("last_traceback", e.value.traceback == null ? PyNone.NONE : e.value.traceback);
        Sys.flushAll();
        TracebackPrinter.printUncaught(e.value);
        return null;
    }

    /** Without a terminal, lines are read through sys.stdin (so input() in the program shares them) with prompts on stderr. */
    private String readStdin(String prompt) {
        writeErr(prompt);
        PyObject in = Sys.DICT.getStr("stdin");
        String line = in instanceof StdStream s ? s.readline() : in.getAttr("readline").call0().str();
        if (line.isEmpty()) return null;
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    private static void writeErr(String text) {
        PyObject err = Sys.stderr();
        if (err instanceof StdStream s) {
            s.write(text);
            s.flush();
        } else if (err != PyNone.NONE) {
            err.getAttr("write").call1(PyStr.of(text));
        }
    }
}
