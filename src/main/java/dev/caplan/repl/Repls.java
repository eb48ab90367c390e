package dev.caplan.repl;

import dev.caplan.engine.Session;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Starts a REPL on a terminal or on plain streams; the command line's way in. */
public final class Repls {

    private Repls() {
    }

    /** Runs on plain streams: piped input, a script file, a test. No prompts, no escape codes. */
    public static void runHeadless(Session session, BufferedReader in, PrintWriter out) {
        try (StreamIO io = new StreamIO(in, out)) {
            new Repl(session, io).run();
        }
    }

    /** Runs on the terminal, with history kept in {@code history}. */
    public static void runOnTerminal(Session session, Path history) {
        Repl[] repl = new Repl[1];
        try (TerminalIO io = new TerminalIO(() -> repl[0], history)) {
            repl[0] = new Repl(session, io);
            repl[0].run();
        }
    }
}
