package dev.caplan.engine;

import dev.caplan.diag.Diagnostic;
import java.nio.file.Path;

/** What a REPL tweak comes to: one edit of one file, or the reason it has no target. */
sealed interface Tweak {

    /** Replace [start, end) of {@code file} by {@code text}; {@code what} says what changes, for the user. */
    record Edit(Path file, int start, int end, String text, String what) implements Tweak {
    }

    /** The tweak names something the model does not have. */
    record Refused(Diagnostic problem) implements Tweak {
    }
}
