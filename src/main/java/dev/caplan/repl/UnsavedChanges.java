package dev.caplan.repl;

/**
 * The guard before a command drops unsaved changes ({@code :quit}, {@code :load}, {@code :reload},
 * Ctrl-D on a terminal): the first time, it names the files with changes and how to keep them,
 * and the command is not done; the same command again, as the very next input, goes ahead.
 * Typing it twice works the same in a terminal, a script and for Ctrl-D, which has no other
 * way to be forced.
 */
final class UnsavedChanges {
    private final Repl repl;
    /** The command the previous input was warned about; null if none. */
    private String warned;
    /** The command this input was warned about. */
    private String warnedNow;

    UnsavedChanges(Repl repl) {
        this.repl = repl;
    }

    /** Null when {@code command} may go ahead; else the warning, ending with how to go ahead anyway ({@code again}). */
    Answer guard(String command, String again) {
        if (!repl.session().hasUnsavedChanges() || command.equals(warned)) {
            return null;
        }
        warnedNow = command;
        return Answer.notice("unsaved changes in " + String.join(", ", repl.session().unsavedFiles())
                + " would be lost (:diff shows them, :save keeps them); " + again + "\n");
    }

    /** After each input: a warning holds for the next input only. */
    void next() {
        warned = warnedNow;
        warnedNow = null;
    }
}
