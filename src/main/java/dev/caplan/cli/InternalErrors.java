package dev.caplan.cli;

import java.io.PrintWriter;

/**
 * The last line of defence: anything thrown that no command turned into a diagnostic is a bug in
 * caplan. It is told in one line (what was thrown, and how to report it), exit 70; the stack
 * trace, which helps whoever fixes the bug but not whoever plans, only with {@code --debug} or
 * {@code CAPLAN_DEBUG=1}.
 */
final class InternalErrors {

    private InternalErrors() {
    }

    static int report(Throwable thrown, PrintWriter err, boolean debug) {
        err.println("caplan: internal error (a bug in caplan, not in your model): " + describe(thrown)
                + "; please report it with the command line and the output of caplan --version"
                + (debug ? "" : " (run it again with --debug, or CAPLAN_DEBUG=1, for the stack trace)"));
        if (debug) {
            thrown.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /** The thrown class's simple name and its message, on one line. */
    static String describe(Throwable thrown) {
        String message = thrown.getMessage();
        String name = thrown.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + message.lines().findFirst().orElse("");
    }
}
