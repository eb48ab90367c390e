package dev.caplan.repl;

import dev.caplan.engine.Session;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Starts a REPL on a terminal or on plain streams; the command line's way in. */
public final class Repls {

    private Repls() {
    }

    /**
     * Runs on plain streams: piped input, a script file, a test. No prompts, no escape codes; answers
     * go to {@code out}, problems to {@code err}. With {@code stopOnError} it stops at the first
     * input that fails.
     */
    public static Repl.End runHeadless(Session session, BufferedReader in, PrintWriter out, PrintWriter err,
                                       boolean stopOnError) {
        try (StreamIO io = new StreamIO(in, out, err)) {
            return new Repl(session, io).stopOnError(stopOnError).run();
        }
    }

    /** Runs on the terminal, with history kept in {@code history}; {@code colour}: whether to colour input. */
    public static void runOnTerminal(Session session, Path history, boolean colour) {
        Repl[] repl = new Repl[1];
        try (TerminalIO io = new TerminalIO(() -> repl[0], history, colour)) {
            repl[0] = new Repl(session, io);
            repl[0].run();
        }
    }
}
