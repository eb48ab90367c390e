package dev.caplan.repl;

import java.util.function.Function;

/**
 * One meta-command: its name (typed after ':'), what its argument looks like, one line of help,
 * what completes its argument, and what it does. The table of these drives dispatch, :help and
 * completion, so they cannot disagree.
 */
record MetaCommand(String name, String argument, String summary, ArgumentKind completes,
                   Function<String, Answer> run) {

    /** What the argument of a meta-command is, for completion. */
    enum ArgumentKind { NONE, EXPRESSION, REPORT, SCENARIO, COMMAND, PATH }
}
