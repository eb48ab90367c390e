package dev.caplan.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether to colour what is written, by the usual rules: {@code --color=always} and
 * {@code --color=never} say so outright (an option given for one run beats the environment);
 * {@code --color=auto}, the default, colours only a terminal, and not when {@code NO_COLOR} is set
 * to anything but the empty string (no-color.org) or {@code TERM=dumb} (a terminal that shows
 * escape codes as text). One pure function, so every rule has a test.
 */
final class Colour {

    /** The values of {@code --color}. */
    enum When {
        NEVER, ALWAYS, AUTO;

        static Optional<When> parse(String text) {
            for (When when : values()) {
                if (when.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return Optional.of(when);
                }
            }
            return Optional.empty();
        }
    }

    private Colour() {
    }

    static boolean decide(When when, Map<String, String> environment, boolean terminal) {
        return switch (when) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> terminal && environment.getOrDefault("NO_COLOR", "").isEmpty()
                    && !"dumb".equals(environment.get("TERM"));
        };
    }
}
