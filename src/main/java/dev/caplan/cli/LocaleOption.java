package dev.caplan.cli;

import dev.caplan.output.Wording;
import picocli.CommandLine.Option;

/** {@code --locale LANG}: the language numbers, days and periods are written in, for people. */
final class LocaleOption {

    @Option(names = "--locale", paramLabel = "LANG",
            description = "Numbers, days and periods for people in this language: en (default) or nl "
                    + "(1.836, 214,3, 1 juli 2023, 2e helft 2023). CSV, JSON and xlsx stay as they are.")
    String locale;

    /** The wording asked for, English when none was; a language caplan does not know is a usage error (64). */
    Wording wording(Invocation run) {
        return locale == null ? Wording.ENGLISH : given(run);
    }

    /** Whether {@code --locale} was given (a memo's own {@code lang:} counts otherwise). */
    boolean given() {
        return locale != null;
    }

    private Wording given(Invocation run) {
        return Wording.parse(locale).orElseThrow(() -> run.usageError("unknown locale '" + locale + "': use en or nl"));
    }
}
