package dev.caplan.repl;

import dev.caplan.diag.Diagnostic;
import dev.caplan.diag.DiagnosticRenderer;
import dev.caplan.engine.Reply;
import java.util.List;

/**
 * What the REPL says to one input: the answer (standard output), problems and notices (standard
 * error, when they are separate streams), and whether the input failed. A failed input says
 * everything on the error side, so that piped output holds answers only, and
 * {@code --on-error stop} stops on it.
 */
record Answer(String out, String err, boolean failed) {

    static final Answer NOTHING = new Answer("", "", false);

    static Answer text(String text) {
        return new Answer(text, "", false);
    }

    /** A notice that is no failure: a warning before dropping unsaved changes. */
    static Answer notice(String text) {
        return new Answer("", text, false);
    }

    static Answer failure(String text) {
        return new Answer("", text, true);
    }

    /** The session's reply: its text as the answer and its diagnostics as problems, all of it on failure. */
    static Answer of(Reply reply) {
        String problems = problems(reply.diagnostics());
        return reply.hasErrors() ? failure(reply.text() + problems) : new Answer(reply.text(), problems, false);
    }

    /** Diagnostics in the one format. */
    static String problems(List<Diagnostic> diagnostics) {
        return diagnostics.isEmpty() ? "" : DiagnosticRenderer.render(diagnostics);
    }

    /** This answer followed by another. */
    Answer then(Answer next) {
        return new Answer(out + next.out, err + next.err, failed || next.failed);
    }
}
