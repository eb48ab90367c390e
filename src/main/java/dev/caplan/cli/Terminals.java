package dev.caplan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a stream goes to a terminal. Java 17 can only tell that standard input and output
 * both do ({@code System.console()}), which would colour diagnostics sent to a log with
 * {@code 2>log}; on Linux the file behind a descriptor names the terminal, so each stream is
 * asked on its own there. A stream other than the process's own (a test's buffer) never is one.
 */
final class Terminals {

    private Terminals() {
    }

    static boolean isTerminal(PrintStream stream) {
        int descriptor = stream == System.out ? 1 : stream == System.err ? 2 : -1;
        if (descriptor < 0) {
            return false;
        }
        Path link = Path.of("/proc/self/fd/" + descriptor);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null; // no /proc (macOS, Windows): the best Java 17 can tell
        }
    }
}
