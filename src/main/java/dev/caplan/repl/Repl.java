package dev.caplan.repl;

import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.DiagnosticRenderer;
import dev.caplan.engine.Outcome;
import dev.caplan.engine.Reply;
import dev.caplan.engine.Session;
import java.nio.file.Path;
import java.util.List;

/**
 * The read-evaluate-print loop. Reads an input, answers it through the engine's session (an
 * expression, a tweak) or a meta-command, prints the answer and any diagnostics in the one format,
 * and goes on: only :quit or the end of input ends it.
 */
public final class Repl {
    private final ReplIO io;
    private final MetaCommands commands;
    private Session session;
    private boolean quit;

    public Repl(Session session, ReplIO io) {
        this.session = session;
        this.io = io;
        this.commands = new MetaCommands(this);
    }

    /** Runs until :quit or the end of input. */
    public void run() {
        if (io.interactive()) {
            io.print("caplan repl: type an expression, a change, or :help. :quit leaves.\n");
        }
        String input;
        while (!quit && (input = io.read()) != null) {
            try {
                io.print(answer(input));
            } catch (RuntimeException e) {
                io.print("internal error (a bug in caplan; the session goes on): " + e + "\n");
            }
        }
    }

    /** The answer to one input, as text. */
    String answer(String input) {
        String trimmed = input.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return "";
        }
        if (trimmed.startsWith(":")) {
            return commands.run(trimmed);
        }
        return render(session.submit(input));
    }

    static String render(Reply reply) {
        return reply.text() + problems(reply.diagnostics());
    }

    static String problems(List<Diagnostic> diagnostics) {
        return diagnostics.isEmpty() ? "" : DiagnosticRenderer.render(diagnostics);
    }

    Session session() {
        return session;
    }

    /** Replaces the session by one on other files; keeps the current one if they have errors. */
    String load(List<Path> paths) {
        Outcome<Session> loaded = Session.open(paths);
        if (loaded.value() == null) {
            return problems(loaded.diagnostics()) + "kept the model loaded before\n";
        }
        session = loaded.value();
        return "loaded " + String.join(" ", paths.stream().map(Path::toString).toList()) + "\n"
                + problems(loaded.diagnostics());
    }

    void quit() {
        quit = true;
    }

    MetaCommands commands() {
        return commands;
    }
}
