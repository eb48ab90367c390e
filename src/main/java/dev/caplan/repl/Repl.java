package dev.caplan.repl;

import dev.caplan.diag.Visible;
import dev.caplan.engine.Outcome;
import dev.caplan.engine.Session;
import java.nio.file.Path;
import java.util.List;

/**
 * The read-evaluate-print loop. Reads an input, answers it through the engine's session (an
 * expression, a tweak) or a meta-command, prints the answer and any diagnostics in the one format,
 * and goes on: only :quit or the end of input ends it, or, when asked to stop on errors, the
 * first input that fails. Whatever one input throws (a bug, a stack overflow, running out of
 * memory) is told in one line, and the session goes on with its unsaved changes.
 */
public final class Repl {
    /** How a run ended: at :quit or the end of input, or stopped at an input that failed. */
    public enum End { DONE, STOPPED_ON_ERROR, STOPPED_ON_BUG }

    private final ReplIO io;
    private final MetaCommands commands;
    private final UnsavedChanges unsaved = new UnsavedChanges(this);
    private Session session;
    private boolean quit;
    private boolean stopOnError;
    /** Whether the last input failed by a bug in caplan rather than by a mistake in it. */
    private boolean bug;

    public Repl(Session session, ReplIO io) {
        this.session = session;
        this.io = io;
        this.commands = new MetaCommands(this);
    }

    /** Stop at the first input that fails (for scripts: psql's ON_ERROR_STOP). */
    public Repl stopOnError(boolean stop) {
        this.stopOnError = stop;
        return this;
    }

    /** Runs until :quit, the end of input, or (when asked) the first input that fails. */
    public End run() {
        if (io.interactive()) {
            io.print("caplan repl: type an expression, a change, or :help. :quit leaves.\n");
        }
        while (!quit) {
            String input = io.read(session.hasUnsavedChanges());
            Answer answer;
            if (input == null) {
                answer = io.interactive() ? unsaved.guard("end", "press Ctrl-D again to leave without saving") : null;
                if (answer == null) {
                    break;
                }
            } else {
                answer = answerSafely(input);
            }
            unsaved.next();
            // whatever a model or an input holds reaches the screen visibly: no escape codes, no bidi tricks
            io.print(Visible.lines(answer.out()));
            io.error(Visible.lines(answer.err()));
            if (answer.failed() && stopOnError) {
                return bug ? End.STOPPED_ON_BUG : End.STOPPED_ON_ERROR;
            }
        }
        return End.DONE;
    }

    /** The answer to one input; whatever it throws becomes a one-line failure, and the session is kept. */
    private Answer answerSafely(String input) {
        bug = false;
        try {
            return answer(input);
        } catch (StackOverflowError tooDeep) {
            return Answer.failure("this input is nested too deeply to be answered (the stack overflowed); "
                    + "nothing was changed and the session goes on\n");
        } catch (OutOfMemoryError full) {
            return Answer.failure("out of memory answering this input; nothing was changed and the session goes on, "
                    + "but :save your changes soon (more memory: CAPLAN_JAVA_OPTS=-Xmx4g)\n");
        } catch (RuntimeException | Error thrown) {
            bug = true;
            return Answer.failure("internal error (a bug in caplan; the session goes on): " + thrown + "\n");
        }
    }

    /** The answer to one input. */
    Answer answer(String input) {
        String trimmed = input.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return Answer.NOTHING;
        }
        if (trimmed.startsWith(":")) {
            return commands.run(trimmed);
        }
        return Answer.of(session.submit(input));
    }

    Session session() {
        return session;
    }

    UnsavedChanges unsaved() {
        return unsaved;
    }

    /** Replaces the session by one on other files; keeps the current one if they have errors. */
    Answer load(List<Path> paths) {
        Outcome<Session> loaded = Session.open(paths);
        if (loaded.value() == null) {
            return Answer.failure(Answer.problems(loaded.diagnostics()) + "kept the model loaded before\n");
        }
        session = loaded.value();
        return new Answer("loaded " + String.join(" ", paths.stream().map(Path::toString).toList()) + "\n",
                Answer.problems(loaded.diagnostics()), false);
    }

    void quit() {
        quit = true;
    }

    MetaCommands commands() {
        return commands;
    }
}
