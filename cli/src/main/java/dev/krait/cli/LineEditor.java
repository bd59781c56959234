package dev.krait.cli;

import dev.krait.runtime.PyModule;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Prompt input on a terminal through JLine: line editing, history in ~/.krait_history, tab completion. */
final class LineEditor implements Repl.LineSource {
    private final Terminal terminal;
    private final LineReader reader;

    private LineEditor(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    /** A line editor on the process's terminal, or null when none can be opened (the prompt then reads stdin). */
    static LineEditor open(PyModule main) {
        try {
            Terminal t = TerminalBuilder.builder().system(true).build();
            // A pseudo-terminal nobody has sized reports 0 columns, which would wrap every character.
            if (t.getWidth() <= 0) t.setSize(new org.jline.terminal.Size(80, 24));
            LineReader r = LineReaderBuilder.builder()
                    .terminal(t)
                    .appName("krait")
                    .completer(new ReplCompleter(main))
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".krait_history"))
                    // '!' and '\' are Python, not history events or escapes.
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            return new LineEditor(t, r);
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    @Override
    public String readLine(String prompt) throws Repl.Interrupted {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Repl.Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (Exception e) {
            // Losing the history file must not spoil the exit.
        }
    }
}
