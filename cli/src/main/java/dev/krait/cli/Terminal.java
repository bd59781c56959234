package dev.krait.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard input is an interactive terminal (python3 starts its prompt only then). */
final class Terminal {
    private Terminal() {}

    static boolean stdinIsTerminal() {
        // System.console() also requires stdout to be a terminal; python3 looks at stdin alone, which Linux shows
        // through the link behind file descriptor 0.
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
