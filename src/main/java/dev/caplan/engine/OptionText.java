package dev.caplan.engine;

import dev.caplan.diag.Diagnostic;
import dev.caplan.source.SourceFile;

/**
 * Text given as a command-line option's value ({@code --at 2023-07-01}, {@code --over '2023-01 ..
 * 2023-06'}) is read as caplan text in a pseudo-file named after the option, so a diagnostic
 * points into what was typed ({@code <--at>:1:6}). The command line tells a bad option (a usage
 * error) from an error in the model by that place, never by the wording of a message.
 */
public final class OptionText {
    private static final String PREFIX = "<--";
    private static final String SUFFIX = ">";

    private OptionText() {
    }

    /** The pseudo-file of an option's value: {@code <--at>} for {@code at}. */
    static SourceFile of(String option, String text) {
        return SourceFile.ofText(PREFIX + option + SUFFIX, text);
    }

    /** Whether a diagnostic points into an option's value rather than into a file or an expression. */
    public static boolean isIn(Diagnostic diagnostic) {
        if (diagnostic.span() == null || diagnostic.span().file().path() != null) {
            return false;
        }
        String name = diagnostic.span().file().displayName();
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
    }
}
